/**
 * The headline advice: the path to victory (DESIGN.md §4.1) in one sentence, then each member to
 * move with who can reach them, a button that tries the path as a what-if scenario, and the
 * target the path aims at.
 */
import { memo, useMemo, useState } from 'react';
import type { PowerMap, Scenario } from '../../shared/model';
import { formatPercentPrecise, moveText, pathSentence, reachIndex, type Path } from '../../shared/path';
import { joinNames } from '../../shared/listFormat';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { MemberButton } from './MemberButton';
import { changeFor, type ChangeKind } from './scenarioChanges';
import { useProgressive } from './useProgressive';

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

interface StepWords {
  id: string;
  from: number;
  to: number;
  name: string;
  columns: string;
  move: string;
  reach: string;
}

/**
 * One step of the path. Its words arrive as strings, so when the panel re-renders after an edit
 * (a new map, the same path) or a new path keeps most steps, only the rows whose words changed
 * re-render.
 */
const PathStepRow = memo(function PathStepRow({ step }: { step: StepWords }) {
  return (
    <li data-member-id={step.id} data-from={step.from} data-to={step.to}>
      <div className="path-step">
        <MemberButton id={step.id} name={step.name} />
        <span className="path-columns">{step.columns}</span>
        <span className="hint path-move">{step.move}</span>
      </div>
      <div className="reach">{step.reach}</div>
    </li>
  );
}, (a, b) => a.step.id === b.step.id && a.step.from === b.step.from && a.step.to === b.step.to && a.step.name === b.step.name && a.step.columns === b.step.columns && a.step.move === b.step.move && a.step.reach === b.step.reach);

export function PathView({ path, map, target, onTarget, onTried }: Props) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const perform = useApp((s) => s.perform);
  const readOnly = useApp((s) => s.readOnly);
  const headline = useMemo(() => pathSentence(path, map, target, t, lang), [path, map, target, t, lang]);
  const steps = useMemo<StepWords[]>(() => {
    const names = new Map(map.actors.map((a) => [a.id, a.name]));
    const reachOf = reachIndex(map);
    return path.steps.map((s) => {
      const reach = reachOf(s.id);
      return {
        id: s.id,
        from: s.from,
        to: s.to,
        name: names.get(s.id) ?? s.id,
        columns: t('path.columns', { count: s.to - s.from }),
        move: moveText(s, map, t, lang),
        reach: reach.length ? t('path.reach', { names: joinNames(reach, lang) }) : t('path.reachNone'),
      };
    });
  }, [path, map, t, lang]);
  // A long path (a large body) mounts in chunks, so no single task holds the page.
  const shown = useProgressive(steps.length);

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
        {headline} {!path.exact && <span className="hint">{t('path.heuristic')}</span>}
      </p>
      {path.steps.length > 0 && (
        <>
          <p className="hint" data-testid="path-summary">
            {t('path.summary', { count: path.cost, percent: formatPercentPrecise(path.pAdopt, lang) })}
          </p>
          <ol className="path-steps">
            {steps.slice(0, shown).map((s) => (
              <PathStepRow key={s.id} step={s} />
            ))}
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
