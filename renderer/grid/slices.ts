/**
 * Work over a long list in slices, one task each, so a ten-thousand-actor map never holds the page
 * in one long task: the first slice runs at once (a thousand-actor map is drawn in the same task
 * as before), the rest after the browser has had its turn. Returns a cancel function: a newer draw
 * abandons the slices of an older one. `afterFrame`: the first slice too waits until the next frame
 * is painted (a task posted from requestAnimationFrame runs after it), for work nobody sees at once.
 * `priority`: the grid's people are drawn first ('user-visible'); work that can follow them (their
 * names, the whip count's rows, the links' list, the projection panel) is 'background': its slices
 * run whenever no more urgent task is queued, never between the slices of a large map's people.
 */
export type SlicePriority = 'user-visible' | 'background';

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
  let ran = false;
  scheduler
    .postTask(() => {
      ran = true;
      fn();
    }, { priority, signal: abort.signal })
    // A cancelled task rejects with an AbortError; one that threw is reported like any uncaught error.
    .catch((e: unknown) => ran && reportError(e));
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
  { afterFrame = false, priority = 'user-visible' }: { afterFrame?: boolean; priority?: SlicePriority } = {},
): () => void {
  let waiting = () => {};
  let cancelled = false;
  const run = (from: number) => {
    if (cancelled) return;
    const to = Math.min(total, from + size);
    slice(from, to);
    if (to < total) waiting = postTask(() => run(to), priority);
    else done();
  };
  if (afterFrame) waiting = afterNextFrame(() => run(0), priority);
  else run(0);
  return () => {
    cancelled = true;
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
  { size, afterFrame = false, priority, done }: { size: number; afterFrame?: boolean; priority?: SlicePriority; done?: () => void },
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
    { afterFrame, priority },
  );
}
