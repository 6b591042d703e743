import { useEffect } from 'react';
import { api, readLaunchFragment } from '../api/client';
import { useDesktopMenu } from '../desktop/useDesktopMenu';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { FileDrop } from '../export/FileDrop';
import { ErrorBanner } from './ErrorBanner';
import { MapScreen } from './MapScreen';
import { StartScreen } from './StartScreen';

export function App() {
  const t = useT();
  const ready = useApp((s) => s.ready);
  const hasMap = useApp((s) => s.map !== null);
  const language = useApp((s) => s.language);
  useDesktopMenu();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  useEffect(() => {
    const { openKey } = readLaunchFragment();
    void (async () => {
      await useApp.getState().init();
      // After a reload the host still holds the map this tab had open; pick it up again.
      const docId = sessionStorage.getItem('powermap.openDoc');
      if (docId) {
        const r = await api()['maps.get']({ docId });
        if (r.ok) return void useApp.getState().openResult(r);
      }
      if (openKey) useApp.getState().openResult(await api()['maps.open']({ key: openKey }));
    })();
  }, []);

  if (!ready) return <div className="loading" aria-busy="true" />;
  return (
    <>
      {hasMap ? <MapScreen /> : <StartScreen />}
      {/* Every banner in one column at the top: two messages at once stack, never overlap. */}
      <div className="banner-stack">
        <ErrorBanner />
        <FileDrop />
      </div>
    </>
  );
}
