/**
 * Exact forward pass over the plan (the final joint distribution) and, when asked, the backward
 * pass that gives every member its paired sums (see grid.stepBackwardPaired). One forward and one
 * backward pass cost O(N³) together, instead of one O(N³) pass per member and what-if.
 *
 * The backward pass needs the forward state before each op. Small bodies keep them all; large ones
 * keep a checkpoint every √L ops and recompute each segment on the way back, trading one extra
 * forward pass for memory (500 seats would otherwise hold a quarter of a gigabyte). States live in
 * one preallocated arena per segment so that a projection does not churn the garbage collector,
 * which is what pushes a live panel's worst frames past budget.
 */
import { dot, gridSize, mix, stepBackwardPaired, stepForward, tabulate } from './grid';
import { blockMean, COPIES, INDEPENDENT, mergeWeights, stepWeights, type Op, type Params, type Plan } from './plan';
import { scratch, scratchGrids, SLOT_ARENA, SLOT_BACKWARD, SLOT_FORWARD } from './scratch';
import type { ProjectionInput } from './types';

/** One grid per copy; outside a block only the independent copy is in use. */
export type State = (Float64Array | null)[];

export interface SweepContext {
  input: ProjectionInput;
  plan: Plan;
  params: Params;
}

const STORE_ALL_BUDGET = 4_000_000; // doubles (32 MB) of forward states kept at once

export const SCALARS_PER_MEMBER = COPIES * 3;

/** Bump allocator over one buffer; reset when a segment's states are no longer needed. */
class Arena {
  private readonly buffer: Float64Array;
  private top = 0;
  constructor(size: number) {
    this.buffer = scratch(SLOT_ARENA, size);
  }
  take(n: number): Float64Array {
    const view = this.buffer.subarray(this.top, this.top + n);
    this.top += n;
    return view;
  }
  reset(): void {
    this.top = 0;
  }
}

function blockWeights(ctx: SweepContext, block: number): [number, number, number] {
  return mergeWeights(ctx.input.blocks[block]!.cohesion, blockMean(ctx.plan.blockMembers[block]!, ctx.params));
}

function copiesOf(ctx: SweepContext, member: number): number {
  const b = ctx.input.members[member]!.block;
  return b === undefined ? 1 : ctx.plan.active[b]!.filter(Boolean).length;
}

/** Doubles a forward op allocates for its output. */
function outputSize(ctx: SweepContext, op: Op, level: number): number {
  if (op.kind === 'split') return 0;
  if (op.kind === 'merge') return gridSize(level);
  return gridSize(level + 1) * copiesOf(ctx, op.member);
}

function forwardOp(ctx: SweepContext, op: Op, state: State, level: number, arena: Arena): State {
  if (op.kind === 'split') {
    const main = state[INDEPENDENT]!;
    return ctx.plan.active[op.block]!.map((on) => (on ? main : null));
  }
  if (op.kind === 'merge') {
    const n = gridSize(level);
    const dst = arena.take(n);
    mix(state, blockWeights(ctx, op.block), n, dst);
    return [null, null, dst];
  }
  const p = ctx.params.present[op.member]!;
  const q = ctx.params.yes[op.member]!;
  return state.map((src, copy) => {
    if (src === null) return null;
    const [a, b, c] = stepWeights(copy, p, q);
    const dst = arena.take(gridSize(level + 1));
    stepForward(src, level, a, b, c, dst);
    return dst;
  });
}

/** Backward through one op (not a merge), writing into `out`, a buffer set not read by `after`. */
function backwardOp(
  ctx: SweepContext,
  op: Op,
  after: State,
  before: State,
  level: number,
  out: Float64Array[],
  scalars: Float64Array,
): State {
  if (op.kind === 'split') {
    mix(after, blockWeights(ctx, op.block), gridSize(level), out[INDEPENDENT]!);
    return [null, null, out[INDEPENDENT]!];
  }
  if (op.kind === 'merge') throw new Error('a merge is undone by aliasing, not by a step');
  const p = ctx.params.present[op.member]!;
  const q = ctx.params.yes[op.member]!;
  return after.map((v, copy) => {
    if (v === null) return null;
    const [a, b, c] = stepWeights(copy, p, q);
    stepBackwardPaired(v, level, a, b, c, out[copy]!, before[copy]!, scalars, op.member * SCALARS_PER_MEMBER + copy * 3);
    return out[copy]!;
  });
}

/** A standalone copy of a state, keeping copies that alias one grid aliased. */
function detach(state: State): State {
  const copies = new Map<Float64Array, Float64Array>();
  return state.map((g) => {
    if (g === null) return null;
    if (!copies.has(g)) copies.set(g, g.slice());
    return copies.get(g)!;
  });
}

/** Two sets of three grids to ping-pong between: each step reads one set and writes the other. */
function bufferSets(slot: number, size: number): Float64Array[][] {
  const grids = scratchGrids(slot, 2 * COPIES, size);
  return [grids.slice(0, COPIES), grids.slice(COPIES)];
}

/** The final joint grid (level = member count), using two reusable sets of buffers. */
export function forwardFinal(ctx: SweepContext): Float64Array {
  const { ops, levelBefore, memberCount } = ctx.plan;
  const size = gridSize(memberCount);
  const sets = bufferSets(SLOT_FORWARD, size);
  let state: State = [null, null, sets[0]![INDEPENDENT]!];
  sets[0]![INDEPENDENT]![0] = 1;
  let cur = 0;
  ops.forEach((op, k) => {
    const level = levelBefore[k]!;
    if (op.kind === 'split') {
      state = ctx.plan.active[op.block]!.map((on) => (on ? state[INDEPENDENT]! : null));
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
  return state[INDEPENDENT]!.slice(0, size);
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
  const sizes = ops.map((op, k) => outputSize(ctx, op, levelBefore[k]!));
  const total = sizes.reduce((s, n) => s + n, 0);
  const every = total <= storeAllBudget ? Math.max(L, 1) : Math.ceil(Math.sqrt(L));
  let arenaSize = 0;
  for (let s = 0; s < L; s += every) arenaSize = Math.max(arenaSize, sizes.slice(s, s + every).reduce((a, n) => a + n, 0));
  const arena = new Arena(arenaSize);

  // Forward: checkpoint each segment's first state; the last segment's states stay in the arena.
  const checkpoints: State[] = [];
  let states: State[] = [];
  let state: State = [null, null, Float64Array.of(1)];
  for (let k = 0; k < L; k++) {
    if (k % every === 0) {
      state = detach(state);
      checkpoints.push(state);
      arena.reset();
      states = [];
    }
    states.push(state);
    state = forwardOp(ctx, ops[k]!, state, levelBefore[k]!, arena);
  }
  const final = state[INDEPENDENT]!.slice();

  const scalars = new Float64Array(ctx.input.members.length * SCALARS_PER_MEMBER);
  const size = gridSize(memberCount);
  const sets = bufferSets(SLOT_BACKWARD, size);
  let cur = 0;
  let back: State = [null, null, tabulate(memberCount, value)];
  const lastStart = Math.floor((L - 1) / every) * every;
  for (let start = lastStart; start >= 0; start -= every) {
    const end = Math.min(start + every, L);
    if (start !== lastStart) {
      arena.reset();
      states = [checkpoints[start / every]!];
      for (let k = start; k < end - 1; k++) states.push(forwardOp(ctx, ops[k]!, states[states.length - 1]!, levelBefore[k]!, arena));
    }
    for (let k = end - 1; k >= start; k--) {
      const op = ops[k]!;
      if (op.kind === 'merge') {
        // Undoing the merge: every copy continues with the same value, unweighted.
        const v = back[INDEPENDENT]!;
        back = ctx.plan.active[op.block]!.map((on) => (on ? v : null));
        continue;
      }
      back = backwardOp(ctx, op, back, states[k - start]!, levelBefore[k]!, sets[cur]!, scalars);
      cur = 1 - cur;
    }
  }
  return { final, scalars };
}

export function expectation(final: Float64Array, memberCount: number, value: (yes: number, no: number) => number): number {
  return dot(final, tabulate(memberCount, value), gridSize(memberCount));
}
