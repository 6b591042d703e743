/**
 * The joint distribution of (present, yes) among members processed so far, packed by diagonals:
 * cell (t, y) — t members present, y of them yes, t − y no — lives at t(t+1)/2 + y. After k members
 * only t ≤ k can be non-zero, so a level-k grid is just the first (k+1)(k+2)/2 cells and grows
 * without re-indexing. Every member is one three-term step:
 *   absent (a), present yes (b), present no (c).
 * The same packing holds the backward value functions (the expected outcome from a cell onward).
 */

export function cellIndex(t: number, y: number): number {
  return (t * (t + 1)) / 2 + y;
}

export function gridSize(level: number): number {
  return ((level + 1) * (level + 2)) / 2;
}

/** dst (level k+1) = src (level k) after one member with weights a, b, c. */
export function stepForward(src: Float64Array, k: number, a: number, b: number, c: number, dst: Float64Array): void {
  dst[0] = a * src[0]!;
  for (let t = 1; t <= k; t++) {
    const base = (t * (t + 1)) / 2;
    const prev = base - t;
    dst[base] = a * src[base]! + c * src[prev]!;
    for (let y = 1; y < t; y++) dst[base + y] = a * src[base + y]! + b * src[prev + y - 1]! + c * src[prev + y]!;
    dst[base + t] = a * src[base + t]! + b * src[prev + t - 1]!;
  }
  const t = k + 1;
  const base = (t * (t + 1)) / 2;
  const prev = base - t;
  dst[base] = c * src[prev]!;
  for (let y = 1; y < t; y++) dst[base + y] = b * src[prev + y - 1]! + c * src[prev + y]!;
  dst[base + t] = b * src[prev + t - 1]!;
}

/**
 * One member backward: dst (level k) = the value before the member, from `after` (level k+1).
 * It also pairs the forward state `fwd` (level k) with the three outcomes of this
 * member: out[at] = Σ F·V(absent), out[at+1] = Σ F·V(yes), out[at+2] = Σ F·V(no). With these three
 * numbers P(adopt) is known for any attendance and yes-probability of the member, others fixed.
 */
export function stepBackwardPaired(
  after: Float64Array,
  k: number,
  a: number,
  b: number,
  c: number,
  dst: Float64Array,
  fwd: Float64Array,
  out: Float64Array,
  at: number,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let t = 0; t <= k; t++) {
    const base = (t * (t + 1)) / 2;
    const next = base + t + 1;
    for (let y = 0; y <= t; y++) {
      const x0 = after[base + y]!;
      const x1 = after[next + y + 1]!;
      const x2 = after[next + y]!;
      const f = fwd[base + y]!;
      dst[base + y] = a * x0 + b * x1 + c * x2;
      s0 += f * x0;
      s1 += f * x1;
      s2 += f * x2;
    }
  }
  out[at] = s0;
  out[at + 1] = s1;
  out[at + 2] = s2;
}

export function dot(u: Float64Array, v: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += u[i]! * v[i]!;
  return s;
}

/** dst = Σ w_i · src_i over the sources present (null sources are skipped). */
export function mix(
  srcs: readonly (Float64Array | null)[],
  weights: readonly number[],
  n: number,
  dst: Float64Array,
): void {
  dst.fill(0, 0, n);
  srcs.forEach((s, i) => {
    const w = weights[i]!;
    if (s === null || w === 0) return;
    for (let j = 0; j < n; j++) dst[j] = dst[j]! + w * s[j]!;
  });
}

/** A level-k grid of f(yes, no), for the final outcome functionals. */
export function tabulate(k: number, f: (yes: number, no: number) => number): Float64Array {
  const g = new Float64Array(gridSize(k));
  for (let t = 0; t <= k; t++) for (let y = 0; y <= t; y++) g[cellIndex(t, y)] = f(y, t - y);
  return g;
}

/** P(yes = y) for y = 0..length-1 from a level-k grid. */
export function yesMarginal(g: Float64Array, k: number, length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (let t = 0; t <= k; t++) {
    const base = cellIndex(t, 0);
    for (let y = 0; y <= t; y++) out[y] = out[y]! + g[base + y]!;
  }
  return out;
}
