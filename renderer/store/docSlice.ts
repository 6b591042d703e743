/**
 * The open map. Every edit is an operation: applied here at once (optimistically), sent to the host
 * in order, and its inverse kept for undo. An edit the host refuses is rolled back with that same
 * inverse; an edit the file could not take (disk full, read-only, moved, host gone) stays on screen,
 * marked not saved, so the user can save the window's map as a copy elsewhere.
 *
 * Other tabs or windows may edit the same map. Each edit carries the document revision this view
 * last saw; the host merges one made on an older revision field by field, or refuses it as `stale`,
 * and this view then reloads the map (keeping its own edits still on their way). Undo steps carry
 * the map they were made on, so undoing never restores a whole value over someone else's change.
 */
import { REDO_LABEL, stacksFromJournal, UNDO_LABEL } from '../../shared/history/replay';
import type { JournalNote } from '../../shared/history/types';
import type { StateCreator } from 'zustand';
import type { ArgsOf, ErrorCode, MapOrigin, OpenedMap, Result } from '../../shared/contract';
import type { PowerMap } from '../../shared/model';
import { rebaseOperation, RebaseConflict } from '../../shared/merge/rebase';
import { applyOperation, OpError, type Move, type Operation } from '../../shared/ops';
import { toInterchangeV2 } from '../../shared/interchange';
import { api } from '../api/client';
import type { Store } from '.';

export type SaveStatus = 'saved' | 'saving' | 'error';

const HISTORY_LIMIT = 500;

/**
 * The journal entries a reopened map replays its undo stacks from: enough for HISTORY_LIMIT steps
 * with undos and redos among them. Reading a whole long journal instead (50,000 entries) held the
 * page 350 ms as the map opened, to keep at most 500 steps.
 */
const REPLAYED_ENTRIES = 4 * HISTORY_LIMIT;

/** Failures of the file or the host rather than of the edit: the edit is kept, not rolled back. */
const FILE_FAILURES: ReadonlySet<ErrorCode> = new Set(['disk-full', 'read-only', 'file-gone', 'locked', 'io']);

/** An undo (or redo) step: its operation, and the map it was meant to apply to. */
export interface HistoryStep {
  op: Operation;
  on: PowerMap;
}

export interface DocSlice {
  docId: string | null;
  /** The host's revision of the document this view's map reflects. */
  revision: number;
  fileName: string;
  readOnly: boolean;
  /** The map this one is a breakout group's copy of. */
  origin: MapOrigin | null;
  map: PowerMap | null;
  /** The map with an uncommitted drag applied, shown while the pointer is down. */
  draft: PowerMap | null;
  undoStack: HistoryStep[];
  redoStack: HistoryStep[];
  status: SaveStatus;
  /** The window holds edits its file does not; further edits stay local until a copy is saved. */
  unsaved: boolean;
  selection: string[];
  openResult(r: Result<OpenedMap>): boolean;
  closeMap(): Promise<void>;
  /** Save a copy: of the file, or of the window's map when the file could not take its edits. */
  saveCopy(): Promise<boolean>;
  /**
   * Applies a user action; resolves to false if it was refused. `seen`: the map the action was
   * prepared on (a dialog opened earlier); only what the user changed there is applied. `note`:
   * the meeting (or label) the journal files the edit under.
   */
  perform(op: Operation, seen?: PowerMap, note?: JournalNote): Promise<boolean>;
  /** Asks the host whether another view changed the map, or its file changed; reloads if so. */
  sync(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  setDraftMoves(moves: Move[] | null): void;
  select(ids: string[]): void;
}

type Entry = 'do' | 'undo' | 'redo';

let queue: Promise<unknown> = Promise.resolve();
/** Edits made here that the host has not acknowledged yet, oldest first. */
let inFlight: { op: Operation }[] = [];
/** The host merged an edit of ours into changes made elsewhere: reload once nothing is in flight. */
let behind = false;

export const createDocSlice: StateCreator<Store, [], [], DocSlice> = (set, get) => {
  /** Replaces the map with the host's, with this view's unacknowledged edits on top. */
  async function reload(docId: string): Promise<void> {
    const r = await api()['maps.get']({ docId });
    if (!r.ok || get().docId !== docId) return;
    let map = r.value.map;
    for (const pending of inFlight) {
      try {
        map = applyOperation(map, pending.op).map;
      } catch {
        // The host will refuse it too, and that refusal rolls it back.
      }
    }
    behind = false;
    set({ map, revision: r.value.revision, readOnly: r.value.readOnly });
  }

  /** A step prepared on `on` restated for the map as it is now; null (and a message) if it clashes. */
  function rebased(op: Operation, on: PowerMap): Operation | null {
    const current = get().map;
    if (!current || on === current) return op;
    try {
      return rebaseOperation(on, op, current);
    } catch (e) {
      if (!(e instanceof RebaseConflict)) throw e;
      get().showError({ code: 'stale', message: e.message });
      return null;
    }
  }

  /**
   * Undo survives reopening: the stacks the journal replays to (shared/history/replay.ts), under
   * anything done since the map opened. Queued, so the journal read sees no edit made after it.
   */
  function restoreHistory(docId: string, opened: PowerMap): void {
    queue = queue.then(async () => {
      const r = await api()['maps.journal']({ docId, last: REPLAYED_ENTRIES });
      if (!r.ok || get().docId !== docId || !r.value.length) return;
      // Replayed on the map as it opened: the journal read holds none of the edits made since.
      const replayed = stacksFromJournal(opened, r.value, HISTORY_LIMIT);
      set((s) => ({
        undoStack: [...replayed.undo, ...s.undoStack].slice(-HISTORY_LIMIT),
        // An edit made meanwhile cleared the redo stack, as a new edit always does.
        redoStack: s.undoStack.length ? s.redoStack : [...replayed.redo, ...s.redoStack],
      }));
    });
  }

  async function run(original: Operation, entry: Entry, on?: PowerMap, note?: JournalNote): Promise<boolean> {
    const { map, docId, readOnly } = get();
    if (!map || !docId) return false;
    if (readOnly) {
      get().showError({ code: 'read-only', message: 'read-only' });
      return false;
    }
    const op = on ? rebased(original, on) : original;
    if (!op) return false;
    let applied;
    try {
      applied = applyOperation(map, op);
    } catch (e) {
      if (e instanceof OpError) {
        get().showError({ code: 'op-rejected', message: e.message, params: { reason: e.code, subject: e.subject } });
        return false;
      }
      throw e;
    }
    const step: HistoryStep = { op: applied.inverse, on: applied.map };
    const history =
      entry === 'do'
        ? { undoStack: [...get().undoStack, step].slice(-HISTORY_LIMIT), redoStack: [] }
        : entry === 'undo'
          ? { undoStack: get().undoStack.slice(0, -1), redoStack: [...get().redoStack, step] }
          : { redoStack: get().redoStack.slice(0, -1), undoStack: [...get().undoStack, step] };
    if (get().unsaved) {
      // The file is behind the window: sending more edits would apply them to a different map.
      set({ map: applied.map, draft: null, status: 'error', ...history });
      return true;
    }
    set({ map: applied.map, draft: null, status: 'saving', ...history });
    // Edits reach the host one at a time, in the order they were made, each based on the revision
    // the one before it left.
    const ticket = { op };
    inFlight.push(ticket);
    const sent = queue.then(async () => {
      // Undo and redo are marked in the journal, so the stacks can be replayed when the map reopens.
      const journalNote = entry === 'undo' ? { label: UNDO_LABEL } : entry === 'redo' ? { label: REDO_LABEL } : note;
      const r = await api()['maps.apply']({ docId, op, base: get().revision, note: journalNote });
      inFlight = inFlight.filter((t) => t !== ticket);
      if (get().docId !== docId) return r;
      if (r.ok) {
        set({ revision: r.value.revision });
        behind ||= r.value.merged;
        if (behind && !inFlight.length) await reload(docId);
      } else if (r.error.code === 'stale') {
        await reload(docId);
      }
      return r;
    });
    queue = sent;
    const r = await sent;
    if (get().docId !== docId) return r.ok;
    if (r.ok) {
      set((s) => ({ status: s.status === 'error' ? 'error' : 'saved', map: s.map ? { ...s.map, updatedAt: r.value.updatedAt } : s.map }));
      return true;
    }
    if (r.error.code === 'stale') {
      // The map now shows the other view's change; the refused step leaves the history.
      set((s) => ({ status: 'error', ...dropRefused(s, entry, original) }));
      get().showError(r.error);
      return false;
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
    set((s) => ({ status: 'error', ...dropRefused(s, entry, original, on) }));
    get().showError(r.error);
    return false;
  }

  /** The history after the host refused a step: undo and redo put theirs back, a new edit is forgotten. */
  function dropRefused(s: DocSlice, entry: Entry, op: Operation, on?: PowerMap): Pick<DocSlice, 'undoStack' | 'redoStack'> {
    const back = { op, on: on ?? s.map! };
    return {
      undoStack: entry === 'undo' ? [...s.undoStack, back] : entry === 'do' ? s.undoStack.slice(0, -1) : s.undoStack,
      redoStack: entry === 'redo' ? [...s.redoStack.slice(0, -1), back] : entry === 'undo' ? s.redoStack.slice(0, -1) : s.redoStack,
    };
  }

  return {
    docId: null,
    revision: 0,
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
      const { docId, fileName, readOnly, map, origin, revision } = r.value;
      inFlight = [];
      behind = false;
      set({ docId, revision, fileName, readOnly, map, origin, draft: null, undoStack: [], redoStack: [], status: 'saved', unsaved: false, selection: [], error: null });
      sessionStorage.setItem('powermap.openDoc', docId);
      restoreHistory(docId, map);
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
      return get().openResult(await api()['maps.saveAs']({ docId, ...(unsaved ? { map: toInterchangeV2(map, []) as ArgsOf<'maps.saveAs'>['map'] } : {}) }));
    },
    perform: (op, seen, note) => run(op, 'do', seen, note),
    async undo() {
      const step = get().undoStack.at(-1);
      if (step) await run(step.op, 'undo', step.on);
    },
    async redo() {
      const step = get().redoStack.at(-1);
      if (step) await run(step.op, 'redo', step.on);
    },
    async sync() {
      const { docId } = get();
      if (!docId || get().unsaved || get().draft) return;
      // In the queue, so a reload never lands between an edit and its acknowledgement.
      queue = queue.then(async () => {
        if (get().docId !== docId || get().unsaved || inFlight.length) return;
        const r = await api()['maps.state']({ docId });
        if (!r.ok || get().docId !== docId) return;
        if (r.value.problem && !get().readOnly) {
          // Told now rather than at the next edit: the user can save a copy before doing more work.
          set({ status: 'error', unsaved: true });
          get().showError({ code: r.value.problem, message: r.value.problem });
          return;
        }
        if (r.value.revision !== get().revision) await reload(docId);
      });
      await queue;
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
