/** "Deciding body": who votes, the rule, quorum, tie-breaker, veto and the stance table. One undo step. */
import { useState, type FormEvent } from 'react';
import { MAP_LIMITS } from '../../shared/mapLimits';
import type { PowerMap } from '../../shared/model';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { formFromMap, formToOperation, type BodyForm, type FormProblem, type ThresholdKind } from './bodyForm';

const THRESHOLDS: { kind: ThresholdKind; key: string }[] = [
  { kind: 'majority', key: 'body.thresholdMajority' },
  { kind: 'two-thirds', key: 'body.thresholdTwoThirds' },
  { kind: 'atLeast', key: 'body.thresholdAtLeast' },
];

export function BodyDialog({ map, onClose }: { map: PowerMap; onClose: () => void }) {
  const t = useT();
  const perform = useApp((s) => s.perform);
  // The map the form was filled from: only what the user changes here is applied, never the whole
  // body over a change another tab or window made meanwhile.
  const [seen] = useState(map);
  const [f, setF] = useState<BodyForm>(() => formFromMap(seen));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const set = <K extends keyof BodyForm>(k: K, v: BodyForm[K]) => setF((old) => ({ ...old, [k]: v }));
  const deciders = map.actors.filter((a) => a.kind === 'decision-maker');
  const unseated = deciders.filter((a) => !f.seated.includes(a.id));
  const seatsNumber = Number(f.seats);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = formToOperation(seen, f, t);
    if ('problem' in r) return setProblem(r.problem);
    if (await perform(r.op, seen)) onClose();
  }

  const thresholdPicker = (kind: ThresholdKind, atLeast: string, onKind: (k: ThresholdKind) => void, onAtLeast: (v: string) => void, name: string) => (
    <div className="body-threshold">
      <select name={name} value={kind} onChange={(e) => onKind(e.target.value as ThresholdKind)}>
        {THRESHOLDS.map((th) => (
          <option key={th.kind} value={th.kind}>
            {t(th.key)}
          </option>
        ))}
      </select>
      {kind === 'atLeast' && <input type="number" min={1} aria-label={t('body.atLeast')} value={atLeast} onChange={(e) => onAtLeast(e.target.value)} />}
    </div>
  );

  return (
    <div className="dialog-backdrop">
      <form className="dialog body-dialog" role="dialog" aria-modal="true" aria-labelledby="body-title" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="body-title">{t('body.title')}</h2>
        <label>
          {t('body.name')}
          <input name="body-name" autoFocus value={f.name} placeholder={t('body.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label>
          {t('body.seats')}
          <input name="seats" type="number" min={1} max={MAP_LIMITS.seats} value={f.seats} onChange={(e) => set('seats', e.target.value)} />
        </label>
        <fieldset>
          <legend>{t('body.members')}</legend>
          <div className="body-members">
            {deciders.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={f.seated.includes(a.id)}
                  onChange={(e) => set('seated', e.target.checked ? [...f.seated, a.id] : f.seated.filter((id) => id !== a.id))}
                />
                {a.name}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          {t('body.basis')}
          <select name="basis" value={f.basis} onChange={(e) => set('basis', e.target.value as BodyForm['basis'])}>
            <option value="whole">{t('body.basisWhole')}</option>
            <option value="cast">{t('body.basisCast')}</option>
          </select>
        </label>
        <label>
          {t('body.threshold')}
          {thresholdPicker(f.threshold, f.atLeast, (k) => set('threshold', k), (v) => set('atLeast', v), 'threshold')}
        </label>
        <label>
          {t('body.quorum')}
          <input
            name="quorum"
            type="number"
            min={0}
            value={f.quorum}
            placeholder={Number.isInteger(seatsNumber) && seatsNumber > 0 ? t('body.quorumDefault', { quorum: Math.floor(seatsNumber / 2) + 1 }) : ''}
            onChange={(e) => set('quorum', e.target.value)}
          />
        </label>
        <label>
          {t('body.tieBreaker')}
          <ActorSelect name="tie-breaker" value={f.tieBreaker} actors={unseated} none={t('body.none')} onChange={(v) => set('tieBreaker', v)} />
        </label>
        <label>
          {t('body.executive')}
          <ActorSelect name="executive" value={f.executive} actors={unseated} none={t('body.none')} onChange={(v) => set('executive', v)} />
        </label>
        {f.executive && (
          <label>
            {t('body.override')}
            {thresholdPicker(f.override, f.overrideAtLeast, (k) => set('override', k), (v) => set('overrideAtLeast', v), 'override')}
          </label>
        )}
        <fieldset>
          <legend>{t('body.stances')}</legend>
          <div className="body-stances">
            {f.stances.map((s, i) => (
              <label key={i}>
                {t(`column.${i}`)}
                <span>
                  <input type="number" min={0} max={100} step="any" value={s} onChange={(e) => set('stances', f.stances.map((v, j) => (j === i ? e.target.value : v)) as BodyForm['stances'])} /> %
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {problem && (
          <p className="field-error" role="alert">
            {t(`body.${problem}`, { max: MAP_LIMITS.seats })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            {t('body.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('body.save')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** A choice of one actor, or none (the tie-breaker, the executive). */
function ActorSelect({ name, value, actors, none, onChange }: { name: string; value: string; actors: readonly { id: string; name: string }[]; none: string; onChange: (id: string) => void }) {
  return (
    <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{none}</option>
      {actors.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}
