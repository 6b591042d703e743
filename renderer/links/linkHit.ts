/**
 * Which influence link a point on the grid is on: links are painted on a canvas (LinkCanvas), so
 * a click is matched to the nearest drawn link by geometry rather than by the element under it.
 */
import type { ViewTransform } from '../../shared/geometry';
import { linkEnds } from '../grid/shapes';
import type { LinkShape } from './linkPainter';

/** How near a link, in screen pixels, a click still picks it (the old hit line was 12 px wide). */
export const LINK_HIT_PX = 6;

/** The link drawn nearest `[vx, vy]` (the grid's view pixels) within LINK_HIT_PX, or null. */
export function linkAt(links: readonly LinkShape[], vx: number, vy: number, transform: ViewTransform, layoutK: number): LinkShape | null {
  const px = (vx - transform.x) / transform.k;
  const py = (vy - transform.y) / transform.k;
  let best: LinkShape | null = null;
  let bestD = LINK_HIT_PX / transform.k;
  for (const l of links) {
    const e = linkEnds([l.x1, l.y1], [l.x2, l.y2], layoutK);
    if (!e) continue;
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    const t = Math.max(0, Math.min(1, ((px - e.x1) * dx + (py - e.y1) * dy) / (dx * dx + dy * dy || 1)));
    const d = Math.hypot(px - (e.x1 + t * dx), py - (e.y1 + t * dy));
    // Later links are painted over earlier ones: on a tie the later one is the one seen.
    if (d <= bestD) {
      bestD = d;
      best = l;
    }
  }
  return best;
}
