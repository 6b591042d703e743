/** The history of the map: the chance over time, and what shifted since a moment. */
import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { useHistory, type HistoryTab } from './historyStore';
import { ShiftedView } from './ShiftedView';
import { Timeline } from './Timeline';

const TABS: HistoryTab[] = ['timeline', 'shifted'];

export function HistoryDialog() {
  const t = useT();
  const map = useApp((s) => s.map);
  const { tab, setTab, hide, timeline, busy } = useHistory();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hide]);
  if (!map) return null;
  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && hide()}>
      <div className="dialog history-dialog" role="dialog" aria-modal="true" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyApp.title')}</h2>
        <div className="history-tabs" role="tablist">
          {TABS.map((k) => (
            <button key={k} type="button" role="tab" id={`history-tab-${k}`} aria-selected={tab === k} aria-controls="history-panel" onClick={() => setTab(k)}>
              {t(`historyApp.tabs.${k}`)}
            </button>
          ))}
        </div>
        <div id="history-panel" role="tabpanel" aria-labelledby={`history-tab-${tab}`} className="history-panel">
          {tab === 'timeline' &&
            (timeline ? (
              <>
                <h3>{t('historyApp.timeline.heading')}</h3>
                <Timeline data={timeline} map={map} />
              </>
            ) : (
              busy && <p className="history-empty">{t('historyApp.computing')}</p>
            ))}
          {tab === 'shifted' && <ShiftedView map={map} />}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={hide}>
            {t('historyApp.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
