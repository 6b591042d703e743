/**
 * The headline advice: the path to victory (DESIGN.md §4.1) in one sentence, then each member to
 * move with who can reach them, a button that tries the path as a what-if scenario, and the
 * target the path aims at.
 */
import { useState } from 'react';
import type { PowerMap, Scenario } from '../../shared/model';
import { formatPercentPrecise, moveText, pathSentence, whoCanReach, type Path } from '../../shared/path';
import { joinNames } from '../../shared/listFormat';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { MemberButton } from './MemberButton';
import { changeFor, type ChangeKind } from './scenarioChanges';

const PRESETS = [0.75, 0.9, 0.95];

function TargetPicker({ target, onTarget }: { target: number; onTarget: (t: number) => void }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(Math.round(target * 1000) / 10);
  const commit = (raw: string) => {
    const v = Number(raw.replace(',', '.'));
    if (raw.trim() !== '' && v > 0 && v <= 100) onTarget(v / 100);
    setText(null);
  };
  return (
    <div className="path-target" role="group" aria-label={t('path.target')}>
      <span className="path-target-label">{t('path.target')}</span>
      {PRESETS.map((p) => (
        <button key={p} type="button" className="ghost" aria-pressed={Math.abs(p - target) < 1e-9} onClick={() => onTarget(p)}>
          {formatPercent(p, lang)}
        </button>
      ))}
      <label className="path-target-other">
        <span className="sr-only">{t('path.targetPercent')}</span>
        <input
          type="number"
          min={1}
          max={100}
          step={1}
          value={shown}
          aria-label={t('path.targetPercent')}
          data-testid="path-target-input"
          onChange={(e) => setText(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
        />
        %
      </label>
    </div>
  );
}

interface Props {
  path: Path;
  map: PowerMap;
  target: number;
  onTarget: (target: number) => void;
  /** Called with the scenario made from the path, once it is saved. */
  onTried: (scenarioId: string) => void;
}

export function PathView({ path, map, target, onTarget, onTried }: Props) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const perform = useApp((s) => s.perform);
  const readOnly = useApp((s) => s.readOnly);
  const names = new Map(map.actors.map((a) => [a.id, a.name]));

  async function tryIt() {
    const scenario: Scenario = {
      id: `s-${crypto.randomUUID().slice(0, 8)}`,
      name: t('path.scenarioName', { target: formatPercent(target, lang) }),
      changes: path.steps.map((s) => changeFor(s.id, `column-${s.to}` as ChangeKind)),
    };
    if (await perform({ type: 'scenario.add', scenario })) onTried(scenario.id);
  }

  return (
    <section className="path" aria-labelledby="path-heading" data-testid="path">
      <div className="path-head">
        <h3 id="path-heading">{t('path.heading')}</h3>
        <TargetPicker target={target} onTarget={onTarget} />
      </div>
      <p className="path-headline" data-testid="path-headline">
        {pathSentence(path, map, target, t, lang)} {!path.exact && <span className="hint">{t('path.heuristic')}</span>}
      </p>
      {path.steps.length > 0 && (
        <>
          <p className="hint" data-testid="path-summary">
            {t('path.summary', { count: path.cost, percent: formatPercentPrecise(path.pAdopt, lang) })}
          </p>
          <ol className="path-steps">
            {path.steps.map((s) => {
              const reach = whoCanReach(map, s.id);
              return (
                <li key={s.id} data-member-id={s.id} data-from={s.from} data-to={s.to}>
                  <div className="path-step">
                    <MemberButton id={s.id} name={names.get(s.id) ?? s.id} />
                    <span className="path-columns">{t('path.columns', { count: s.to - s.from })}</span>
                    <span className="hint path-move">{moveText(s, map, t, lang)}</span>
                  </div>
                  <div className="reach">{reach.length ? t('path.reach', { names: joinNames(reach, lang) }) : t('path.reachNone')}</div>
                </li>
              );
            })}
          </ol>
          <div className="path-try">
            <button type="button" onClick={() => void tryIt()} disabled={readOnly} title={t('path.tryItHint')} data-testid="path-try">
              {t('path.tryIt')}
            </button>
            <span className="hint">{t('path.tryItHint')}</span>
          </div>
        </>
      )}
    </section>
  );
}
