/**
 * The toolbar's one "History" entry: the chance over time and what shifted since a moment. It also
 * keeps the history figures current while the view is open or the moves are drawn on the grid.
 */
import { useEffect } from 'react';
import { useT } from '../i18n/useT';
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

export function HistoryButton() {
  const t = useT();
  const open = useHistory((s) => s.open);
  const show = useHistory((s) => s.show);
  useHistorySync();
  return (
    <>
      <button type="button" onClick={() => show()} aria-haspopup="dialog">
        {t('historyApp.button')}
      </button>
      {open && <HistoryDialog />}
    </>
  );
}
