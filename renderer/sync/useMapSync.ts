/**
 * Keeps this view of a map in step with the others (another tab, another window on the same
 * host): asks the host for the document's revision now and then, and whenever the page comes back
 * into view, and reloads the map when another view changed it. The same question tells the page
 * when its file was deleted, replaced or made read-only, before the next edit fails.
 */
import { useEffect } from 'react';
import { useApp } from '../store';

/** Often enough that a tab brought forward shows the other's change at once; a tiny call. */
export const SYNC_INTERVAL_MS = 1500;

export function useMapSync(intervalMs = SYNC_INTERVAL_MS): void {
  const docId = useApp((s) => s.docId);
  useEffect(() => {
    if (!docId) return;
    let busy = false;
    const tick = () => {
      if (busy || document.visibilityState === 'hidden') return;
      busy = true;
      void useApp
        .getState()
        .sync()
        .finally(() => {
          busy = false;
        });
    };
    const timer = setInterval(tick, intervalMs);
    window.addEventListener('focus', tick);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tick);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [docId, intervalMs]);
}
