/** The open map's journal, read again whenever the map's revision moves (an edit here or elsewhere). */
import { useEffect, useState } from 'react';
import type { JournalEntry } from '../../shared/history/types';
import { api } from '../api/client';
import { useApp } from '../store';

/** Null until the first answer arrives. */
export function useJournal(): JournalEntry[] | null {
  const docId = useApp((s) => s.docId);
  const revision = useApp((s) => s.revision);
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  useEffect(() => {
    if (!docId) return;
    let live = true;
    void api()
      ['maps.journal']({ docId })
      .then((r) => {
        if (!live) return;
        if (r.ok) setEntries(r.value);
        else useApp.getState().showError(r.error);
      });
    return () => {
      live = false;
    };
  }, [docId, revision]);
  return entries;
}
