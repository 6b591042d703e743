/**
 * Work over a long list in slices, one task each, so a ten-thousand-actor map never holds the page
 * in one long task: the first slice runs at once (a thousand-actor map is drawn in the same task
 * as before), the rest after the browser has had its turn. Returns a cancel function: a newer draw
 * abandons the slices of an older one. `afterFrame`: the first slice too waits until the next frame
 * is painted (a task posted from requestAnimationFrame runs after it), for work nobody sees at once.
 */
export function inSlices(
  total: number,
  size: number,
  slice: (from: number, to: number) => void,
  done: () => void,
  { afterFrame = false }: { afterFrame?: boolean } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let cancelled = false;
  const run = (from: number) => {
    if (cancelled) return;
    const to = Math.min(total, from + size);
    slice(from, to);
    if (to < total) timer = setTimeout(() => run(to), 0);
    else done();
  };
  if (afterFrame) frame = requestAnimationFrame(() => (timer = setTimeout(() => run(0), 0)));
  else run(0);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
