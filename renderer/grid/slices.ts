/**
 * Work over a long list in slices, one task each, so a ten-thousand-actor map never holds the page
 * in one long task: the first slice runs at once (a thousand-actor map is drawn in the same task
 * as before), the rest after the browser has had its turn. Returns a cancel function: a newer draw
 * abandons the slices of an older one. `start`: the first slice runs 'now', in the caller's task; in
 * a 'task' of its own (work that must not lengthen the render that asks for it); or 'afterFrame',
 * once the next frame is painted (a task posted from requestAnimationFrame runs after it), for
 * work nobody sees at once.
 * `priority`: the grid's people are drawn first ('user-visible'); work that can follow them (their
 * names, the whip count's rows, the links' list, the projection panel) is 'background': its slices
 * run whenever no more urgent task is queued (between a large map's slices of people only while
 * those wait for a frame).
 */

/**
 * User-visible slices run at most this many ahead of the frames that show them: Chrome runs a chain
 * of such tasks before a waiting frame, and that frame then styled four or five slices' nodes at
 * once (over 100 ms for ten thousand actors). One would leave the main thread idle while a slow
 * compositor finishes the last frame.
 */
const AHEAD_OF_FRAMES = 2;

export type SlicePriority = 'user-visible' | 'background';
export type SliceStart = 'now' | 'task' | 'afterFrame';

/** The browser's task scheduler (scheduler.postTask); absent outside browsers, where a timer stands in. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: SlicePriority; signal: AbortSignal }): Promise<unknown>;
}

/** Runs `fn` in a task of its own at `priority`. Returns a cancel function. */
function postTask(fn: () => void, priority: SlicePriority): () => void {
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

export function inSlices(
  total: number,
  size: number,
  slice: (from: number, to: number) => void,
  done: () => void,
  { start = 'now', priority = 'user-visible' }: { start?: SliceStart; priority?: SlicePriority } = {},
): () => void {
  let waiting = () => {};
  let cancelled = false;
  // Slices run since a frame last began (user-visible work only: background work never holds one back).
  let sinceFrame = 0;
  let frame = 0;
  const counting = priority === 'user-visible' && total > size && typeof requestAnimationFrame === 'function';
  const frameBegan = () => {
    sinceFrame = 0;
    frame = requestAnimationFrame(frameBegan);
  };
  if (counting) frame = requestAnimationFrame(frameBegan);
  const run = (from: number) => {
    if (cancelled) return;
    const to = Math.min(total, from + size);
    slice(from, to);
    sinceFrame++;
    if (to >= total) {
      cancelAnimationFrame(frame);
      done();
    } else if (counting && sinceFrame >= AHEAD_OF_FRAMES) waiting = afterNextFrame(() => run(to), priority);
    else waiting = postTask(() => run(to), priority);
  };
  if (start === 'afterFrame') waiting = afterNextFrame(() => run(0), priority);
  else if (start === 'task') waiting = postTask(() => run(0), priority);
  else run(0);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    waiting();
  };
}

/** How a keyed join draws one item: its key, its element made once, and the element brought up to date. */
export interface Join<T, D extends { readonly el: Element }> {
  /** What is drawn, by key; kept by the caller between joins. */
  drawn: Map<string, D>;
  key(item: T): string;
  make(item: T): D;
  write(d: D, item: T): void;
  /** Called before each slice (e.g. to read the selection once per slice, not once per item). */
  startSlice?(): void;
}

/**
 * A keyed join written directly to `parent`, in slices (inSlices): each item's element is made
 * once, brought up to date, and put in the items' order; what is no longer listed is removed once
 * the last slice is done, and `done` is called then. Thousands of rows or nodes cost as many
 * elements, not as many components.
 */
export function joinInSlices<T, D extends { readonly el: Element }>(
  parent: Element,
  items: readonly T[],
  join: Join<T, D>,
  { size, start, priority, done }: { size: number; start?: SliceStart; priority?: SlicePriority; done?: () => void },
): () => void {
  const seen = new Set<string>();
  let before: Element | null = null;
  return inSlices(
    items.length,
    size,
    (from, to) => {
      join.startSlice?.();
      for (let i = from; i < to; i++) {
        const item = items[i]!;
        const key = join.key(item);
        seen.add(key);
        let d = join.drawn.get(key);
        if (!d) join.drawn.set(key, (d = join.make(item)));
        join.write(d, item);
        // Put in the order given: for the grid, a later actor is painted over an earlier one.
        const at: Element | null = before ? before.nextElementSibling : parent.firstElementChild;
        if (at !== d.el) parent.insertBefore(d.el, at);
        before = d.el;
      }
    },
    () => {
      for (const [key, d] of join.drawn) {
        if (seen.has(key)) continue;
        d.el.remove();
        join.drawn.delete(key);
      }
      done?.();
    },
    { start, priority },
  );
}
