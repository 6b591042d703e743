/**
 * One person's stance over time (DESIGN.md §10): each journal entry that changed their column (or
 * put them on or took them off the map), with the meeting or label behind it. Rebuilt backwards from
 * the current map like the timeline.
 */
import { column, type PowerMap } from '../model';
import { applyOperation } from '../ops';
import { entryKind, replayStacks, userLabel, type EntryKind } from './replay';
import type { JournalEntry } from './types';

/** Where the person stood: a column 0–4, 'unplaced' (in the roster) or 'absent' (not on the map). */
export type Standing = number | 'unplaced' | 'absent';

export interface StanceMove {
  seq: number;
  at: string;
  from: Standing;
  to: Standing;
  kind: EntryKind;
  label: string | null;
  meeting: string | null;
}

function standing(map: PowerMap, id: string): Standing {
  const a = map.actors.find((x) => x.id === id);
  if (!a) return 'absent';
  return a.x === null ? 'unplaced' : column(a.x);
}

/** The person's moves, oldest first. */
export function stanceHistory(current: PowerMap, entries: readonly JournalEntry[], actorId: string): StanceMove[] {
  const { origin } = replayStacks(entries, Infinity);
  const moves: StanceMove[] = [];
  let map = current;
  let after = standing(map, actorId);
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    try {
      map = applyOperation(map, e.inverse).map;
    } catch {
      break;
    }
    const before = standing(map, actorId);
    if (before !== after) {
      const source = entries[origin[i]!]!;
      moves.push({ seq: e.seq, at: e.at, from: before, to: after, kind: entryKind(e), label: userLabel(source.label), meeting: source.meeting });
    }
    after = before;
  }
  return moves.reverse();
}
