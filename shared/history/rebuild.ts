/**
 * The map at a past moment, rebuilt from the journal by applying inverses backwards (DESIGN.md
 * §10). Pure: the entries come from the store, the map from the document.
 */
import type { PowerMap } from '../model';
import { applyOperation } from '../ops';
import type { JournalEntry } from './types';

/** What rewinding needs of an entry: when it was committed, and its inverse. */
export type Rewind = Pick<JournalEntry, 'at' | 'inverse'>;

/** The map as it was once every entry up to and including `at` was committed. */
export function mapAt(current: PowerMap, entries: readonly Rewind[], at: string): PowerMap {
  let map = current;
  const undone = rewoundTo(entries, at);
  for (let i = entries.length - 1; i >= undone; i--) map = applyOperation(map, entries[i]!.inverse).map;
  return map;
}

/** The index of the first entry that rebuilding the map at `at` undoes (the entries after it are undone too). */
function rewoundTo(entries: readonly Rewind[], at: string): number {
  const when = Date.parse(at);
  let i = entries.length;
  while (i > 0 && Date.parse(entries[i - 1]!.at) > when) i--;
  return i;
}

/** Just what rebuilding the map at `at` (or any later moment) reads of the journal: the entries it undoes, time and inverse. */
export const rewindTo = (entries: readonly Rewind[], at: string): Rewind[] => entries.slice(rewoundTo(entries, at)).map(({ at, inverse }) => ({ at, inverse }));
