/**
 * Work over a long list in slices, one task each, so a ten-thousand-actor map never holds the page
 * in one long task: the first slice runs at once (a thousand-actor map is drawn in the same task
 * as before), the rest after the browser has had its turn. Returns a cancel function: a newer draw
 * abandons the slices of an older one.
 */
export function inSlices(total: number, size: number, slice: (from: number, to: number) => void, done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const run = (from: number) => {
    if (cancelled) return;
    const to = Math.min(total, from + size);
    slice(from, to);
    if (to < total) timer = setTimeout(() => run(to), 0);
    else done();
  };
  run(0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
