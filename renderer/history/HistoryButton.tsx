/**
 * The toolbar's one "History" entry (in its More menu): the chance over time and what shifted since a moment. It also
 * keeps the history figures current while the view is open or the moves are drawn on the grid.
 */
import { useEffect } from 'react';
import type { MoreItem } from '../toolbar/MoreMenu';
import { useApp } from '../store';
import { HistoryDialog } from './HistoryDialog';
import { forgetHistory, refreshHistory, useHistory } from './historyStore';
import './history.css';

function useHistorySync(): void {
  const docId = useApp((s) => s.docId);
  const map = useApp((s) => s.map);
  const { open, tab, arrows, since } = useHistory();
  useEffect(() => forgetHistory, [docId]);
  useEffect(() => {
    if (docId && map && (open || arrows)) void refreshHistory(docId, map);
  }, [docId, map, open, tab, arrows, since]);
}

/** The toolbar's More menu entry that opens History. */
export const historyItem = (t: (key: string) => string): MoreItem => ({ id: 'history', label: t('historyApp.button'), run: () => useHistory.getState().show(), command: 'map.history' });

/** History's dialog and the figures kept current for it, mounted beside the toolbar (its entry is in More). */
export function HistoryDialogs() {
  const open = useHistory((s) => s.open);
  useHistorySync();
  return open ? <HistoryDialog /> : null;
}
