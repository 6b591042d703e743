/**
 * The exact path: for cost 0, 1, 2, … every allocation of exactly that many steps is walked
 * depth-first (each prefix's grid shared by all allocations extending it) until one reaches the
 * goal; the best at that cost wins. Two prunings keep it small: a prefix whose bound (the rest at
 * their top rung) stays under the goal is dropped, and so is one that cannot spend exactly the
 * cost being tried (cheaper allocations were already tried and failed).
 */
import { dot, gridSize, mix, stepForward } from '../projection/grid';
import { INDEPENDENT, mergeWeights, UNIFIED_NO, UNIFIED_YES } from '../projection/plan';
/** Whole triangular grids per copy (the path search keeps full grids, see projection/grid.ts). */
type State = (Float64Array | null)[];
import { finish, type Setup } from './search';

/** P values this close count as equal (DESIGN.md §4.1). */
export const TOLERANCE = 1e-12;
/** Rounding slack for a bound: it is computed in another order than the leaf it bounds. */
const BOUND_SLACK = 1e-13;

export interface Allocation {
  /** Rung chosen per member (0 = stays). */
  rungs: Int8Array;
  cost: number;
  pAdopt: number;
  moved: number;
}

/**
 * The tie rules among allocations of equal cost: higher P(adopt), then fewer members moved, then
 * the earlier members in map order, then (same members) further moves for the earlier members.
 */
export function better(a: Allocation, b: Allocation): boolean {
  if (Math.abs(a.pAdopt - b.pAdopt) > TOLERANCE) return a.pAdopt > b.pAdopt;
  if (a.moved !== b.moved) return a.moved < b.moved;
  for (let i = 0; i < a.rungs.length; i++) {
    const ma = a.rungs[i]! > 0;
    const mb = b.rungs[i]! > 0;
    if (ma !== mb) return ma;
  }
  for (let i = 0; i < a.rungs.length; i++) if (a.rungs[i] !== b.rungs[i]) return a.rungs[i]! > b.rungs[i]!;
  return false;
}

/** Thrown out of the walk when the work budget runs out. */
class OverBudget extends Error {}

/**
 * The least-cost allocation with P(adopt) ≥ goal, or null when the budget (grid cells stepped)
 * runs out first. The caller makes sure some allocation reaches the goal.
 */
export function exactSearch(setup: Setup, goal: number, budget = Infinity): Allocation | null {
  const { input, plan, params, ladders, ops, levelBefore, bound, costAfter } = setup;
  const n = input.members.length;
  const rungs = new Int8Array(n);
  const buffers = ops.map((_, k) => [0, 1, 2].map(() => new Float64Array(gridSize(levelBefore[k]! + 1))));
  // One state array per depth too: siblings finish before the next one starts, so nothing is
  // allocated per node (a live panel's worst frames are garbage collections).
  const states: State[] = ops.map(() => [null, null, null]);
  let work = 0;
  /** Fixed work per node, in grid cells, so small grids still count against the budget. */
  const NODE = 32;
  let best: Allocation | null = null;
  let cost = 0;
  const leaf: Allocation = { rungs, cost: 0, pAdopt: 0, moved: 0 };

  const visit = (k: number, state: State, spent: number, moved: number, sum: number, count: number): void => {
    const b = bound[Math.min(cost - spent, bound.length - 1)]![k];
    if (b && state[INDEPENDENT] && !state[UNIFIED_YES] && !state[UNIFIED_NO]) {
      const ub = dot(state[INDEPENDENT]!, b, gridSize(levelBefore[k] ?? setup.walked)) + BOUND_SLACK;
      work += gridSize(levelBefore[k] ?? setup.walked);
      if (ub < goal || (best && ub < best.pAdopt - TOLERANCE)) return;
    }
    if (k === ops.length) {
      if (spent !== cost) return;
      const pAdopt = finish(setup, state[INDEPENDENT]!);
      if (pAdopt < goal) return;
      leaf.cost = cost;
      leaf.pAdopt = pAdopt;
      leaf.moved = moved;
      if (!best || better(leaf, best)) best = { rungs: rungs.slice(), cost, pAdopt, moved };
      return;
    }
    const op = ops[k]!;
    const level = levelBefore[k]!;
    const out = buffers[k]!;
    const next = states[k]!;
    if (op.kind === 'split') {
      const on = plan.active[op.block]!;
      for (let copy = 0; copy < 3; copy++) next[copy] = on[copy] ? state[INDEPENDENT]! : null;
      visit(k + 1, next, spent, moved, 0, 0);
      return;
    }
    if (op.kind === 'merge') {
      mix(state, mergeWeights(input.blocks[op.block]!.cohesion, count > 0 ? sum / count : 0), gridSize(level), out[INDEPENDENT]!);
      next[UNIFIED_YES] = next[UNIFIED_NO] = null;
      next[INDEPENDENT] = out[INDEPENDENT]!;
      visit(k + 1, next, spent, moved, 0, 0);
      return;
    }
    const i = op.member;
    const p = params.present[i]!;
    next[UNIFIED_YES] = next[UNIFIED_NO] = next[INDEPENDENT] = null;
    // The unified copies count attendance only, so every rung shares them.
    if (state[UNIFIED_YES]) {
      stepForward(state[UNIFIED_YES]!, level, 1 - p, p, 0, out[UNIFIED_YES]!);
      next[UNIFIED_YES] = out[UNIFIED_YES]!;
      work += gridSize(level + 1);
    }
    if (state[UNIFIED_NO]) {
      stepForward(state[UNIFIED_NO]!, level, 1 - p, 0, p, out[UNIFIED_NO]!);
      next[UNIFIED_NO] = out[UNIFIED_NO]!;
      work += gridSize(level + 1);
    }
    const counted = params.recused[i] ? 0 : 1;
    const ladder = ladders[i]!.rungs;
    for (let r = 0; r < ladder.length; r++) {
      const rung = ladder[r]!;
      const after = spent + rung.cost;
      if (after > cost) break;
      if (after + costAfter[k + 1]! < cost) continue;
      const src = state[INDEPENDENT];
      if (src) {
        stepForward(src, level, 1 - p, p * rung.yes, p * (1 - rung.yes), out[INDEPENDENT]!);
        next[INDEPENDENT] = out[INDEPENDENT]!;
        work += gridSize(level + 1);
        if (work > budget) throw new OverBudget();
      }
      rungs[i] = r;
      visit(k + 1, next, after, moved + (r > 0 ? 1 : 0), sum + counted * rung.yes, count + counted);
    }
    rungs[i] = 0;
  };

  const most = costAfter[0]!;
  try {
    for (cost = 0; cost <= most; cost++) {
      visit(0, [null, null, Float64Array.of(1)], 0, 0, 0, 0);
      if (best) return best;
    }
  } catch (e) {
    if (e instanceof OverBudget) return null;
    throw e;
  }
  return null;
}
