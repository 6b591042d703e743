/**
 * Where to put a person placed without a mouse ("Place", the editor's column choice for someone
 * not on the grid yet): a free spot in the chosen column, so a new dot never lands on top of
 * another one. Pure: the caller gives the spacing in map units (it knows the screen's scale).
 */
import { COLUMN_COUNT, columnCentre } from './model';

export interface Spacing {
  /** Smallest horizontal and vertical distance, in map units, that keeps two dots apart. */
  dx: number;
  dy: number;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** 0, +1, −1, +2, −2, …: steps outward from a preferred middle. */
function outward(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i % 2 ? (i + 1) / 2 : -i / 2));
}

/**
 * A point in `col` at least one spacing (an ellipse of radii dx, dy) from every taken point:
 * the one nearest the column's centre at mid power, searching up and down first and then out to
 * the column's sides. When the column is full, the point farthest from its nearest neighbour.
 */
export function freeSpot(taken: readonly { x: number; y: number }[], col: number, spacing: Spacing): { x: number; y: number } {
  const halfWidth = 1 / COLUMN_COUNT; // half a column, in alignment units
  const cx = columnCentre(col);
  const rows = Math.max(1, Math.floor(0.9 / spacing.dy));
  const cols = Math.max(1, Math.floor((2 * halfWidth * 0.8) / spacing.dx));
  let best = { x: cx, y: 0.5 };
  let bestGap = -1;
  for (const i of outward(cols)) {
    const x = cx + i * spacing.dx;
    if (Math.abs(x - cx) > halfWidth * 0.8) continue;
    for (const j of outward(rows)) {
      const y = 0.5 + j * spacing.dy;
      if (y < 0.05 || y > 0.95) continue;
      // Distance to the nearest dot, 1 = exactly one spacing away.
      const gap = Math.min(Infinity, ...taken.map((p) => Math.hypot((p.x - x) / spacing.dx, (p.y - y) / spacing.dy)));
      if (gap >= 1) return { x: round(x), y: round(y) };
      if (gap > bestGap) {
        bestGap = gap;
        best = { x, y };
      }
    }
  }
  return { x: round(best.x), y: round(best.y) };
}
