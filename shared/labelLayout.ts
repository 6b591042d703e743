/**
 * Where actors' names go on the grid so that no name covers another name or another actor's dot.
 * Pure: the renderer measures the text, this picks a side for each label, and the renderer draws
 * the text inside exactly the box chosen here (labelOffset), so what was checked is what is drawn.
 */

/** The four sides, then the four corners (tried when every side is taken). */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

/**
 * A side next to the node; or that side for the label's short form (when the full name fits
 * nowhere next to it); or, failing both, a side farther out, tied to its node by a leader line.
 * A string, so a node whose place did not change is not redrawn.
 */
export type LabelPlace = LabelSide | `${LabelSide}/short` | `${LabelSide}/far`;

/** How much farther than `gap` a far label sits. */
export const FAR = 2.6;

export function parsePlace(place: LabelPlace): { side: LabelSide; short: boolean; far: boolean } {
  const [side, form] = place.split('/') as [LabelSide, string | undefined];
  return { side, short: form === 'short', far: form === 'far' };
}

export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];

export interface LabelRequest {
  id: string;
  /** Screen position of the node's centre. */
  x: number;
  y: number;
  /** Label size in screen pixels. */
  width: number;
  height: number;
  /** Width of the label's short form, tried on every side when the full one fits on none. */
  shortWidth?: number;
  /** The sides this label may take, in order of preference (all eight by default). */
  sides?: readonly LabelSide[];
  /** False for a label with no dot at its anchor (a block's name): no node obstacle is added for it. */
  dot?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The label's box relative to its node's centre: what layout checks and what ActorNode draws.
 * `gap` must exceed the node's obstacle radius, or no side is ever free of the node itself.
 */
export function labelOffset(side: LabelSide, width: number, height: number, gap: number): Box {
  const c = gap;
  switch (side) {
    case 'right':
      return { x0: gap, y0: -height / 2, x1: gap + width, y1: height / 2 };
    case 'left':
      return { x0: -gap - width, y0: -height / 2, x1: -gap, y1: height / 2 };
    case 'above':
      return { x0: -width / 2, y0: -gap - height, x1: width / 2, y1: -gap };
    case 'below':
      return { x0: -width / 2, y0: gap, x1: width / 2, y1: gap + height };
    case 'above-right':
      return { x0: c, y0: -c - height, x1: c + width, y1: -c };
    case 'above-left':
      return { x0: -c - width, y0: -c - height, x1: -c, y1: -c };
    case 'below-right':
      return { x0: c, y0: c, x1: c + width, y1: c + height };
    case 'below-left':
      return { x0: -c - width, y0: c, x1: -c, y1: c + height };
  }
}

export function labelBox(r: LabelRequest, side: LabelSide, gap: number): Box {
  const o = labelOffset(side, r.width, r.height, gap);
  return { x0: r.x + o.x0, y0: r.y + o.y0, x1: r.x + o.x1, y1: r.y + o.y1 };
}

export const boxesOverlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places labels one at a time, in priority order, around a fixed set of dots (see layoutLabels). */
export interface LabelPlacer {
  place(q: LabelRequest): LabelPlace | null;
}

/**
 * Greedy label placement: requests are taken in priority order (the caller puts the selection and
 * seats first); each label takes the first side whose box overlaps no label already placed and no
 * node (every dot, its own included, is an obstacle of `nodeRadius`) and no fixed obstacle (the
 * path's arrows and badges, block names); failing that its short form takes the first free side;
 * failing that the full name goes farther out (with a leader line); failing that the name or its
 * short form takes a side that covers only fixed obstacles (a name matters more than a badge);
 * failing that it is hidden (the node keeps its accessible name). A bucket grid keeps it near
 * linear for a thousand actors. One label at a time, so a caller can spread ten thousand over
 * several tasks.
 */
export function labelPlacer(
  dots: Iterable<{ x: number; y: number }>,
  opts: { gap: number; nodeRadius: number; bounds?: Box; obstacles?: readonly Box[] },
): LabelPlacer {
  // Bucket grids of 64-pixel cells, keyed by one number per cell and walked without allocating:
  // every commit lays out a thousand names, so this loop is on the path of every drop. Fixed
  // obstacles have a grid of their own: a name that fits nowhere else may still cover one rather
  // than vanish.
  const cell = 64;
  const placed = new Map<number, Box[]>();
  const fixed = new Map<number, Box[]>();
  const key = (i: number, j: number) => i * 0x100000 + j;
  /** Walks the cells `b` covers: files `b` in each (add), or tells whether a box filed there overlaps it. */
  const walk = (grid: Map<number, Box[]>, b: Box, add: boolean): boolean => {
    const i1 = Math.floor(b.x1 / cell);
    const j0 = Math.floor(b.y0 / cell);
    const j1 = Math.floor(b.y1 / cell);
    for (let i = Math.floor(b.x0 / cell); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const list = grid.get(key(i, j));
        if (add) {
          if (list) list.push(b);
          else grid.set(key(i, j), [b]);
        } else if (list) for (const o of list) if (boxesOverlap(b, o)) return true;
      }
    }
    return false;
  };
  const hitsIn = (grid: Map<number, Box[]>, b: Box) => walk(grid, b, false);
  const add = (grid: Map<number, Box[]>, b: Box) => walk(grid, b, true);
  const r = opts.nodeRadius;
  for (const q of dots) add(placed, { x0: q.x - r, y0: q.y - r, x1: q.x + r, y1: q.y + r });
  for (const b of opts.obstacles ?? []) add(fixed, b);
  const bo = opts.bounds;
  const within = (b: Box) => !bo || (b.x0 >= bo.x0 && b.x1 <= bo.x1 && b.y0 >= bo.y0 && b.y1 <= bo.y1);
  /** The first of `sides` whose box for a label `width` wide is inside the bounds and free; soft: fixed obstacles count too. */
  const free = (q: LabelRequest, width: number, sides: readonly LabelSide[], gap: number, soft: boolean): { side: LabelSide; box: Box } | null => {
    for (const side of sides) {
      const o = labelOffset(side, width, q.height, gap);
      o.x0 += q.x;
      o.x1 += q.x;
      o.y0 += q.y;
      o.y1 += q.y;
      if (within(o) && !hitsIn(placed, o) && !(soft && hitsIn(fixed, o))) return { side, box: o };
    }
    return null;
  };
  return {
    place(q) {
      const sides = q.sides ?? LABEL_SIDES;
      const short = q.shortWidth;
      let found: { side: LabelSide; box: Box } | null;
      let place: LabelPlace | null = null;
      if ((found = free(q, q.width, sides, opts.gap, true))) place = found.side;
      else if (short !== undefined && (found = free(q, short, sides, opts.gap, true))) place = `${found.side}/short`;
      else if (!q.sides && (found = free(q, q.width, LABEL_SIDES, opts.gap * FAR, true))) place = `${found.side}/far`;
      else if ((found = free(q, q.width, sides, opts.gap, false))) place = found.side;
      else if (short !== undefined && (found = free(q, short, sides, opts.gap, false))) place = `${found.side}/short`;
      if (found) add(placed, found.box);
      return place;
    },
  };
}

/** Every label of `requests` placed at once (labelPlacer), by id. */
export function layoutLabels(
  requests: LabelRequest[],
  opts: { gap: number; nodeRadius: number; bounds?: Box; obstacles?: readonly Box[] },
): Map<string, LabelPlace | null> {
  const placer = labelPlacer(
    requests.filter((q) => q.dot !== false),
    opts,
  );
  const out = new Map<string, LabelPlace | null>();
  for (const q of requests) out.set(q.id, placer.place(q));
  return out;
}
