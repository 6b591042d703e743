/** Snapshots: take one (named, at this moment), rename, delete, and the list, newest first. */
import { memo, useEffect, useMemo, useState, type FormEvent } from 'react';
import { longDate } from '../../shared/export/format';
import type { Snapshot } from '../../shared/memory/model';
import { ShowOlder } from '../components/ShowOlder';
import { usePages } from '../components/usePages';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { momentText, takeSnapshot } from './takeSnapshot';
import './snapshots.css';

const SnapshotRow = memo(function SnapshotRow({ snapshot, readOnly }: { snapshot: Snapshot; readOnly: boolean }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const [renaming, setRenaming] = useState<string | null>(null);

  async function rename(e: FormEvent) {
    e.preventDefault();
    const name = renaming?.trim();
    if (name && name !== snapshot.name && !(await useApp.getState().perform({ type: 'snapshot.update', id: snapshot.id, patch: { name } }))) return;
    setRenaming(null);
  }

  return (
    <li className="snapshot-row" data-snapshot={snapshot.id}>
      {renaming === null ? (
        <>
          <span className="snapshot-name">{snapshot.name}</span>
          <time dateTime={snapshot.at} className="muted small">
            {momentText(snapshot.at, lang)}
          </time>
          <span className="snapshot-actions">
            <button type="button" className="small" onClick={() => setRenaming(snapshot.name)} disabled={readOnly}>
              {t('snapshots.rename')}
            </button>
            <button
              type="button"
              className="small danger"
              aria-label={t('snapshots.deleteLabel', { name: snapshot.name })}
              onClick={() => void useApp.getState().perform({ type: 'snapshot.delete', id: snapshot.id })}
              disabled={readOnly}
            >
              {t('snapshots.delete')}
            </button>
          </span>
        </>
      ) : (
        <form className="snapshot-rename" onSubmit={rename} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setRenaming(null))}>
          <input autoFocus aria-label={t('snapshots.renameLabel', { name: snapshot.name })} value={renaming} maxLength={200} onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="small primary">
            {t('snapshots.save')}
          </button>
          <button type="button" className="small" onClick={() => setRenaming(null)}>
            {t('snapshots.cancel')}
          </button>
        </form>
      )}
    </li>
  );
});

/** Snapshots listed at first, and added by each "Show older": 500 rows held the page 108 ms as the dialog opened. */
const SNAPSHOTS_PER_PAGE = 50;

export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const snapshots = useApp((s) => s.map?.snapshots ?? []);
  const readOnly = useApp((s) => s.readOnly);
  const [name, setName] = useState(() => t('snapshots.defaultName', { date: longDate(new Date(), lang) }));
  const [problem, setProblem] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function take(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblem(true);
    if (!(await takeSnapshot(trimmed))) return;
    setMessage(t('snapshots.taken', { name: trimmed }));
    setName(t('snapshots.defaultName', { date: longDate(new Date(), lang) }));
  }

  const newestFirst = useMemo(() => [...snapshots].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)), [snapshots]);
  const { shown, older, showOlder, list } = usePages(newestFirst, SNAPSHOTS_PER_PAGE);
  return (
    <div className="dialog-backdrop">
      <div className="dialog snapshots-dialog" role="dialog" aria-modal="true" aria-labelledby="snapshots-title">
        <h2 id="snapshots-title">{t('snapshots.title')}</h2>
        <p className="muted">{t('snapshots.intro')}</p>
        <form className="snapshot-take" onSubmit={take}>
          <label>
            {t('snapshots.name')}
            <input
              name="snapshot-name"
              value={name}
              maxLength={200}
              aria-invalid={problem}
              onChange={(e) => {
                setName(e.target.value);
                setProblem(false);
                setMessage(null);
              }}
            />
          </label>
          <button type="submit" className="primary" disabled={readOnly}>
            {t('snapshots.take')}
          </button>
        </form>
        {problem && (
          <p className="field-error" role="alert">
            {t('snapshots.nameRequired')}
          </p>
        )}
        {message && (
          <p className="export-done" role="status">
            {message}
          </p>
        )}
        {newestFirst.length === 0 ? (
          <p className="muted">{t('snapshots.empty')}</p>
        ) : (
          <>
            <ul className="snapshot-list" aria-label={t('snapshots.listLabel')} ref={list}>
              {shown.map((s) => (
                <SnapshotRow key={s.id} snapshot={s} readOnly={readOnly} />
              ))}
            </ul>
            <ShowOlder older={older} onClick={showOlder} label={t('snapshots.showOlder', { count: older })} />
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('snapshots.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
