/**
 * Recorded votes: the list, and for the one selected its roll call beside the projection of that
 * morning (the map rebuilt from its history at the start of the vote's day) and the Brier score.
 * Saving is one undoable operation.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { brierScore, calendarDateText, brierText, memberBallots, startOfDay } from '../../shared/votes';
import { newId } from '../grid/ids';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { draftOf, EXECUTIVE_CHOICES, newDraft, rollCallRows, saveOperation, type Draft, type DraftProblem } from './draft';
import { useMornings } from './mornings';
import { MorningReview } from './MorningReview';
import { RollCall } from './RollCall';
import { Segmented } from './Segmented';
import { useJournal } from './useJournal';
import './votes.css';

export function VotesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const map = useApp((s) => s.map)!;
  const readOnly = useApp((s) => s.readOnly);
  const journal = useJournal();
  const [draft, setDraft] = useState<Draft>(() => (map.votes.length ? draftOf(map.votes[map.votes.length - 1]!) : newDraft()));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const rows = useMemo(() => rollCallRows(map, draft.ballots), [map, draft.ballots]);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.date);
  const draftAt = validDate ? startOfDay(draft.date) : null;
  const ats = useMemo(() => [...map.votes.map((v) => startOfDay(v.date)), ...(draftAt ? [draftAt] : [])], [map.votes, draftAt]);
  const mornings = useMornings(journal, ats);
  const morning = draftAt ? mornings.get(draftAt) : null;
  const brier = useMemo(
    () => (morning ? brierScore(rows.filter((r) => draft.ballots[r.id]).map((r) => ({ ballot: draft.ballots[r.id]!, pYesBallot: morning.chances.get(r.id) ?? null }))) : null),
    [morning, rows, draft.ballots],
  );
  const listed = map.votes.map((vote) => {
    const then = mornings.get(startOfDay(vote.date));
    return { vote, brier: then && brierScore(memberBallots(vote, then)) };
  });

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
    setMessage(null);
  };
  const pick = (d: Draft) => {
    setDraft(d);
    setProblem(null);
    setMessage(null);
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    const r = saveOperation(map, draft, rows, () => newId('v'));
    if ('problem' in r) return setProblem(r.problem);
    const op = r.op;
    // Nothing changed: it is saved as it stands.
    if (!op) return setMessage(t('votes.saved'));
    setBusy(true);
    const ok = await useApp.getState().perform(op);
    setBusy(false);
    if (!ok) return;
    if (op.type === 'vote.add') setDraft((d) => ({ ...d, id: op.vote.id }));
    setMessage(t('votes.saved'));
  }

  async function remove() {
    if (!draft.id || !map.votes.some((v) => v.id === draft.id)) return;
    setBusy(true);
    const ok = await useApp.getState().perform({ type: 'vote.delete', id: draft.id });
    setBusy(false);
    if (!ok) return;
    pick(newDraft());
    setMessage(t('votes.deleted'));
  }

  const saved = draft.id !== null && map.votes.some((v) => v.id === draft.id);
  return (
    <div className="dialog-backdrop">
      <div className="dialog votes-dialog" role="dialog" aria-modal="true" aria-labelledby="votes-title">
        <header className="votes-header">
          <h2 id="votes-title">{t('votes.title')}</h2>
          <button type="button" onClick={onClose}>
            {t('votes.close')}
          </button>
        </header>
        <div className="votes-body">
          <nav className="votes-list" aria-label={t('votes.listLabel')} aria-busy={mornings.updating}>
            <button type="button" className={draft.id === null ? 'primary' : ''} onClick={() => pick(newDraft())} disabled={readOnly}>
              {t('votes.record')}
            </button>
            {listed.length === 0 && <p className="muted small">{t('votes.empty')}</p>}
            <ul>
              {listed.map(({ vote, brier: scored }) => (
                <li key={vote.id}>
                  <button type="button" aria-current={draft.id === vote.id ? 'true' : undefined} onClick={() => pick(draftOf(vote))}>
                    <strong>{calendarDateText(vote.date, lang, 'medium')}</strong>
                    <span>{vote.measure || t('votes.noMeasure')}</span>
                    <small className="muted">
                      {t(vote.adopted ? 'votes.adopted' : 'votes.notAdopted')}
                      {scored != null && ` · ${t('votes.brier.label')} ${brierText(scored, lang)}`}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <form className="votes-editor" onSubmit={save} aria-label={saved ? draft.measure || t('votes.noMeasure') : t('votes.newVote')}>
            <div className="votes-fields">
              <label>
                {t('votes.date')}
                <input type="date" name="date" required value={draft.date} onChange={(e) => edit({ date: e.target.value })} aria-invalid={problem === 'date'} />
              </label>
              <label className="votes-measure">
                {t('votes.measure')}
                <input name="measure" value={draft.measure} maxLength={500} placeholder={t('votes.measurePlaceholder')} onChange={(e) => edit({ measure: e.target.value })} />
              </label>
            </div>
            <div className="votes-fields">
              <div className="votes-field">
                <span className="field-label">{t('votes.adoptedQuestion')}</span>
                <Segmented
                  name="adopted"
                  label={t('votes.adoptedQuestion')}
                  choices={[
                    { value: 'yes', label: t('votes.yes') },
                    { value: 'no', label: t('votes.no') },
                  ]}
                  value={draft.adopted === null ? null : draft.adopted ? 'yes' : 'no'}
                  onChange={(v) => edit({ adopted: v === 'yes' })}
                />
              </div>
              <div className="votes-field">
                <span className="field-label">{t('votes.executiveLabel')}</span>
                <Segmented
                  name="executive"
                  label={t('votes.executiveLabel')}
                  choices={EXECUTIVE_CHOICES.map((c) => ({ value: c, label: t(`votes.executive.${c}`) }))}
                  value={draft.executive ?? 'none'}
                  onChange={(v) => edit({ executive: v === 'none' ? null : v })}
                />
              </div>
            </div>
            {problem && (
              <p className="field-error" role="alert">
                {t(`votes.errors.${problem}`)}
              </p>
            )}
            <div className="votes-compare">
              {rows.length === 0 ? (
                <p className="muted">{t('votes.noMembers')}</p>
              ) : (
                <RollCall
                  rows={rows}
                  ballots={draft.ballots}
                  chances={morning?.chances ?? null}
                  lang={lang}
                  onBallot={(id, ballot) => {
                    const ballots = { ...draft.ballots };
                    if (ballot) ballots[id] = ballot;
                    else delete ballots[id];
                    edit({ ballots });
                  }}
                />
              )}
              <MorningReview morning={morning} reading={journal === null} updating={mornings.updating} date={validDate ? draft.date : ''} adopted={draft.adopted} brier={brier} lang={lang} />
            </div>
            <div className="dialog-actions">
              {message && (
                <p className="votes-message" role="status">
                  {message}
                </p>
              )}
              {saved && (
                <button type="button" className="danger" onClick={() => void remove()} disabled={busy || readOnly}>
                  {t('votes.delete')}
                </button>
              )}
              <button type="submit" className="primary" disabled={busy || readOnly}>
                {t(saved ? 'votes.saveChanges' : 'votes.save')}
              </button>
            </div>
          </form>
        </div>
      </div>
    </div>
  );
}
