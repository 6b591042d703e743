/**
 * The open map. Every edit is an operation: applied here at once (optimistically), sent to the host
 * in order, and its inverse kept for undo. A refused edit is rolled back with that same inverse.
 */
import type { StateCreator } from 'zustand';
import type { OpenedMap, Result } from '../../shared/contract';
import type { PowerMap } from '../../shared/model';
import { applyOperation, OpError, type Move, type Operation } from '../../shared/ops';
import { api } from '../api/client';
import type { Store } from '.';

export type SaveStatus = 'saved' | 'saving' | 'error';

const HISTORY_LIMIT = 500;

export interface DocSlice {
  docId: string | null;
  fileName: string;
  readOnly: boolean;
  map: PowerMap | null;
  /** The map with an uncommitted drag applied, shown while the pointer is down. */
  draft: PowerMap | null;
  undoStack: Operation[];
  redoStack: Operation[];
  status: SaveStatus;
  selection: string[];
  openResult(r: Result<OpenedMap>): boolean;
  closeMap(): Promise<void>;
  /** Applies a user action; resolves to false if it was refused. */
  perform(op: Operation): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  setDraftMoves(moves: Move[] | null): void;
  select(ids: string[]): void;
}

type Entry = 'do' | 'undo' | 'redo';

let queue: Promise<unknown> = Promise.resolve();

export const createDocSlice: StateCreator<Store, [], [], DocSlice> = (set, get) => {
  async function run(op: Operation, entry: Entry): Promise<boolean> {
    const { map, docId, readOnly } = get();
    if (!map || !docId) return false;
    if (readOnly) {
      get().showError({ code: 'read-only', message: 'read-only' });
      return false;
    }
    let applied;
    try {
      applied = applyOperation(map, op);
    } catch (e) {
      if (e instanceof OpError) {
        get().showError({ code: 'op-rejected', message: e.message, params: { reason: e.code } });
        return false;
      }
      throw e;
    }
    const history =
      entry === 'do'
        ? { undoStack: [...get().undoStack, applied.inverse].slice(-HISTORY_LIMIT), redoStack: [] }
        : entry === 'undo'
          ? { undoStack: get().undoStack.slice(0, -1), redoStack: [...get().redoStack, applied.inverse] }
          : { redoStack: get().redoStack.slice(0, -1), undoStack: [...get().undoStack, applied.inverse] };
    set({ map: applied.map, draft: null, status: 'saving', ...history });
    // Edits reach the host one at a time, in the order they were made.
    const sent = queue.then(() => api()['maps.apply']({ docId, op }));
    queue = sent;
    const r = await sent;
    if (get().docId !== docId) return r.ok;
    if (r.ok) {
      set((s) => ({ status: s.status === 'error' ? 'error' : 'saved', map: s.map ? { ...s.map, updatedAt: r.value.updatedAt } : s.map }));
      return true;
    }
    // Roll the screen back to what the file holds, and forget the refused step.
    const current = get().map;
    if (current) {
      try {
        set({ map: applyOperation(current, applied.inverse).map });
      } catch {
        const fresh = await api()['maps.get']({ docId });
        if (fresh.ok) set({ map: fresh.value.map });
      }
    }
    set((s) => ({
      status: 'error',
      undoStack: entry === 'undo' ? [...s.undoStack, op] : entry === 'do' ? s.undoStack.slice(0, -1) : s.undoStack,
      redoStack: entry === 'redo' ? [...s.redoStack.slice(0, -1), op] : entry === 'undo' ? s.redoStack.slice(0, -1) : s.redoStack,
    }));
    get().showError(r.error);
    return false;
  }

  return {
    docId: null,
    fileName: '',
    readOnly: false,
    map: null,
    draft: null,
    undoStack: [],
    redoStack: [],
    status: 'saved',
    selection: [],
    openResult(r) {
      if (!r.ok) {
        if (r.error.code !== 'cancelled') get().showError(r.error);
        return false;
      }
      const { docId, fileName, readOnly, map } = r.value;
      set({ docId, fileName, readOnly, map, draft: null, undoStack: [], redoStack: [], status: 'saved', selection: [], error: null });
      sessionStorage.setItem('powermap.openDoc', docId);
      return true;
    },
    async closeMap() {
      const { docId } = get();
      await queue;
      if (docId) await api()['maps.close']({ docId });
      sessionStorage.removeItem('powermap.openDoc');
      set({ docId: null, map: null, draft: null, undoStack: [], redoStack: [], selection: [] });
      await get().loadRecent();
    },
    perform: (op) => run(op, 'do'),
    async undo() {
      const op = get().undoStack.at(-1);
      if (op) await run(op, 'undo');
    },
    async redo() {
      const op = get().redoStack.at(-1);
      if (op) await run(op, 'redo');
    },
    setDraftMoves(moves) {
      const { map } = get();
      if (!map || !moves) return set({ draft: null });
      try {
        set({ draft: applyOperation(map, { type: 'actors.move', moves }).map });
      } catch {
        set({ draft: null });
      }
    },
    select(ids) {
      set({ selection: ids });
    },
  };
};
