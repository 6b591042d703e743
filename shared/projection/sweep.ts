/**
 * Exact forward pass over the plan (the final joint distribution) and, when asked, the backward
 * pass that gives every member its paired sums (see grid.stepBackwardPaired). One forward and one
 * backward pass cost O(N³) together, instead of one O(N³) pass per member and what-if.
 *
 * The backward pass needs the forward state before each op. Small bodies keep them all; large ones
 * keep a checkpoint every √L ops and recompute each segment on the way back, trading one extra
 * forward pass for memory (500 seats would otherwise hold gigabytes).
 */
import { dot, gridSize, mix, stepBackwardPaired, stepForward, tabulate } from './grid';
import { blockMean, COPIES, INDEPENDENT, mergeWeights, stepWeights, type Op, type Params, type Plan } from './plan';
import type { ProjectionInput } from './types';

/** One grid per copy; outside a block only the independent copy is in use. */
export type State = (Float64Array | null)[];

export interface SweepContext {
  input: ProjectionInput;
  plan: Plan;
  params: Params;
}

const STORE_ALL_BUDGET = 8_000_000; // doubles (64 MB) of forward states kept at once

export const SCALARS_PER_MEMBER = COPIES * 3;

function blockWeights(ctx: SweepContext, block: number): [number, number, number] {
  return mergeWeights(ctx.input.blocks[block]!.cohesion, blockMean(ctx.plan.blockMembers[block]!, ctx.params));
}

function forwardOp(ctx: SweepContext, op: Op, state: State, level: number): State {
  if (op.kind === 'split') {
    const main = state[INDEPENDENT]!;
    return ctx.plan.active[op.block]!.map((on) => (on ? main : null));
  }
  if (op.kind === 'merge') {
    const n = gridSize(level);
    const dst = new Float64Array(n);
    mix(state, blockWeights(ctx, op.block), n, dst);
    return [null, null, dst];
  }
  const p = ctx.params.present[op.member]!;
  const q = ctx.params.yes[op.member]!;
  return state.map((src, copy) => {
    if (src === null) return null;
    const [a, b, c] = stepWeights(copy, p, q);
    const dst = new Float64Array(gridSize(level + 1));
    stepForward(src, level, a, b, c, dst);
    return dst;
  });
}

function backwardOp(ctx: SweepContext, op: Op, after: State, before: State, level: number, scalars: Float64Array): State {
  if (op.kind === 'merge') {
    const v = after[INDEPENDENT]!;
    return ctx.plan.active[op.block]!.map((on) => (on ? v : null));
  }
  if (op.kind === 'split') {
    const n = gridSize(level);
    const dst = new Float64Array(n);
    mix(after, blockWeights(ctx, op.block), n, dst);
    return [null, null, dst];
  }
  const p = ctx.params.present[op.member]!;
  const q = ctx.params.yes[op.member]!;
  return after.map((v, copy) => {
    if (v === null) return null;
    const [a, b, c] = stepWeights(copy, p, q);
    const dst = new Float64Array(gridSize(level));
    stepBackwardPaired(v, level, a, b, c, dst, before[copy]!, scalars, op.member * SCALARS_PER_MEMBER + copy * 3);
    return dst;
  });
}

function initialState(): State {
  return [null, null, Float64Array.of(1)];
}

/** The final joint grid (level = member count), using two reusable sets of buffers. */
export function forwardFinal(ctx: SweepContext): Float64Array {
  const { ops, levelBefore, memberCount } = ctx.plan;
  const size = gridSize(memberCount);
  const sets: Float64Array[][] = [0, 1].map(() => [0, 1, 2].map(() => new Float64Array(size)));
  let state: State = [null, null, sets[0]![INDEPENDENT]!];
  sets[0]![INDEPENDENT]![0] = 1;
  let cur = 0;
  ops.forEach((op, k) => {
    const level = levelBefore[k]!;
    if (op.kind === 'split') {
      state = forwardOp(ctx, op, state, level);
      return;
    }
    const out = sets[1 - cur]!;
    if (op.kind === 'merge') {
      mix(state, blockWeights(ctx, op.block), gridSize(level), out[INDEPENDENT]!);
      state = [null, null, out[INDEPENDENT]!];
    } else {
      const p = ctx.params.present[op.member]!;
      const q = ctx.params.yes[op.member]!;
      state = state.map((src, copy) => {
        if (src === null) return null;
        const [a, b, c] = stepWeights(copy, p, q);
        stepForward(src, level, a, b, c, out[copy]!);
        return out[copy]!;
      });
    }
    cur = 1 - cur;
  });
  return state[INDEPENDENT]!;
}

export interface SweepResult {
  final: Float64Array;
  /** Per member, per copy: Σ F·V(absent), Σ F·V(yes), Σ F·V(no) (unweighted by the block mixture). */
  scalars: Float64Array;
}

/** Forward and backward passes; `value(yes, no)` is the outcome the scalars are taken against. */
export function sweep(
  ctx: SweepContext,
  value: (yes: number, no: number) => number,
  storeAllBudget: number = STORE_ALL_BUDGET,
): SweepResult {
  const { ops, levelBefore, memberCount } = ctx.plan;
  const L = ops.length;
  let estimate = 0;
  for (let k = 0; k < L; k++) estimate += gridSize(levelBefore[k]!) * COPIES;
  const every = estimate <= storeAllBudget ? 1 : Math.ceil(Math.sqrt(L));

  const checkpoints: State[] = [];
  let state = initialState();
  for (let k = 0; k < L; k++) {
    if (k % every === 0) checkpoints.push(state);
    state = forwardOp(ctx, ops[k]!, state, levelBefore[k]!);
  }
  const final = state[INDEPENDENT]!;

  const scalars = new Float64Array(ctx.input.members.length * SCALARS_PER_MEMBER);
  let back: State = [null, null, tabulate(memberCount, value)];
  for (let start = Math.floor((L - 1) / every) * every; start >= 0; start -= every) {
    const end = Math.min(start + every, L);
    const states: State[] = [checkpoints[start / every]!];
    for (let k = start; k < end - 1; k++) states.push(forwardOp(ctx, ops[k]!, states[states.length - 1]!, levelBefore[k]!));
    for (let k = end - 1; k >= start; k--) back = backwardOp(ctx, ops[k]!, back, states[k - start]!, levelBefore[k]!, scalars);
  }
  return { final, scalars };
}

export function expectation(final: Float64Array, memberCount: number, value: (yes: number, no: number) => number): number {
  return dot(final, tabulate(memberCount, value), gridSize(memberCount));
}
