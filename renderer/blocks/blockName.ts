/**
 * Where a voting block's name goes on the grid: centred above its top member, moved inward so the
 * whole name stays inside the plot, and away from people's dots (see blockNamePlace). Without
 * this the label layout's bounds and collision checks dropped many block names.
 */
import type { LabelRequest, PlotBox } from '../../shared/geometry';
import { LABEL_GAP, NODE_RADIUS } from '../grid/shapes';

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

type Box = { x0: number; y0: number; x1: number; y1: number };

/** The pill's box on screen (zoomed pixels) for a place at zoom k. */
function pillBox(p: BlockNamePlace, k: number): Box {
  const cy = p.y * k + nameOffset(p);
  return { x0: p.x * k - p.width / 2, y0: cy - p.height / 2, x1: p.x * k + p.width / 2, y1: cy + p.height / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The name's place for a hull whose top and bottom members are at `top` and `bottom` (plot
 * pixels), at zoom k; the plot box is in plot pixels too. The first place that covers no one wins:
 * above the top member, below the bottom member, then the same two held inside the plot. Where
 * every place covers someone (a crowded, narrow grid) the name still shows above its block: a
 * block must be recognisable, and people's labels make room for it.
 */
export function blockNamePlace(
  name: string,
  top: [number, number],
  bottom: [number, number],
  box: PlotBox,
  k: number,
  nodes: readonly [number, number][] = [],
  taken: readonly BlockNamePlace[] = [],
): BlockNamePlace {
  const width = blockNameWidth(name);
  const halfW = width / 2 / k;
  const reach = (BLOCK_NAME_RISE + HEIGHT / 2) / k;
  const x0 = box.left + halfW;
  const x1 = box.left + box.width - halfW;
  const place = (side: 'above' | 'below', [px, py]: [number, number]): BlockNamePlace => ({
    x: clamp(px, x0, x1),
    y: side === 'above' ? clamp(py, box.top + reach, box.top + box.height) : clamp(py, box.top, box.top + box.height - reach),
    side,
    width,
    height: HEIGHT,
  });
  const natural = (side: 'above' | 'below', p: [number, number]) => (side === 'above' ? p[1] - reach >= box.top : p[1] + reach <= box.top + box.height);
  const candidates = [
    ...(natural('above', top) ? [place('above', top)] : []),
    ...(natural('below', bottom) ? [place('below', bottom)] : []),
    place('above', top),
    place('below', bottom),
  ];
  const r = NODE_RADIUS + 3;
  // A thousand dots per candidate on every commit: compared in place, without a box per dot.
  const free = (c: BlockNamePlace) => {
    const b = pillBox(c, k);
    for (const [nx, ny] of nodes) {
      const x = nx * k;
      const y = ny * k;
      if (b.x0 < x + r && x - r < b.x1 && b.y0 < y + r && y - r < b.y1) return false;
    }
    return !taken.some((t) => overlaps(b, pillBox(t, k)));
  };
  return candidates.find(free) ?? candidates[0]!;
}

/** Places for every block's name, earlier blocks first; `hulls` give each block's top and bottom member. */
export function blockNamePlaces(
  hulls: readonly { id: string; name: string; labelX: number; labelY: number; bottom: [number, number] }[],
  box: PlotBox,
  k: number,
  nodes: readonly [number, number][],
): Map<string, BlockNamePlace> {
  const out = new Map<string, BlockNamePlace>();
  const taken: BlockNamePlace[] = [];
  for (const h of hulls) {
    const place = blockNamePlace(h.name, [h.labelX, h.labelY], h.bottom, box, k, nodes, taken);
    out.set(h.id, place);
    taken.push(place);
  }
  return out;
}

/** Signed offset of the name's centre from its member point, in screen pixels. */
export const nameOffset = (place: BlockNamePlace) => (place.side === 'above' ? -BLOCK_NAME_RISE : BLOCK_NAME_RISE);

/** The label-layout request for a block's name: it may only sit where it is, or not at all. */
export function blockNameRequest(id: string, place: BlockNamePlace, k: number): LabelRequest {
  // layoutLabels puts the box `gap` away from its anchor on the given side: move the anchor so the box is the pill.
  const centre = place.y * k + nameOffset(place);
  const edge = place.side === 'above' ? centre + place.height / 2 + LABEL_GAP : centre - place.height / 2 - LABEL_GAP;
  return { id: `block:${id}`, x: place.x * k, y: edge, width: place.width, height: place.height, sides: [place.side] };
}
