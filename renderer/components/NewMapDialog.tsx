import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

export function NewMapDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const openResult = useApp((s) => s.openResult);
  const [town, setTown] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!town.trim()) {
      setProblem(true);
      return;
    }
    setBusy(true);
    const r = await api()['maps.create']({ town: town.trim(), title: title.trim() });
    setBusy(false);
    if (openResult(r)) onClose();
  }

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-map-title" onSubmit={submit}>
        <h2 id="new-map-title">{t('newMap.title')}</h2>
        <label>
          {t('newMap.town')}
          <input name="town" autoFocus value={town} placeholder={t('newMap.townPlaceholder')} onChange={(e) => setTown(e.target.value)} aria-invalid={problem} />
        </label>
        {problem && <p className="field-error">{t('newMap.townRequired')}</p>}
        <label>
          {t('newMap.mapTitle')}
          <input name="title" value={title} placeholder={t('newMap.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            {t('newMap.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('newMap.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
