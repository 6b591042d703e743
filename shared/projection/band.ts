/**
 * The joint distribution of (present, yes) kept only where it lives: a rectangle of rows t
 * (members present) and columns y (yes votes) instead of the whole triangle t ≤ k.
 *
 * Why: the full triangle makes a pass O(N³). In real bodies most members attend for sure
 * (pPresent = 1), so t is known exactly and the rectangle is one row; and the yes count of a
 * few hundred members spreads over a few dozen values, so rows and columns whose total mass is
 * negligible (below NEGLIGIBLE per step, summed over every trimmed edge) are dropped. A pass is
 * then O(N · width): the 400-seat New Hampshire House projects in milliseconds, not seconds.
 *
 * The backward value functions live on the forward rectangle grown by one cell each way
 * ("dilated"): a per-member what-if (absent instead of present, no instead of yes) moves the
 * state by one cell, and its value must still be known there.
 */

/** Mass dropped per step at most; over 10,000 members the total stays below 1e-12. */
export const NEGLIGIBLE = 1e-16;

export interface Rect {
  t0: number;
  y0: number;
  rows: number;
  cols: number;
}

/** Cell (t, y) is data[(t − t0) · cols + (y − y0)]; cells outside the rectangle are zero. */
export interface Band extends Rect {
  data: Float64Array;
}

export function unitBand(): Band {
  return { t0: 0, y0: 0, rows: 1, cols: 1, data: Float64Array.of(1) };
}

export function cells(r: Rect): number {
  return r.rows * r.cols;
}

/** The rectangle after one member with weights (absent a, yes b, no c), before trimming. */
export function grown(src: Rect, a: number, b: number, c: number): Rect {
  const t0 = src.t0 + (a === 0 ? 1 : 0);
  const t1 = src.t0 + src.rows - 1 + (b + c > 0 ? 1 : 0);
  const y0 = src.y0 + (a === 0 && c === 0 ? 1 : 0);
  const y1 = src.y0 + src.cols - 1 + (b > 0 ? 1 : 0);
  return { t0, y0, rows: t1 - t0 + 1, cols: y1 - y0 + 1 };
}

/** One cell more on every side (never below zero): where a one-member what-if can land. */
export function dilated(r: Rect): Rect {
  const t0 = Math.max(0, r.t0 - 1);
  const y0 = Math.max(0, r.y0 - 1);
  return { t0, y0, rows: r.t0 + r.rows + 1 - t0, cols: r.y0 + r.cols + 1 - y0 };
}

function union(rs: readonly Rect[]): Rect {
  const t0 = Math.min(...rs.map((r) => r.t0));
  const y0 = Math.min(...rs.map((r) => r.y0));
  const t1 = Math.max(...rs.map((r) => r.t0 + r.rows));
  const y1 = Math.max(...rs.map((r) => r.y0 + r.cols));
  return { t0, y0, rows: t1 - t0, cols: y1 - y0 };
}

/** dst += w · src shifted by (dt, dy): dst(t, y) += w · src(t + dt, y + dy), zero outside src. */
function addShifted(dst: Band, src: Band, w: number, dt: number, dy: number): void {
  if (w === 0) return;
  const d = dst.data;
  const s = src.data;
  const yLo = Math.max(dst.y0, src.y0 - dy);
  const yHi = Math.min(dst.y0 + dst.cols, src.y0 + src.cols - dy);
  if (yLo >= yHi) return;
  const tLo = Math.max(dst.t0, src.t0 - dt);
  const tHi = Math.min(dst.t0 + dst.rows, src.t0 + src.rows - dt);
  for (let t = tLo; t < tHi; t++) {
    const di = (t - dst.t0) * dst.cols - dst.y0;
    const si = (t + dt - src.t0) * src.cols - src.y0 + dy;
    for (let y = yLo; y < yHi; y++) d[di + y] = d[di + y]! + w * s[si + y]!;
  }
}

/** Σ f(t, y) · v(t + dt, y + dy) over f's cells (v is zero outside its rectangle). */
export function dotShifted(f: Band, v: Band, dt: number, dy: number): number {
  const yLo = Math.max(f.y0, v.y0 - dy);
  const yHi = Math.min(f.y0 + f.cols, v.y0 + v.cols - dy);
  if (yLo >= yHi) return 0;
  const tLo = Math.max(f.t0, v.t0 - dt);
  const tHi = Math.min(f.t0 + f.rows, v.t0 + v.rows - dt);
  const fd = f.data;
  const vd = v.data;
  let sum = 0;
  for (let t = tLo; t < tHi; t++) {
    const fi = (t - f.t0) * f.cols - f.y0;
    const vi = (t + dt - v.t0) * v.cols - v.y0 + dy;
    for (let y = yLo; y < yHi; y++) sum += fd[fi + y]! * vd[vi + y]!;
  }
  return sum;
}

function blank(r: Rect, buffer: Float64Array): Band {
  const data = buffer.subarray(0, cells(r));
  data.fill(0);
  return { ...r, data };
}

function rowMass(b: Band, r: number, c0: number, c1: number): number {
  let s = 0;
  const at = r * b.cols;
  for (let c = c0; c < c1; c++) s += b.data[at + c]!;
  return s;
}

function colMass(b: Band, c: number, r0: number, r1: number): number {
  let s = 0;
  for (let r = r0; r < r1; r++) s += b.data[r * b.cols + c]!;
  return s;
}

/**
 * Drops edge rows and columns while the mass they hold stays below NEGLIGIBLE in all, and packs
 * what is left to the front of the same buffer. Only edges are summed, so this costs the
 * rectangle's perimeter, not its area.
 */
function trim(band: Band): Band {
  const { rows, cols, data } = band;
  let budget = NEGLIGIBLE;
  let r0 = 0;
  let r1 = rows;
  let c0 = 0;
  let c1 = cols;
  // Always keep one cell: an empty rectangle would lose the grid's position.
  for (let m: number; r1 - r0 > 1 && (m = rowMass(band, r0, c0, c1)) < budget; r0++) budget -= m;
  for (let m: number; r1 - r0 > 1 && (m = rowMass(band, r1 - 1, c0, c1)) < budget; r1--) budget -= m;
  for (let m: number; c1 - c0 > 1 && (m = colMass(band, c0, r0, r1)) < budget; c0++) budget -= m;
  for (let m: number; c1 - c0 > 1 && (m = colMass(band, c1 - 1, r0, r1)) < budget; c1--) budget -= m;
  if (r0 === 0 && r1 === rows && c0 === 0 && c1 === cols) return band;
  const w = c1 - c0;
  for (let r = r0; r < r1; r++) data.copyWithin((r - r0) * w, r * cols + c0, r * cols + c1);
  return { t0: band.t0 + r0, y0: band.y0 + c0, rows: r1 - r0, cols: w, data: data.subarray(0, (r1 - r0) * w) };
}

/** The distribution after one more member, written into `buffer` (at least cells(grown(src)) long). */
export function stepBand(src: Band, a: number, b: number, c: number, buffer: Float64Array): Band {
  const dst = blank(grown(src, a, b, c), buffer);
  addShifted(dst, src, a, 0, 0);
  addShifted(dst, src, b, -1, -1);
  addShifted(dst, src, c, -1, 0);
  return trim(dst);
}

/**
 * One member backward: the value before the member on `shape`, from the value after it; and the
 * forward state `fwd` paired with the member's three outcomes, written to out[at..at+2]:
 * Σ F·V(absent), Σ F·V(yes), Σ F·V(no).
 */
export function stepBackBand(
  after: Band,
  a: number,
  b: number,
  c: number,
  shape: Rect,
  buffer: Float64Array,
  fwd: Band,
  out: Float64Array,
  at: number,
): Band {
  const dst = blank(shape, buffer);
  addShifted(dst, after, a, 0, 0);
  addShifted(dst, after, b, 1, 1);
  addShifted(dst, after, c, 1, 0);
  out[at] = dotShifted(fwd, after, 0, 0);
  out[at + 1] = dotShifted(fwd, after, 1, 1);
  out[at + 2] = dotShifted(fwd, after, 1, 0);
  return dst;
}

/** Σ w_i · src_i over the sources present, on the union of their rectangles. */
export function mixBands(srcs: readonly (Band | null)[], weights: readonly number[], buffer: (size: number) => Float64Array): Band {
  const used = srcs.filter((s, i): s is Band => s !== null && weights[i] !== 0);
  const present = used.length > 0 ? used : srcs.filter((s): s is Band => s !== null);
  const shape = union(present);
  const dst = blank(shape, buffer(cells(shape)));
  srcs.forEach((s, i) => {
    if (s !== null) addShifted(dst, s, weights[i]!, 0, 0);
  });
  return dst;
}

/** f(yes, no) on a rectangle; cells that cannot occur (y > t) are zero. */
export function tabulateBand(shape: Rect, f: (yes: number, no: number) => number): Band {
  const data = new Float64Array(cells(shape));
  for (let r = 0; r < shape.rows; r++) {
    const t = shape.t0 + r;
    for (let c = 0; c < shape.cols; c++) {
      const y = shape.y0 + c;
      if (y <= t) data[r * shape.cols + c] = f(y, t - y);
    }
  }
  return { ...shape, data };
}

export function expectationBand(band: Band, f: (yes: number, no: number) => number): number {
  let sum = 0;
  for (let r = 0; r < band.rows; r++) {
    const t = band.t0 + r;
    for (let c = 0; c < band.cols; c++) {
      const v = band.data[r * band.cols + c]!;
      const y = band.y0 + c;
      if (v !== 0 && y <= t) sum += v * f(y, t - y);
    }
  }
  return sum;
}

/** P(yes = y) for y = 0..length-1. */
export function yesMarginalBand(band: Band, length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (let r = 0; r < band.rows; r++) {
    for (let c = 0; c < band.cols; c++) {
      const y = band.y0 + c;
      if (y < length) out[y] = out[y]! + band.data[r * band.cols + c]!;
    }
  }
  return out;
}
