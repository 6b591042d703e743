/**
 * The open map. Every edit is an operation: applied here at once (optimistically), sent to the host
 * in order, and its inverse kept for undo. An edit the host refuses is rolled back with that same
 * inverse; an edit the file could not take (disk full, read-only, moved, host gone) stays on screen,
 * marked not saved, so the user can save the window's map as a copy elsewhere.
 */
import type { StateCreator } from 'zustand';
import type { ArgsOf, ErrorCode, MapOrigin, OpenedMap, Result } from '../../shared/contract';
import type { PowerMap } from '../../shared/model';
import { applyOperation, OpError, type Move, type Operation } from '../../shared/ops';
import { toInterchange } from '../../shared/schema';
import { api } from '../api/client';
import type { Store } from '.';

export type SaveStatus = 'saved' | 'saving' | 'error';

const HISTORY_LIMIT = 500;

/** Failures of the file or the host rather than of the edit: the edit is kept, not rolled back. */
const FILE_FAILURES: ReadonlySet<ErrorCode> = new Set(['disk-full', 'read-only', 'file-gone', 'locked', 'io']);

export interface DocSlice {
  docId: string | null;
  fileName: string;
  readOnly: boolean;
  /** The map this one is a breakout group's copy of. */
  origin: MapOrigin | null;
  map: PowerMap | null;
  /** The map with an uncommitted drag applied, shown while the pointer is down. */
  draft: PowerMap | null;
  undoStack: Operation[];
  redoStack: Operation[];
  status: SaveStatus;
  /** The window holds edits its file does not; further edits stay local until a copy is saved. */
  unsaved: boolean;
  selection: string[];
  openResult(r: Result<OpenedMap>): boolean;
  closeMap(): Promise<void>;
  /** Save a copy: of the file, or of the window's map when the file could not take its edits. */
  saveCopy(): Promise<boolean>;
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
    if (get().unsaved) {
      // The file is behind the window: sending more edits would apply them to a different map.
      set({ map: applied.map, draft: null, status: 'error', ...history });
      return true;
    }
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
    if (FILE_FAILURES.has(r.error.code)) {
      set({ status: 'error', unsaved: true });
      get().showError(r.error);
      return false;
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
    origin: null,
    map: null,
    draft: null,
    undoStack: [],
    redoStack: [],
    status: 'saved',
    unsaved: false,
    selection: [],
    openResult(r) {
      if (!r.ok) {
        if (r.error.code !== 'cancelled') get().showError(r.error);
        return false;
      }
      const { docId, fileName, readOnly, map, origin } = r.value;
      set({ docId, fileName, readOnly, map, origin, draft: null, undoStack: [], redoStack: [], status: 'saved', unsaved: false, selection: [], error: null });
      sessionStorage.setItem('powermap.openDoc', docId);
      return true;
    },
    async closeMap() {
      const { docId } = get();
      await queue;
      if (docId) await api()['maps.close']({ docId });
      sessionStorage.removeItem('powermap.openDoc');
      set({ docId: null, map: null, draft: null, undoStack: [], redoStack: [], selection: [], unsaved: false });
      await get().loadRecent();
    },
    async saveCopy() {
      await queue;
      const { docId, map, unsaved } = get();
      if (!docId || !map) return false;
      return get().openResult(await api()['maps.saveAs']({ docId, ...(unsaved ? { map: toInterchange(map) as ArgsOf<'maps.saveAs'>['map'] } : {}) }));
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
