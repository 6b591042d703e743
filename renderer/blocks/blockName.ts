/**
 * Where a voting block's name goes on the grid: centred above its top member, moved inward so the
 * whole name stays inside the plot, and away from people's dots and the path's arrows (see
 * blockNamePlace). The pills are then obstacles of the names' layout, so no name covers one.
 */
import type { PlotBox } from '../../shared/geometry';
import { boxesOverlap, type Box } from '../../shared/labelLayout';
import { NODE_RADIUS } from '../grid/shapes';

/** The name's size on screen (pixels, the same at every zoom): legible from the back of a room. */
export const BLOCK_NAME_PX = 14;
/** How far from its member a block's name's centre sits, in screen pixels. */
export const BLOCK_NAME_RISE = NODE_RADIUS + 18;
const PAD_X = 6;
const HEIGHT = BLOCK_NAME_PX + 8;

/** An estimate of the name's width on screen, with its pill's padding. */
export const blockNameWidth = (name: string) => name.length * BLOCK_NAME_PX * 0.6 + 2 * PAD_X;

export interface BlockNamePlace {
  /** The member point the name hangs from (BLOCK_NAME_RISE screen pixels away), in plot pixels, moved inward. */
  x: number;
  y: number;
  side: 'above' | 'below';
  width: number;
  height: number;
}

const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));

/** The pill's box on screen (zoomed pixels) for a place at zoom k: an obstacle for people's names. */
export function blockNameBox(p: BlockNamePlace, k: number): Box {
  const cy = p.y * k + nameOffset(p);
  return { x0: p.x * k - p.width / 2, y0: cy - p.height / 2, x1: p.x * k + p.width / 2, y1: cy + p.height / 2 };
}


/**
 * The name's place for a hull whose top and bottom members are at `top` and `bottom` (plot
 * pixels), at zoom k; the plot box is in plot pixels too. The first place that covers no dot (with
 * a few pixels to spare), no other block's name and nothing in `avoid` (the path's arrows and
 * badges, in screen pixels) wins: above the top member, below the bottom member, each slid left or
 * right by half and a whole name's width, then the same held inside the plot, then beside the
 * block. Where every place covers something (a crowded, narrow grid) the name still shows where it
 * covers least, no dot if it can: a block must be recognisable, and people's labels make room for it.
 */
export function blockNamePlace(
  name: string,
  top: [number, number],
  bottom: [number, number],
  box: PlotBox,
  k: number,
  nodes: readonly [number, number][] = [],
  taken: readonly BlockNamePlace[] = [],
  avoid: readonly Box[] = [],
): BlockNamePlace {
  return placeName(name, top, bottom, box, k, dotGrid(nodes, k), taken.map((t) => blockNameBox(t, k)), avoid);
}

/** Places for every block's name, earlier blocks first; `hulls` give each block's top and bottom member. */
export function blockNamePlaces(
  hulls: readonly { id: string; name: string; labelX: number; labelY: number; bottom: [number, number] }[],
  box: PlotBox,
  k: number,
  nodes: readonly [number, number][],
  avoid: readonly Box[] = [],
): Map<string, BlockNamePlace> {
  const out = new Map<string, BlockNamePlace>();
  const dots = dotGrid(nodes, k);
  const taken: Box[] = [];
  for (const h of hulls) {
    const place = placeName(h.name, [h.labelX, h.labelY], h.bottom, box, k, dots, taken, avoid);
    out.set(h.id, place);
    taken.push(blockNameBox(place, k));
  }
  return out;
}

const CELL = 64;
const DOT_REACH = NODE_RADIUS + 5;

/**
 * People's dots on screen (zoom k) in a bucket grid: each candidate place counts the dots it covers
 * from the few cells around it, not from every dot (five hundred blocks by ten thousand people
 * took seconds).
 */
function dotGrid(nodes: readonly [number, number][], k: number) {
  const cells = new Map<number, number[]>();
  for (const [nx, ny] of nodes) {
    const x = nx * k;
    const y = ny * k;
    const key = Math.floor(x / CELL) * 0x100000 + Math.floor(y / CELL);
    const list = cells.get(key);
    if (list) list.push(x, y);
    else cells.set(key, [x, y]);
  }
  /** How many dots (with a few pixels to spare) the box b covers. */
  return (b: Box): number => {
    let count = 0;
    const i1 = Math.floor((b.x1 + DOT_REACH) / CELL);
    const j0 = Math.floor((b.y0 - DOT_REACH) / CELL);
    const j1 = Math.floor((b.y1 + DOT_REACH) / CELL);
    for (let i = Math.floor((b.x0 - DOT_REACH) / CELL); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = cells.get(i * 0x100000 + j);
        if (!list) continue;
        for (let n = 0; n < list.length; n += 2) {
          const x = list[n]!;
          const y = list[n + 1]!;
          if (b.x0 < x + DOT_REACH && x - DOT_REACH < b.x1 && b.y0 < y + DOT_REACH && y - DOT_REACH < b.y1) count++;
        }
      }
    }
    return count;
  };
}

function placeName(
  name: string,
  top: [number, number],
  bottom: [number, number],
  box: PlotBox,
  k: number,
  dotsUnder: (b: Box) => number,
  taken: readonly Box[],
  avoid: readonly Box[],
): BlockNamePlace {
  const width = blockNameWidth(name);
  const halfW = width / 2 / k;
  const reach = (BLOCK_NAME_RISE + HEIGHT / 2) / k;
  const x0 = box.left + halfW;
  const x1 = box.left + box.width - halfW;
  const place = (side: 'above' | 'below', [px, py]: [number, number], slide = 0): BlockNamePlace => ({
    x: clamp(px + (slide * width) / k, x0, x1),
    y: side === 'above' ? clamp(py, box.top + reach, box.top + box.height) : clamp(py, box.top, box.top + box.height - reach),
    side,
    width,
    height: HEIGHT,
  });
  const natural = (side: 'above' | 'below', p: [number, number]) => (side === 'above' ? p[1] - reach >= box.top : p[1] + reach <= box.top + box.height);
  const slides = [0, -0.5, 0.5, -1, 1];
  const around = (side: 'above' | 'below', p: [number, number]) => slides.map((d) => place(side, p, d));
  // Beside the block, halfway between its top and bottom members: the name centred there.
  const mid: [number, number] = [(top[0] + bottom[0]) / 2, (top[1] + bottom[1]) / 2];
  const aside = (dir: -1 | 1) => place('above', [mid[0] + (dir * (width / 2 + NODE_RADIUS + 10)) / k, mid[1] + BLOCK_NAME_RISE / k]);
  const candidates = [
    ...(natural('above', top) ? around('above', top) : []),
    ...(natural('below', bottom) ? around('below', bottom) : []),
    ...around('above', top),
    ...around('below', bottom),
    aside(-1),
    aside(1),
  ];
  // What a place covers: a dot counts most (a name over a person hides them), then another block's
  // name, then the path's arrows and badges.
  const cost = (c: BlockNamePlace) => {
    const b = blockNameBox(c, k);
    let n = 3 * dotsUnder(b);
    for (const t of taken) if (boxesOverlap(b, t)) n += 2;
    for (const a of avoid) if (boxesOverlap(b, a)) n += 1;
    return n;
  };
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    const n = cost(c);
    if (n === 0) return c;
    if (n < bestCost) [best, bestCost] = [c, n];
  }
  return best;
}

/** Signed offset of the name's centre from its member point, in screen pixels. */
export const nameOffset = (place: BlockNamePlace) => (place.side === 'above' ? -BLOCK_NAME_RISE : BLOCK_NAME_RISE);
