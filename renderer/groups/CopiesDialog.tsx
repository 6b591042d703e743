/** "Make copies for groups": one copy of this map per breakout group, written in one step. */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { groupLetter } from './groupLetters';

const MAX_GROUPS = 8;

export function CopiesDialog({ onCompare, onClose }: { onCompare: () => void; onClose: () => void }) {
  const t = useT();
  const docId = useApp((s) => s.docId);
  const [names, setNames] = useState(() => [0, 1, 2].map((i) => t('groups.copies.defaultName', { letter: groupLetter(i) })));
  const [made, setMade] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  function setCount(n: number) {
    setNames((old) => Array.from({ length: n }, (_, i) => old[i] ?? t('groups.copies.defaultName', { letter: groupLetter(i) })));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!docId) return;
    setBusy(true);
    const r = await api()['groups.makeCopies']({ docId, groups: names.map((n, i) => n.trim() || t('groups.copies.defaultName', { letter: groupLetter(i) })) });
    setBusy(false);
    if (r.ok) setMade(r.value.files);
    else useApp.getState().showError(r.error);
  }

  return (
    <div className="dialog-backdrop">
      <form className="dialog copies-dialog" role="dialog" aria-modal="true" aria-labelledby="copies-title" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2 id="copies-title">{t('groups.copies.title')}</h2>
        {made === null ? (
          <>
            <p>{t('groups.copies.intro')}</p>
            <label className="inline">
              {t('groups.copies.count')}
              <select value={names.length} onChange={(e) => setCount(Number(e.target.value))}>
                {Array.from({ length: MAX_GROUPS - 1 }, (_, i) => i + 2).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <div className="copies-names">
              {names.map((name, i) => (
                <input
                  key={i}
                  name={`group-${i}`}
                  aria-label={t('groups.copies.nameLabel', { n: i + 1 })}
                  value={name}
                  maxLength={60}
                  onChange={(e) => setNames((old) => old.map((o, j) => (j === i ? e.target.value : o)))}
                />
              ))}
            </div>
            <div className="dialog-actions">
              <button type="button" className="ghost" onClick={onCompare}>
                {t('groups.copies.toCompare')}
              </button>
              <button type="button" onClick={onClose}>
                {t('groups.compare.cancel')}
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {t('groups.copies.make', { count: names.length })}
              </button>
            </div>
          </>
        ) : (
          <>
            <p role="status">{t('groups.copies.made', { count: made.length })}</p>
            <ul className="copies-made" data-testid="copies-made">
              {made.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
            <p className="hint">{t('groups.copies.next')}</p>
            <div className="dialog-actions">
              <button type="button" className="primary" autoFocus onClick={onClose}>
                {t('groups.copies.done')}
              </button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
