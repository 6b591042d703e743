/**
 * Logs or edits a meeting. Saving offers to move the people met to the column their response
 * suggests; accepting saves the meeting and the moves as one operation (one undo step), which the
 * journal files under the meeting's id.
 */
import { useState, type FormEvent } from 'react';
import { MEETING_RESPONSES, type Meeting, type MeetingResponse } from '../../shared/memory/model';
import { localDay } from '../../shared/meetings/followups';
import { formatDay } from '../../shared/meetings/words';
import { formatPercent } from '../../shared/projectionWords';
import { chanceWithMoves, movesFor, suggestedMoves, type SuggestedMove } from '../../shared/meetings/suggest';
import type { PowerMap } from '../../shared/model';
import type { Operation } from '../../shared/ops';
import { newId } from '../grid/ids';
import { useT } from '../i18n/useT';
import { spotInColumn } from '../layout/placeFree';
import { useApp } from '../store';
import { useMeetingsUi, type MeetingsView } from './meetingsUi';

type FormView = Extract<MeetingsView, { kind: 'form' }>;

/** The form's fields: the meeting's, with the follow-up's flattened (an empty due date is none). */
type Draft = Omit<Meeting, 'id' | 'followUp'> & { owner: string; due: string; done: boolean };

function draftOf({ id: _id, followUp: f, ...rest }: Meeting): Draft {
  return { ...rest, owner: f?.owner ?? '', due: f?.due ?? '', done: f?.done ?? false };
}

/** A follow-up exists once it has an owner or a date. */
function meetingOf(id: string, { owner, due, done, ...rest }: Draft): Meeting {
  const followUp = owner.trim() !== '' || due !== '' ? { owner: owner.trim(), due: due || null, done } : null;
  return { id, ...rest, followUp };
}

/** The fields of `next` that differ from `old`, for a meeting.update. */
function changedFields(old: Meeting, next: Meeting): Partial<Omit<Meeting, 'id'>> {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (k !== 'id' && JSON.stringify(v) !== JSON.stringify(old[k as keyof Meeting])) patch[k] = v;
  return patch;
}

/** The browser's date field follows the computer's locale; this says the date in the app's language. */
function DateWords({ day }: { day: string }) {
  const lang = useApp((s) => s.language);
  return <span className="date-words">{/^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDay(day, lang, 'full') : '\u00a0'}</span>;
}

export function MeetingForm({ map, view }: { map: PowerMap; view: FormView }) {
  const t = useT();
  const readOnly = useApp((s) => s.readOnly);
  const lang = useApp((s) => s.language);
  const { show, close } = useMeetingsUi.getState();
  // The map and the meeting as the form opened on them: only what is changed here is saved.
  const [seen] = useState(map);
  const original = view.id ? seen.meetings.find((m) => m.id === view.id) ?? null : null;
  const [draft, setDraft] = useState<Draft>(() =>
    original
      ? draftOf(original)
      : { date: localDay(new Date()), with: view.with, attendees: '', ask: '', response: 'no-commitment', commitment: '', owner: '', due: '', done: false, notes: '' },
  );
  const [error, setError] = useState<string | null>(null);
  const [offer, setOffer] = useState<{ moves: SuggestedMove[]; accepted: Set<string> } | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const textField = (k: 'attendees' | 'ask' | 'commitment' | 'owner') => (
    <label className="editor-field">
      <span>{t(`meetings.field.${k}`)}</span>
      <input name={k} value={draft[k]} onChange={(e) => set(k, e.target.value)} />
    </label>
  );
  const leave = () => (view.back ? show({ kind: view.back }) : close());

  const decisionMakers = map.actors.filter((a) => a.kind === 'decision-maker');
  // People met who have since left the map stay on the meeting, named by id.
  const gone = draft.with.filter((id) => !map.actors.some((a) => a.id === id));

  async function save(moves: SuggestedMove[]) {
    const id = original?.id ?? newId('mt');
    const meeting = meetingOf(id, draft);
    const current = useApp.getState().map!;
    const edit: Operation = original ? { type: 'meeting.update', id, patch: changedFields(original, meeting) } : { type: 'meeting.add', meeting };
    const move: Operation[] = moves.length ? [{ type: 'actors.move', moves: movesFor(current, moves, spotInColumn) }] : [];
    const op: Operation = move.length ? { type: 'batch', ops: [edit, ...move] } : edit;
    if (original && !move.length && Object.keys((edit as { patch: object }).patch).length === 0) return leave();
    const ok = await useApp.getState().perform(op, original ? seen : undefined, { meeting: id });
    if (ok) leave();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.date) return setError(t('meetings.form.needDate'));
    if (draft.with.length === 0) return setError(t('meetings.form.needWith'));
    setError(null);
    // Offered for a new meeting, or when the response or the people met changed.
    const changed = !original || original.response !== draft.response || original.with.join() !== draft.with.join();
    const moves = changed ? suggestedMoves(useApp.getState().map!, draft.with, draft.response) : [];
    if (moves.length === 0) return void save([]);
    setOffer({ moves, accepted: new Set(moves.map((m) => m.id)) });
  }

  if (offer) {
    const where = (c: number | null) => (c === null ? t('meetings.offer.unplaced') : t(`column.${c}`));
    const current = useApp.getState().map!;
    const chance = chanceWithMoves(current, movesFor(current, offer.moves.filter((m) => offer.accepted.has(m.id)), spotInColumn));
    return (
      <div className="meeting-offer" role="group" aria-labelledby="offer-title">
        <h3 id="offer-title">{t('meetings.offer.title')}</h3>
        <p>{t('meetings.offer.intro', { response: t(`meetings.response.${draft.response}`) })}</p>
        <ul className="offer-moves">
          {offer.moves.map((m) => (
            <li key={m.id}>
              <label className="editor-check">
                <input
                  type="checkbox"
                  checked={offer.accepted.has(m.id)}
                  onChange={(e) => {
                    const accepted = new Set(offer.accepted);
                    if (e.target.checked) accepted.add(m.id);
                    else accepted.delete(m.id);
                    setOffer({ ...offer, accepted });
                  }}
                />
                <span>
                  <strong>{m.name}</strong>: {where(m.from)} → {where(m.to)}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {chance && (
          <p className="offer-chance" data-testid="offer-chance">
            {t('meetings.offer.chance', { before: formatPercent(chance.before, lang), after: formatPercent(chance.after, lang) })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => setOffer(null)}>
            {t('meetings.offer.back')}
          </button>
          <button type="button" onClick={() => void save([])}>
            {t('meetings.offer.decline')}
          </button>
          <button type="button" className="primary" disabled={offer.accepted.size === 0} autoFocus onClick={() => void save(offer.moves.filter((m) => offer.accepted.has(m.id)))}>
            {t('meetings.offer.accept')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="meeting-form" onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} className="meeting-fields">
        <div className="meeting-grid">
          <label className="editor-field">
            <span>{t('meetings.field.date')}</span>
            <input type="date" name="date" required value={draft.date} onChange={(e) => set('date', e.target.value)} />
            <DateWords day={draft.date} />
          </label>
          <label className="editor-field">
            <span>{t('meetings.field.response')}</span>
            <select name="response" value={draft.response} onChange={(e) => set('response', e.target.value as MeetingResponse)}>
              {MEETING_RESPONSES.map((r) => (
                <option key={r} value={r}>
                  {t(`meetings.response.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="meeting-with">
          <legend>{t('meetings.field.with')}</legend>
          {decisionMakers.length === 0 && <p className="muted small">{t('meetings.form.noDecisionMakers')}</p>}
          {decisionMakers.map((a) => (
            <label key={a.id} className="editor-check">
              <input
                type="checkbox"
                name="with"
                value={a.id}
                checked={draft.with.includes(a.id)}
                onChange={(e) => set('with', e.target.checked ? [...draft.with, a.id] : draft.with.filter((x) => x !== a.id))}
              />
              {a.name}
            </label>
          ))}
          {gone.map((id) => (
            <label key={id} className="editor-check muted">
              <input type="checkbox" checked onChange={() => set('with', draft.with.filter((x) => x !== id))} />
              {id} {t('meetings.form.gone')}
            </label>
          ))}
        </fieldset>
        {textField('attendees')}
        {textField('ask')}
        {textField('commitment')}
        <fieldset className="meeting-follow-up">
          <legend>{t('meetings.field.followUp')}</legend>
          {textField('owner')}
          <label className="editor-field">
            <span>{t('meetings.field.due')}</span>
            <input type="date" name="due" value={draft.due} onChange={(e) => set('due', e.target.value)} />
            <DateWords day={draft.due} />
          </label>
          <label className="editor-check">
            <input type="checkbox" name="done" checked={draft.done} onChange={(e) => set('done', e.target.checked)} />
            {t('meetings.field.done')}
          </label>
        </fieldset>
        <label className="editor-field">
          <span>{t('meetings.field.notes')}</span>
          <textarea name="notes" rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
        </label>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={leave}>
          {t('meetings.form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={readOnly}>
          {t('meetings.form.save')}
        </button>
      </div>
    </form>
  );
}
