/**
 * Work over a long list in slices, one task each, so a ten-thousand-actor map never holds the page
 * in one long task: the first slice runs at once (a thousand-actor map is drawn in the same task
 * as before), the rest after the browser has had its turn. Returns a cancel function: a newer draw
 * abandons the slices of an older one. `afterFrame`: the first slice too waits until the next frame
 * is painted (a task posted from requestAnimationFrame runs after it), for work nobody sees at once.
 */
/**
 * Runs `fn` once the next frame is painted: a task posted from requestAnimationFrame runs after that
 * frame. Returns a cancel function.
 */
export function afterNextFrame(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function inSlices(
  total: number,
  size: number,
  slice: (from: number, to: number) => void,
  done: () => void,
  { afterFrame = false }: { afterFrame?: boolean } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = () => {};
  let cancelled = false;
  const run = (from: number) => {
    if (cancelled) return;
    const to = Math.min(total, from + size);
    slice(from, to);
    if (to < total) timer = setTimeout(() => run(to), 0);
    else done();
  };
  if (afterFrame) waiting = afterNextFrame(() => run(0));
  else run(0);
  return () => {
    cancelled = true;
    waiting();
    clearTimeout(timer);
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
  { size, afterFrame = false, done }: { size: number; afterFrame?: boolean; done?: () => void },
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
    { afterFrame },
  );
}
