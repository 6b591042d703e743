/**
 * Work over a long list in slices, one task each, so a ten-thousand-actor map never holds the page
 * in one long task: by default the first slice runs at once (an edit to a thousand-actor map is
 * drawn in the commit that makes it), the rest after the browser has had its turn. Returns a
 * cancel function: a newer draw abandons the slices of an older one.
 * `start`: the first slice runs 'now', in the caller's task; in a 'task' of its own (work that must
 * not lengthen the render that asks for it, like a map's first draw); or 'afterFrame', once the
 * next frame is painted (a task posted from requestAnimationFrame runs after it), for work nobody
 * sees at once.
 * `priority`: the grid's people are drawn first ('user-visible'); work that can follow them (their
 * names, the whip count's rows, the links' list, the projection panel) is 'background': its slices
 * run when no more urgent task is queued, and not while a large map's people are being drawn.
 */

/**
 * Slices run at most this many ahead of the frames that show them, unless a job asks for fewer:
 * Chrome runs a chain of tasks before a waiting frame, and that frame then styled four or five
 * slices' nodes at once (over 100 ms for ten thousand actors), or laid out 1,774 whip-count rows
 * written by a hundred and forty background slices (307 ms). One would leave the main thread idle
 * while a slow compositor finishes the last frame.
 */
const AHEAD_OF_FRAMES = 2;

/**
 * The time a background slice keeps to (a keyed join's, or any that asks outOfTime): a thousand new
 * rows of the links' list took 40 to 50 ms, and the first names a page places 0.15 ms each.
 */
export const BACKGROUND_SLICE_MS = 12;

export type SlicePriority = 'user-visible' | 'background';
export type SliceStart = 'now' | 'task' | 'afterFrame';

/** The browser's task scheduler (scheduler.postTask); absent outside browsers, where a timer stands in. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: SlicePriority; signal: AbortSignal }): Promise<unknown>;
}

/**
 * User-visible jobs of several slices still running (a large map's people being drawn, or given
 * their names). Background tasks wait until there are none: a panel that mounted, or a list that
 * grew, between two of those slices would share their frame and push it past 100 ms.
 */
let drawing = 0;
const waitingForDrawing = new Set<() => void>();

function drawingEnded() {
  if (--drawing > 0) return;
  const waiting = [...waitingForDrawing];
  waitingForDrawing.clear();
  for (const post of waiting) post();
}

/** Runs `fn` in a task of its own at `priority` (background: once nothing is drawing). Returns a cancel function. */
function postTask(fn: () => void, priority: SlicePriority): () => void {
  if (priority === 'user-visible') return postNow(fn, priority);
  let cancel = () => {};
  const post = () => {
    cancel = postNow(() => {
      if (drawing === 0) return fn();
      waitingForDrawing.add(post);
      cancel = () => waitingForDrawing.delete(post);
    }, priority);
  };
  post();
  return () => cancel();
}

function postNow(fn: () => void, priority: SlicePriority): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (!scheduler) {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const abort = new AbortController();
  const task = () => {
    try {
      fn();
    } catch (e) {
      // Reported like any uncaught error, not lost in the task's promise.
      queueMicrotask(() => {
        throw e;
      });
    }
  };
  // The promise only says the task was cancelled (an AbortError), which is what cancelling means.
  scheduler.postTask(task, { priority, signal: abort.signal }).catch(() => {});
  return () => abort.abort();
}

/**
 * Runs `fn` once the next frame is painted: a task posted from requestAnimationFrame runs after that
 * frame. Returns a cancel function.
 */
export function afterNextFrame(fn: () => void, priority: SlicePriority = 'user-visible'): () => void {
  let cancelTask = () => {};
  const frame = requestAnimationFrame(() => (cancelTask = postTask(fn, priority)));
  return () => {
    cancelAnimationFrame(frame);
    cancelTask();
  };
}

/** A slice that stopped short of its `to` (it weighs its items, or keeps to a time budget): the next one goes on from `reached`. */
export interface StoppedShort {
  reached: number;
}

/**
 * `slice(from, to, outOfTime)` does items `from` to `to` (exclusive), or says where it stopped
 * short. `outOfTime()` is true once a background slice has run BACKGROUND_SLICE_MS (never for a
 * user-visible one): a slice that checks it between items keeps to the budget.
 */
export function inSlices(
  total: number,
  size: number,
  slice: (from: number, to: number, outOfTime: () => boolean) => StoppedShort | void,
  done: () => void,
  {
    start = 'now',
    priority = 'user-visible',
    aheadOfFrames = AHEAD_OF_FRAMES,
  }: { start?: SliceStart; priority?: SlicePriority; aheadOfFrames?: number } = {},
): () => void {
  let waiting = () => {};
  let cancelled = false;
  // Slices run since a frame last began.
  let sinceFrame = 0;
  let frame = 0;
  const paced = total > size && typeof requestAnimationFrame === 'function';
  const frameBegan = () => {
    sinceFrame = 0;
    frame = requestAnimationFrame(frameBegan);
  };
  if (paced) frame = requestAnimationFrame(frameBegan);
  // A user-visible job of several slices holds background work back until it ends.
  let running = paced && priority === 'user-visible';
  if (running) drawing++;
  /** Once, whether the job finished, was cancelled or threw. */
  const ended = () => {
    cancelAnimationFrame(frame);
    if (!running) return;
    running = false;
    drawingEnded();
  };
  const run = (from: number) => {
    if (cancelled) return;
    const end = Math.min(total, from + size);
    let to: number;
    try {
      const deadline = priority === 'background' ? performance.now() + BACKGROUND_SLICE_MS : Infinity;
      const outOfTime = () => deadline !== Infinity && performance.now() > deadline;
      // Every slice makes progress, whatever it returns.
      to = Math.min(end, Math.max(from + 1, slice(from, end, outOfTime)?.reached ?? end));
    } catch (e) {
      ended();
      throw e;
    }
    sinceFrame++;
    if (to >= total) {
      ended();
      done();
    } else if (paced && sinceFrame >= aheadOfFrames) waiting = afterNextFrame(() => run(to), priority);
    else waiting = postTask(() => run(to), priority);
  };
  if (start === 'afterFrame') waiting = afterNextFrame(() => run(0), priority);
  else if (start === 'task') waiting = postTask(() => run(0), priority);
  else run(0);
  return () => {
    cancelled = true;
    ended();
    waiting();
  };
}

/** How a keyed join draws one item: its key, its element made once, and the element brought up to date. */
export interface Join<T, D extends { readonly el: Element }> {
  /** What is drawn, by key; kept by the caller between joins. */
  drawn: Map<string, D>;
  key(item: T): string;
  make(item: T): D;
  /** Brings `d` up to date; returns what that cost, in items (1 if nothing is said): a slice holds `size` of them. */
  write(d: D, item: T): number | void;
  /** Called before each slice (e.g. to read the selection once per slice, not once per item). */
  startSlice?(): void;
}

/**
 * A keyed join written directly to `parent`, in slices (inSlices): each item's element is made
 * once, brought up to date, and put in the items' order; what is no longer listed is removed once
 * the last slice is done, and `done` is called then. Thousands of rows or nodes cost as many
 * elements, not as many components. A slice ends after `size` items, or sooner once the costs its
 * writes report add up to `size` (a pass that gives a thousand nodes their names is a heavier frame
 * than one that only draws them), or, in the background, after BACKGROUND_SLICE_MS.
 */
export function joinInSlices<T, D extends { readonly el: Element }>(
  parent: Element,
  items: readonly T[],
  join: Join<T, D>,
  {
    size,
    start,
    priority,
    aheadOfFrames,
    done,
  }: { size: number; start?: SliceStart; priority?: SlicePriority; aheadOfFrames?: number; done?: () => void },
): () => void {
  const seen = new Set<string>();
  let before: Element | null = null;
  return inSlices(
    items.length,
    size,
    (from, to, outOfTime) => {
      join.startSlice?.();
      let spent = 0;
      let i = from;
      for (; i < to && spent < size && !outOfTime(); i++) {
        const item = items[i]!;
        const key = join.key(item);
        seen.add(key);
        let d = join.drawn.get(key);
        if (!d) join.drawn.set(key, (d = join.make(item)));
        spent += join.write(d, item) ?? 1;
        // Put in the order given: for the grid, a later actor is painted over an earlier one.
        const at: Element | null = before ? before.nextElementSibling : parent.firstElementChild;
        if (at !== d.el) parent.insertBefore(d.el, at);
        before = d.el;
      }
      return { reached: i };
    },
    () => {
      for (const [key, d] of join.drawn) {
        if (seen.has(key)) continue;
        d.el.remove();
        join.drawn.delete(key);
      }
      done?.();
    },
    { start, priority, aheadOfFrames },
  );
}
