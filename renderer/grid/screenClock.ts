/**
 * When the map screen began to render, so that work which could join the commit that shows it (a
 * small map's first draw) does so only if that commit has been quick so far.
 */
let renderStartedAt = -Infinity;

/** Called once, as the map screen first renders (before any of its parts). */
export function markScreenRender(): void {
  renderStartedAt = performance.now();
}

/** Milliseconds since the map screen began to render. */
export function sinceScreenRender(): number {
  return performance.now() - renderStartedAt;
}
