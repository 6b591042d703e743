/**
 * What-if scenarios: pick one to see its chance beside the map's, edit its changes, save it in the
 * document (scenario.* operations, undoable), and apply it to the map when it comes true.
 */
import { useState } from 'react';
import type { PowerMap, Scenario } from '../../shared/model';
import { formatNumber, formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { LazyOptionsSelect } from '../components/LazyOptionsSelect';
import { applyScenarioOp, CHANGE_KINDS, changeFor, kindOf, type ChangeKind } from './scenarioChanges';

interface Props {
  map: PowerMap;
  scenario: Scenario | undefined;
  onPick: (id: string | null) => void;
  /** P(adopt) of the map without the scenario, and with it; null when it cannot be computed. */
  mapChance: number | null;
  scenarioChance: number | null;
}

export function ScenarioPanel({ map, scenario, onPick, mapChance, scenarioChance }: Props) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const perform = useApp((s) => s.perform);
  const readOnly = useApp((s) => s.readOnly);
  const [name, setName] = useState<{ id: string; text: string } | null>(null);
  const deciders = map.actors.filter((a) => a.kind === 'decision-maker');

  async function create() {
    const s: Scenario = { id: `s-${crypto.randomUUID().slice(0, 8)}`, name: t('scenarios.defaultName', { n: map.scenarios.length + 1 }), changes: [] };
    if (await perform({ type: 'scenario.add', scenario: s })) onPick(s.id);
  }
  const update = (patch: Partial<Omit<Scenario, 'id'>>) => scenario && void perform({ type: 'scenario.update', id: scenario.id, patch });
  const setChange = (i: number, actor: string, kind: ChangeKind) =>
    scenario && update({ changes: scenario.changes.map((c, j) => (j === i ? changeFor(actor, kind) : c)) });
  const firstFree = deciders.find((a) => a.seat && !scenario?.changes.some((c) => c.actor === a.id)) ?? deciders[0];

  async function remove() {
    if (!scenario) return;
    onPick(null);
    await perform({ type: 'scenario.delete', id: scenario.id });
  }
  async function apply() {
    if (!scenario || !window.confirm(t('scenarios.applyConfirm'))) return;
    if (await perform(applyScenarioOp(map, scenario))) onPick(null);
  }
  const commitName = () => {
    if (scenario && name && name.id === scenario.id && name.text.trim() && name.text.trim() !== scenario.name) update({ name: name.text.trim() });
    setName(null);
  };

  return (
    <section className="scenarios" aria-labelledby="scenarios-heading" data-testid="scenarios">
      <h3 id="scenarios-heading">{t('scenarios.heading')}</h3>
      <p className="hint">{t('scenarios.intro')}</p>
      <div className="scenario-pick">
        <label>
          <span className="sr-only">{t('scenarios.pick')}</span>
          <select value={scenario?.id ?? ''} onChange={(e) => onPick(e.target.value || null)} data-testid="scenario-select">
            <option value="">{t('scenarios.none')}</option>
            {map.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void create()} disabled={readOnly}>
          {t('scenarios.new')}
        </button>
      </div>
      {scenario && (
        <div className="scenario-edit">
          <label>
            {t('scenarios.rename')}
            <input
              value={name?.id === scenario.id ? name.text : scenario.name}
              placeholder={t('scenarios.namePlaceholder')}
              onChange={(e) => setName({ id: scenario.id, text: e.target.value })}
              onBlur={commitName}
              onKeyDown={(e) => e.key === 'Enter' && commitName()}
            />
          </label>
          {scenario.changes.length === 0 && <p className="hint">{t('scenarios.changesEmpty')}</p>}
          <ul className="scenario-changes">
            {scenario.changes.map((c, i) => (
              <li key={i}>
                <LazyOptionsSelect aria-label={t('scenarios.member')} value={c.actor} options={deciders} onChange={(e) => setChange(i, e.target.value, kindOf(c))} />
                <select aria-label={t('scenarios.change')} value={kindOf(c)} onChange={(e) => setChange(i, c.actor, e.target.value as ChangeKind)}>
                  {CHANGE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k.startsWith('column-') ? `${t('scenarios.column')} ${t(`column.${k.slice(7)}`).toLowerCase()}` : t(`scenarios.${k}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="ghost" onClick={() => update({ changes: scenario.changes.filter((_, j) => j !== i) })}>
                  {t('scenarios.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="scenario-actions">
            <button type="button" disabled={!firstFree || readOnly} onClick={() => firstFree && update({ changes: [...scenario.changes, changeFor(firstFree.id, 'column-4')] })}>
              {t('scenarios.addChange')}
            </button>
            <button type="button" disabled={scenario.changes.length === 0 || readOnly} onClick={() => void apply()}>
              {t('scenarios.apply')}
            </button>
            <button type="button" className="ghost" disabled={readOnly} onClick={() => void remove()}>
              {t('scenarios.delete')}
            </button>
          </div>
          {mapChance !== null && scenarioChance !== null && (
            <p className="scenario-compare" data-testid="scenario-compare">
              {t('scenarios.compare', {
                map: formatPercent(mapChance, lang),
                scenario: formatPercent(scenarioChance, lang),
                delta: `${scenarioChance >= mapChance ? '+' : '−'}${formatNumber(Math.abs(scenarioChance - mapChance) * 100, lang, 1)}`,
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
