/**
 * Where nodes, hulls and links go for given actor positions (plot pixels). React's drawing and the
 * drag preview both use these, so a drag shows exactly what the release will draw.
 */
import { hullPath } from '../../shared/geometry';
import { textWidth } from '../layout/textWidth';

export type Point = [number, number];

/** Sizes in screen pixels, the same at every zoom. */
export const NODE_RADIUS = 9;
/** Names are read from the back of a room: at least 14 px (issue #11). */
export const LABEL_FONT_PX = 14;
/** Obstacle radius of a node for label layout: the seat ring and its stroke, with a pixel to spare. */
export const NODE_CLEARANCE = NODE_RADIUS + 6;
/** From a node's centre to its label's box: just clear of the node's own obstacle. */
export const LABEL_GAP = NODE_CLEARANCE + 2;

/**
 * The short form of a name, shown when the full one fits nowhere on a crowded grid: "Karen T.",
 * "Faith C."; a single long word is cut. The node keeps the full name as its accessible name.
 */
export function shortLabel(name: string): string {
  let short = shortened.get(name);
  if (short === undefined) {
    if (shortened.size >= NAME_CACHE) shortened.clear();
    shortened.set(name, (short = shorten(name)));
  }
  return short;
}

// Every commit lays out every name again: each name's short form and size are worked out once.
const NAME_CACHE = 50_000;
const shortened = new Map<string, string>();
const sizes = new Map<string, { width: number; height: number }>();

function shorten(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length >= 2) return `${words[0]} ${Array.from(words[words.length - 1]!)[0]}.`;
  const chars = Array.from(name);
  return chars.length > 10 ? `${chars.slice(0, 9).join('')}…` : name;
}

/** The box a name needs, measured at the boldest weight it is drawn with (a selected actor's). */
export function labelSize(name: string): Readonly<{ width: number; height: number }> {
  let size = sizes.get(name);
  if (!size) {
    if (sizes.size >= NAME_CACHE) sizes.clear();
    sizes.set(name, (size = { width: Math.ceil(textWidth(name, LABEL_FONT_PX, 700)) + 6, height: LABEL_FONT_PX + 5 }));
  }
  return size;
}

/** Places a block name's pill at a point of the zoomed layer (it keeps its size through --inv-k). */
export const translateTo = ([x, y]: Point) => `translate(${x},${y})`;

export interface HullGeometry {
  path: string;
  /** The top member, above which the block's name sits. */
  labelX: number;
  labelY: number;
}

/** The hull around a block's placed members, or null when none is placed. */
export function hullGeometry(members: readonly string[], at: (id: string) => Point | undefined): HullGeometry | null {
  const pts = members.flatMap((id) => {
    const p = at(id);
    return p ? [p] : [];
  });
  const path = hullPath(pts);
  if (!path) return null;
  const top = pts.reduce((best, p) => (p[1] < best[1] ? p : best));
  return { path, labelX: top[0], labelY: top[1] };
}

export interface LinkEnds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A link shortened so it starts outside the influencer and its arrow stops at the decision-maker's
 * edge at zoom k; null when the two are too close on screen to draw an arrow between them.
 */
export function linkEnds([ax, ay]: Point, [bx, by]: Point, k: number): LinkEnds | null {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy) || 1;
  if (len * k < 2 * NODE_RADIUS + 8) return null;
  const start = (NODE_RADIUS + 2) / k;
  const end = (NODE_RADIUS + 5) / k;
  return { x1: ax + (dx / len) * start, y1: ay + (dy / len) * start, x2: bx - (dx / len) * end, y2: by - (dy / len) * end };
}
