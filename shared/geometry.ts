/**
 * Pure geometry of the power-map grid (DESIGN.md §3): where the plot sits in the view, how map
 * coordinates (x alignment in [-1, 1], y power in [0, 1]) turn into pixels and back under a zoom
 * transform and where a drop lands. Label placement lives in labelLayout.ts (re-exported here).
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

/** `top` makes room for column headings that wrap onto more lines on a narrow screen. */
export function plotBox(viewWidth: number, viewHeight: number, top: number = MARGIN.top): PlotBox {
  return {
    left: MARGIN.left,
    top,
    width: Math.max(50, viewWidth - MARGIN.left - MARGIN.right),
    height: Math.max(50, viewHeight - top - MARGIN.bottom),
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

export { FAR, layoutLabels, labelBox, labelOffset, parsePlace, LABEL_SIDES, type LabelPlace, type LabelRequest, type LabelSide } from './labelLayout';
