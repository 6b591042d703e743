/**
 * The open map's journal, paired with the map it ends at. The screen's map runs ahead of the file
 * while an edit is on its way, so rewinding it with an older journal would undo the wrong things;
 * the pair is taken only once the host has every edit, and read again whenever the map's revision
 * moves (an edit here or in another view).
 */
import { useEffect, useState } from 'react';
import type { JournalText } from '../../shared/history/types';
import type { PowerMap } from '../../shared/model';
import { readJournalText } from '../history/readJournalText';
import { useApp } from '../store';

export interface JournalView {
  /** The journal as JSON text: only the workers parse it. */
  text: JournalText;
  /** The map as of the last entry. */
  map: PowerMap;
}

/** Null until the first answer arrives; then the latest consistent pair. */
export function useJournal(): JournalView | null {
  const docId = useApp((s) => s.docId);
  const revision = useApp((s) => s.revision);
  const saving = useApp((s) => s.status === 'saving');
  const [view, setView] = useState<JournalView | null>(null);
  useEffect(() => {
    if (!docId || saving) return;
    let live = true;
    void readJournalText(docId).then((r) => {
      const s = useApp.getState();
      if (!live) return;
      if (!r.ok) return s.showError(r.error);
      // A newer edit went out meanwhile (the answer after it makes the pair), or the screen holds
      // edits the file could not take (no pair until they are saved elsewhere).
      if (s.status === 'saving' || s.unsaved || s.revision !== revision || !s.map) return;
      setView({ text: r.value, map: s.map });
    });
    return () => {
      live = false;
    };
  }, [docId, revision, saving]);
  return view;
}
