/**
 * Pure geometry of the power-map grid (DESIGN.md §3): where the plot sits in the view, how map
 * coordinates (x alignment in [-1, 1], y power in [0, 1]) turn into pixels and back under a zoom
 * transform, where a drop lands, and where labels go so they do not overlap.
 */
import { polygonHull } from 'd3-polygon';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { COLUMN_COUNT, column } from './model';

/** The plotting rectangle at zoom 1, in view pixels. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A zoom transform in d3-zoom's shape: screen = plot * k + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 8;

/** Room around the plot for column headers (top), the power axis (left) and the alignment axis title (bottom). */
export const MARGIN = { top: 58, right: 20, bottom: 40, left: 46 } as const;

export function plotBox(viewWidth: number, viewHeight: number): PlotBox {
  return {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(50, viewWidth - MARGIN.left - MARGIN.right),
    height: Math.max(50, viewHeight - MARGIN.top - MARGIN.bottom),
  };
}

export interface PlotScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** Scales from map coordinates to view pixels at zoom 1 (power grows upwards). */
export function plotScales(box: PlotBox): PlotScales {
  return {
    x: scaleLinear().domain([-1, 1]).range([box.left, box.left + box.width]),
    y: scaleLinear().domain([0, 1]).range([box.top + box.height, box.top]),
  };
}

export function applyTransform(t: ViewTransform, [px, py]: readonly [number, number]): [number, number] {
  return [px * t.k + t.x, py * t.k + t.y];
}

export function invertTransform(t: ViewTransform, [sx, sy]: readonly [number, number]): [number, number] {
  return [(sx - t.x) / t.k, (sy - t.y) / t.k];
}

/** Screen pixel of a map point under a zoom transform. */
export function toScreen(s: PlotScales, t: ViewTransform, x: number, y: number): [number, number] {
  return applyTransform(t, [s.x(x), s.y(y)]);
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Map point under a screen pixel, clamped to the plot and rounded to a tidy precision. */
export function fromScreen(s: PlotScales, t: ViewTransform, sx: number, sy: number): { x: number; y: number } {
  const [px, py] = invertTransform(t, [sx, sy]);
  return { x: round(clamp(s.x.invert(px), -1, 1)), y: round(clamp(s.y.invert(py), 0, 1)) };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The alignments where one column ends and the next begins: -1, -0.6, …, 1. */
export function columnBoundaries(): number[] {
  return Array.from({ length: COLUMN_COUNT + 1 }, (_, i) => -1 + (2 * i) / COLUMN_COUNT);
}

/**
 * The column drawn under a screen x: a pixel on a boundary belongs to the column on its right, as
 * the shading is drawn, whatever rounding did to the alignment.
 */
export function columnAtScreenX(s: PlotScales, t: ViewTransform, sx: number): number {
  const edges = columnBoundaries().slice(1, -1).map((b) => s.x(b) * t.k + t.x);
  return edges.filter((e) => sx >= e).length;
}

/** Moves an alignment by the smallest step needed so that column(x) is `col`. */
export function snapToColumn(x: number, col: number): number {
  if (column(x) === col) return x;
  const [lo, hi] = [columnBoundaries()[col]!, columnBoundaries()[col + 1]!];
  const nudged = x < lo ? lo + 1e-4 : hi - 1e-4;
  return column(nudged) === col ? round(nudged) : nudged;
}

/** Where an actor dropped at a screen point lands: the map point there, in the column under the pointer. */
export function dropPoint(s: PlotScales, t: ViewTransform, sx: number, sy: number): { x: number; y: number } {
  const p = fromScreen(s, t, sx, sy);
  return { x: snapToColumn(p.x, columnAtScreenX(s, t, sx)), y: p.y };
}

/** The zoom transform that shows every point (map coordinates) inside the plot, with room to spare. */
export function fitTransform(s: PlotScales, box: PlotBox, points: { x: number; y: number }[]): ViewTransform {
  if (points.length === 0) return IDENTITY;
  const px = points.map((p) => s.x(p.x));
  const py = points.map((p) => s.y(p.y));
  const pad = 40;
  const [x0, x1, y0, y1] = [Math.min(...px), Math.max(...px), Math.min(...py), Math.max(...py)];
  const k = clamp(Math.min(box.width / Math.max(x1 - x0 + 2 * pad, 1), box.height / Math.max(y1 - y0 + 2 * pad, 1)), MIN_ZOOM, 1);
  // Never zoom in past 1 to "fit": a small cluster stays where the committee put it, just centred.
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: box.left + box.width / 2 - cx * k, y: box.top + box.height / 2 - cy * k };
}

/** The transform after zooming by `factor` around a screen point (which stays put). */
export function zoomAround(t: ViewTransform, factor: number, [sx, sy]: readonly [number, number]): ViewTransform {
  const k = clamp(t.k * factor, MIN_ZOOM, MAX_ZOOM);
  const [px, py] = invertTransform(t, [sx, sy]);
  return { k, x: sx - px * k, y: sy - py * k };
}

/** The convex hull of a block's member points (pixels), as an SVG path; one or two points give a dot or a bar. */
export function hullPath(points: [number, number][]): string | null {
  if (points.length === 0) return null;
  const hull = points.length >= 3 ? polygonHull(points) : null;
  const ring = hull ?? points;
  if (ring.length === 1) {
    const [x, y] = ring[0]!;
    return `M${x},${y}h0.01Z`;
  }
  return `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface LabelRequest {
  id: string;
  /** Screen position of the node's centre. */
  x: number;
  y: number;
  /** Label size in screen pixels. */
  width: number;
  height: number;
  /** The sides this label may take, in order of preference (all four by default). */
  sides?: LabelSide[];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function labelBox(r: LabelRequest, side: LabelSide, gap: number): Box {
  switch (side) {
    case 'right':
      return { x0: r.x + gap, y0: r.y - r.height / 2, x1: r.x + gap + r.width, y1: r.y + r.height / 2 };
    case 'left':
      return { x0: r.x - gap - r.width, y0: r.y - r.height / 2, x1: r.x - gap, y1: r.y + r.height / 2 };
    case 'above':
      return { x0: r.x - r.width / 2, y0: r.y - gap - r.height, x1: r.x + r.width / 2, y1: r.y - gap };
    case 'below':
      return { x0: r.x - r.width / 2, y0: r.y + gap, x1: r.x + r.width / 2, y1: r.y + gap + r.height };
  }
}

const SIDES: LabelSide[] = ['right', 'left', 'above', 'below'];

/**
 * Greedy label placement: requests are taken in priority order (the caller puts block names and
 * seats first); each label takes the first side that overlaps no label or node already placed,
 * or is hidden (the node keeps its accessible name and tooltip). A bucket grid keeps it near linear.
 */
export function layoutLabels(
  requests: LabelRequest[],
  opts: { gap: number; nodeRadius: number; bounds?: { x0: number; y0: number; x1: number; y1: number } },
): Map<string, LabelSide | null> {
  const cell = 64;
  // Buckets keyed by a number, not a "i,j" string: laying out a thousand labels on every commit
  // then makes no garbage beyond the boxes. Keys are unique while |j| < 2^20 cells (67 million px);
  // beyond that two cells would share a list, which costs comparisons, never a wrong answer.
  const buckets = new Map<number, Box[]>();
  const key = (i: number, j: number) => i * 0x200000 + j;
  const hits = (b: Box) => {
    for (let i = Math.floor(b.x0 / cell), i1 = Math.floor(b.x1 / cell); i <= i1; i++) {
      for (let j = Math.floor(b.y0 / cell), j1 = Math.floor(b.y1 / cell); j <= j1; j++) {
        const list = buckets.get(key(i, j));
        if (list) for (const o of list) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return true;
      }
    }
    return false;
  };
  const add = (b: Box) => {
    for (let i = Math.floor(b.x0 / cell), i1 = Math.floor(b.x1 / cell); i <= i1; i++) {
      for (let j = Math.floor(b.y0 / cell), j1 = Math.floor(b.y1 / cell); j <= j1; j++) {
        const list = buckets.get(key(i, j));
        if (list) list.push(b);
        else buckets.set(key(i, j), [b]);
      }
    }
  };
  const r = opts.nodeRadius;
  for (const q of requests) add({ x0: q.x - r, y0: q.y - r, x1: q.x + r, y1: q.y + r });
  const bo = opts.bounds;
  const within = (b: Box) => !bo || (b.x0 >= bo.x0 && b.x1 <= bo.x1 && b.y0 >= bo.y0 && b.y1 <= bo.y1);
  const out = new Map<string, LabelSide | null>();
  for (const q of requests) {
    let side: LabelSide | null = null;
    for (const sd of q.sides ?? SIDES) {
      const box = labelBox(q, sd, opts.gap);
      if (within(box) && !hits(box)) {
        side = sd;
        add(box);
        break;
      }
    }
    out.set(q.id, side);
  }
  return out;
}
