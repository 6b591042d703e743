import { useEffect, useState, type ChangeEvent } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { useDesktop } from '../desktop/desktopState';
import { useApp } from '../store';
import { LanguageSwitch } from './LanguageSwitch';
import { NewMapDialog } from './NewMapDialog';
import { dateFormat } from '../../shared/intlFormats';

export function StartScreen() {
  const t = useT();
  const recent = useApp((s) => s.recent);
  const host = useApp((s) => s.host);
  const language = useApp((s) => s.language);
  const openResult = useApp((s) => s.openResult);
  const [creating, setCreating] = useState(false);
  // File › New in the desktop app lands here.
  const newMapRequested = useDesktop((s) => s.newMapRequested);
  useEffect(() => {
    if (!newMapRequested) return;
    setCreating(true);
    useDesktop.setState({ newMapRequested: false });
  }, [newMapRequested]);

  async function importJson(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) openResult(await api()['maps.importJson']({ text: await file.text() }));
  }

  /** "Changed today at 3:30 PM", "… yesterday …", or the date. */
  const changed = (iso: string) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '';
    const { time, date } = formatters(language === 'es' ? 'es' : 'en');
    const days = Math.round((startOfDay(new Date()) - startOfDay(d)) / 86_400_000);
    if (days === 0) return t('desktop.recent.changedToday', { time: time.format(d) });
    if (days === 1) return t('desktop.recent.changedYesterday', { time: time.format(d) });
    return t('desktop.recent.changedOn', { date: date.format(d) });
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
                  aria-label={t('desktop.recent.openHint', { town: m.town, title: m.title || t('desktop.recent.untitled') })}
                  onClick={async () => openResult(await api()['maps.open']({ key: m.key }))}
                >
                  <strong className="recent-town">{m.town}</strong>
                  <span className={m.title ? 'recent-title' : 'recent-title muted'}>{m.title || t('desktop.recent.untitled')}</span>
                  <small className="recent-changed">{m.exists ? changed(m.updatedAt) : t('start.missing')}</small>
                  <small className="recent-file">{t('desktop.recent.file', { name: m.fileName })}</small>
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

/** The start screen's date formatters (kept: toLocaleTimeString builds one per call, tens of milliseconds for a list of maps). */
const formatters = (locale: string) => ({ time: dateFormat(locale, { timeStyle: 'short' }), date: dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }) });

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}
