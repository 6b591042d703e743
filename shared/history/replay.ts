/**
 * Undo that survives reopening. The journal records undo and redo like any other edit; the renderer
 * marks them with a reserved label (UNDO_LABEL, REDO_LABEL) in the note it sends with the edit, so
 * the undo and redo stacks can be replayed from the journal when the map opens again:
 *   - an entry without a reserved label is a new edit ("do"): it goes on the undo stack (keeping the
 *     last `limit`) and clears the redo stack;
 *   - UNDO_LABEL pops the undo stack onto the redo stack;
 *   - REDO_LABEL pops the redo stack back onto the undo stack.
 *   - IMPORT_LABEL (the entries an imported map starts with) empties both stacks.
 * The same rules the renderer's store follows live (renderer/store/docSlice.ts). Reserved labels
 * start with "powermap:"; the app never shows them as a note, and a user's label cannot take them
 * (the app only sends them for undo and redo).
 */
import type { PowerMap } from '../model';
import { applyOperation, type Operation } from '../ops';
import type { JournalEntry } from './types';

export const UNDO_LABEL = 'powermap:undo';
export const REDO_LABEL = 'powermap:redo';
/**
 * The entries a map starts with when it is imported (its interchange history, or everyone arriving):
 * history to look at, never steps to undo, so the stacks start empty after them.
 */
export const IMPORT_LABEL = 'powermap:import';

export type EntryKind = 'do' | 'undo' | 'redo';

export const entryKind = (e: Pick<JournalEntry, 'label'>): EntryKind => (e.label === UNDO_LABEL ? 'undo' : e.label === REDO_LABEL ? 'redo' : 'do');

/** A label a person wrote (or null): the reserved undo and redo marks are not notes. */
export const userLabel = (label: string | null): string | null => (label && !label.startsWith('powermap:') ? label : null);

export interface ReplayedStacks {
  /** Indices into the entries, bottom of each stack first. */
  undo: number[];
  redo: number[];
  /** Per entry: for an undo or redo, the index of the edit ("do") it undid or did again; else its own. */
  origin: number[];
}

export function replayStacks(entries: readonly Pick<JournalEntry, 'label'>[], limit: number): ReplayedStacks {
  let undo: number[] = [];
  let redo: number[] = [];
  const origin: number[] = [];
  entries.forEach((e, i) => {
    const kind = entryKind(e);
    if (e.label === IMPORT_LABEL) {
      origin.push(i);
      undo = [];
      redo = [];
    } else if (kind === 'do') {
      origin.push(i);
      undo.push(i);
      if (undo.length > limit) undo = undo.slice(-limit);
      redo = [];
    } else if (kind === 'undo') {
      const top = undo.pop();
      origin.push(top === undefined ? i : origin[top]!);
      if (top !== undefined) redo.push(i);
    } else {
      const top = redo.pop();
      origin.push(top === undefined ? i : origin[top]!);
      if (top !== undefined) undo.push(i);
    }
  });
  return { undo, redo, origin };
}

/** An undo (or redo) step: the operation, and the map it was meant to apply to. */
export interface ReplayedStep {
  op: Operation;
  on: PowerMap;
}

/**
 * The undo and redo stacks of a map as it opens: each step undoes its entry (applies the entry's
 * inverse) on the map as it stood right after that entry, rebuilt from `current` backwards. Steps
 * older than an entry whose inverse no longer applies (a journal out of step with the map) are
 * dropped rather than risked.
 */
export function stacksFromJournal(current: PowerMap, entries: readonly JournalEntry[], limit: number): { undo: ReplayedStep[]; redo: ReplayedStep[] } {
  const { undo, redo } = replayStacks(entries, limit);
  const needed = Math.min(undo[0] ?? entries.length, redo[0] ?? entries.length);
  const after = new Map<number, PowerMap>();
  let map = current;
  for (let i = entries.length - 1; i >= needed; i--) {
    after.set(i, map);
    try {
      map = applyOperation(map, entries[i]!.inverse).map;
    } catch {
      break;
    }
  }
  // Both stacks hold indices in increasing order: what cannot be rebuilt is a bottom part of them.
  const steps = (ids: number[]) => ids.filter((i) => after.has(i)).map((i) => ({ op: entries[i]!.inverse, on: after.get(i)! }));
  return { undo: steps(undo), redo: steps(redo) };
}
