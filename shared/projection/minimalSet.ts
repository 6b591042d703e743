/**
 * The smallest set of members who, moved to the top stance value, lift P(adopt) to a target.
 * Up to EXACT_LIMIT candidates every subset is scored in one depth-first walk that shares each
 * prefix's grid among all subsets extending it (2^(n+1) small steps instead of 2^n full passes).
 * Above it the search is a labelled heuristic: rank by single-member gain, then binary-search the
 * shortest prefix of that ranking that reaches the target.
 */
import { dot, gridSize, mix, stepForward, tabulate } from './grid';
import { INDEPENDENT, mergeWeights, stepWeights, UNIFIED_NO, UNIFIED_YES, type Params } from './plan';
import { context } from './project';
import { adoptProbability } from './rules';
import { whatIf } from './sensitivity';
import { expectation, forwardFinal, sweep, type SweepContext } from './sweep';
import type { MinimalSet, ProjectionInput } from './types';
import { checkProbability, validateProjectionInput } from './validate';

export const EXACT_LIMIT = 15;

/** One full triangular grid per copy (the exact search shares prefixes, so it keeps whole grids). */
type State = (Float64Array | null)[];

/** Rounding slack when comparing a computed probability with the target or with another. */
const TOLERANCE = 1e-12;

/**
 * Members whose move can matter. P(adopt) never falls when a yes-probability rises (every rule is
 * monotone in yes for a fixed attendance), so a member already at or above the top value is never
 * needed; an always-absent member matters only through its block's mean.
 */
function candidatesOf(input: ProjectionInput, top: number): number[] {
  const out: number[] = [];
  input.members.forEach((m, i) => {
    if (m.recused || m.pYes >= top) return;
    if (m.pPresent > 0 || m.block !== undefined) out.push(i);
  });
  return out;
}

/** P(adopt) for every subset of candidates, indexed by bitmask over `candidates`. */
export function everySubset(ctx: SweepContext, candidates: readonly number[], top: number): Float64Array {
  const { input, plan, params } = ctx;
  const { ops, levelBefore, memberCount, active } = plan;
  const bit = new Int32Array(input.members.length).fill(-1);
  candidates.forEach((i, j) => (bit[i] = j));
  const results = new Float64Array(2 ** candidates.length);
  const adopt = tabulate(memberCount, adoptProbability(input));
  const finalSize = gridSize(memberCount);
  // One buffer set per op depth: siblings reuse it, as each finishes before the next starts.
  const buffers = ops.map((_, k) => [0, 1, 2].map(() => new Float64Array(gridSize(levelBefore[k]! + 1))));

  const visit = (k: number, state: State, mask: number, sum: number, count: number): void => {
    if (k === ops.length) {
      results[mask] = dot(state[INDEPENDENT]!, adopt, finalSize);
      return;
    }
    const op = ops[k]!;
    const level = levelBefore[k]!;
    const out = buffers[k]!;
    if (op.kind === 'split') {
      visit(k + 1, active[op.block]!.map((on) => (on ? state[INDEPENDENT]! : null)), mask, 0, 0);
      return;
    }
    if (op.kind === 'merge') {
      const weights = mergeWeights(input.blocks[op.block]!.cohesion, count > 0 ? sum / count : 0);
      mix(state, weights, gridSize(level), out[INDEPENDENT]!);
      visit(k + 1, [null, null, out[INDEPENDENT]!], mask, 0, 0);
      return;
    }
    const i = op.member;
    const p = params.present[i]!;
    const next: State = [null, null, null];
    // The unified copies count attendance only, so both choices share them.
    for (const copy of [UNIFIED_YES, UNIFIED_NO]) {
      const src = state[copy];
      if (!src) continue;
      const [a, b, c] = stepWeights(copy, p, 0);
      stepForward(src, level, a, b, c, out[copy]!);
      next[copy] = out[copy]!;
    }
    const choices = bit[i]! >= 0 ? [params.yes[i]!, top] : [params.yes[i]!];
    choices.forEach((q, moved) => {
      const src = state[INDEPENDENT];
      if (src) {
        const [a, b, c] = stepWeights(INDEPENDENT, p, q);
        stepForward(src, level, a, b, c, out[INDEPENDENT]!);
        next[INDEPENDENT] = out[INDEPENDENT]!;
      }
      const counted = params.recused[i] ? 0 : 1;
      visit(k + 1, next, moved ? mask | (1 << bit[i]!) : mask, sum + counted * q, count + counted);
    });
  };
  visit(0, [null, null, Float64Array.of(1)], 0, 0, 0);
  return results;
}

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

function exactSearch(ctx: SweepContext, candidates: readonly number[], top: number, target: number): MinimalSet {
  const results = everySubset(ctx, candidates, top);
  let best = -1;
  let bestSize = Infinity;
  let bestValue = -Infinity;
  // Reaching: fewest members, then highest P(adopt). Not reaching: highest P(adopt), then fewest.
  for (let mask = 0; mask < results.length; mask++) {
    const v = results[mask]!;
    const size = popcount(mask);
    if (v >= target - TOLERANCE && (size < bestSize || (size === bestSize && v > bestValue + TOLERANCE))) {
      best = mask;
      bestSize = size;
      bestValue = v;
    }
  }
  const reachable = best >= 0;
  if (!reachable) {
    for (let mask = 0; mask < results.length; mask++) {
      const v = results[mask]!;
      const size = popcount(mask);
      if (v > bestValue + TOLERANCE || (v >= bestValue - TOLERANCE && size < bestSize)) {
        best = mask;
        bestSize = size;
        bestValue = Math.max(v, bestValue);
      }
    }
    bestValue = results[best]!;
  }
  const chosen = new Set(candidates.filter((_, j) => (best & (1 << j)) !== 0));
  return { members: ctx.input.members.filter((_, i) => chosen.has(i)).map((m) => m.id), pAdopt: bestValue, exact: true, reachable };
}

function heuristicSearch(ctx: SweepContext, candidates: readonly number[], top: number, target: number): MinimalSet {
  const { input, plan, params } = ctx;
  const adopt = adoptProbability(input);
  const { final, scalars } = sweep(ctx, adopt);
  const base = expectation(final, plan.memberCount, adopt);
  const done = (chosen: readonly number[], pAdopt: number, reachable: boolean): MinimalSet => {
    const set = new Set(chosen);
    return { members: input.members.filter((_, i) => set.has(i)).map((m) => m.id), pAdopt, exact: false, reachable };
  };
  if (base >= target - TOLERANCE) return done([], base, true);

  const adoptIf = whatIf(input, plan, params, scalars);
  const gain = new Map(candidates.map((i) => [i, adoptIf(i, { present: input.members[i]!.pPresent, yes: top, recused: false }) - base]));
  const lift = (i: number) => (top - params.yes[i]!) * Math.max(params.present[i]!, 1e-3);
  // Far from the target single gains can round to 0; the size of the move then orders them.
  const order = [...candidates].sort((u, v) => {
    const d = gain.get(v)! - gain.get(u)!;
    return Math.abs(d) > TOLERANCE ? d : lift(v) - lift(u) || u - v;
  });
  const valueOf = (n: number): number => {
    const moved: Params = { ...params, yes: params.yes.slice() };
    for (const i of order.slice(0, n)) moved.yes[i] = top;
    return expectation(forwardFinal({ ...ctx, params: moved }), plan.memberCount, adopt);
  };
  const all = valueOf(order.length);
  if (all < target - TOLERANCE) return done(order, all, false);
  // Each move only raises P(adopt), so the prefixes that reach the target form a suffix of lengths.
  let lo = 0;
  let hi = order.length;
  let hiValue = all;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const v = valueOf(mid);
    if (v >= target - TOLERANCE) {
      hi = mid;
      hiValue = v;
    } else lo = mid;
  }
  return done(order.slice(0, hi), hiValue, true);
}

export function minimalSet(input: ProjectionInput, target = 0.9): MinimalSet {
  validateProjectionInput(input);
  checkProbability(target, 'target');
  const ctx = context(input);
  const top = input.stances[input.stances.length - 1]!;
  const candidates = candidatesOf(input, top);
  return candidates.length <= EXACT_LIMIT
    ? exactSearch(ctx, candidates, top, target)
    : heuristicSearch(ctx, candidates, top, target);
}
