/**
 * The map at a past moment, rebuilt from the journal by applying inverses backwards (DESIGN.md
 * §10). Pure: the entries come from the store, the map from the document.
 */
import type { PowerMap } from '../model';
import { applyOperation } from '../ops';
import type { JournalEntry } from './types';

/** The map as it was once every entry up to and including `at` was committed. */
export function mapAt(current: PowerMap, entries: readonly JournalEntry[], at: string): PowerMap {
  const when = Date.parse(at);
  let map = current;
  for (let i = entries.length - 1; i >= 0 && Date.parse(entries[i]!.at) > when; i--) map = applyOperation(map, entries[i]!.inverse).map;
  return map;
}
