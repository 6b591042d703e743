import { useState, type ChangeEvent } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { LanguageSwitch } from './LanguageSwitch';
import { NewMapDialog } from './NewMapDialog';

export function StartScreen() {
  const t = useT();
  const recent = useApp((s) => s.recent);
  const host = useApp((s) => s.host);
  const language = useApp((s) => s.language);
  const openResult = useApp((s) => s.openResult);
  const [creating, setCreating] = useState(false);

  async function importJson(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) openResult(await api()['maps.importJson']({ text: await file.text() }));
  }

  const date = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(language === 'es' ? 'es' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  };

  return (
    <div className="start">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <section className="start-actions" aria-label={t('start.title')}>
        <button type="button" className="primary big" onClick={() => setCreating(true)}>
          {t('start.newMap')}
        </button>
        {host?.nativeDialogs && (
          <button type="button" className="big" onClick={async () => openResult(await api()['maps.openDialog']({}))}>
            {t('start.open')}
          </button>
        )}
        <label className="button big">
          {t('start.importJson')}
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={importJson} />
        </label>
      </section>
      <section className="recent" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.noRecent')}</p>
        ) : (
          <ul>
            {recent.map((m) => (
              <li key={m.key}>
                <button
                  type="button"
                  className="recent-item"
                  disabled={!m.exists}
                  data-recent-key={m.key}
                  onClick={async () => openResult(await api()['maps.open']({ key: m.key }))}
                >
                  <strong>{m.town}</strong>
                  <span>{m.title}</span>
                  <small>{m.exists ? t('start.updated', { date: date(m.updatedAt) }) : t('start.missing')}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {creating && <NewMapDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
