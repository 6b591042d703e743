/**
 * Exact forward pass over the plan (the final joint distribution) and, when asked, the backward
 * pass that gives every member its paired sums (see band.stepBackBand). One forward and one
 * backward pass cost O(N · width) each with the banded grid (band.ts), instead of one pass per
 * member and what-if.
 *
 * The backward pass needs the forward state before each op. When they fit in STORE_ALL_BUDGET
 * doubles they are all kept; otherwise a checkpoint every √L ops is kept and each segment is
 * recomputed on the way back, trading one extra forward pass for memory. The running grids
 * ping-pong between retained scratch buffers, so a projection does not churn the garbage collector.
 */
import {
  cells,
  dilated,
  expectationBand,
  grown,
  mixBands,
  stepBackBand,
  stepBand,
  tabulateBand,
  unitBand,
  type Band,
  type Rect,
} from './band';
import { blockMean, COPIES, INDEPENDENT, mergeWeights, stepWeights, type Op, type Params, type Plan } from './plan';
import { scratch, SLOT_BACKWARD, SLOT_FORWARD } from './scratch';
import type { ProjectionInput } from './types';

/** One grid per copy; outside a block only the independent copy is in use. */
export type State = (Band | null)[];

export interface SweepContext {
  input: ProjectionInput;
  plan: Plan;
  params: Params;
}

const STORE_ALL_BUDGET = 4_000_000; // doubles (32 MB) of forward states kept at once

export const SCALARS_PER_MEMBER = COPIES * 3;

function blockWeights(ctx: SweepContext, block: number): [number, number, number] {
  return mergeWeights(ctx.input.blocks[block]!.cohesion, blockMean(ctx.plan.blockMembers[block]!, ctx.params));
}

/**
 * Where one forward op writes: `buffer(copy, size)` hands out a buffer of at least `size` doubles
 * that the op's input does not use.
 */
type Buffers = (copy: number, size: number) => Float64Array;

function forwardOp(ctx: SweepContext, op: Op, state: State, buffer: Buffers): State {
  if (op.kind === 'split') {
    const main = state[INDEPENDENT]!;
    return ctx.plan.active[op.block]!.map((on) => (on ? main : null));
  }
  if (op.kind === 'merge') {
    const merged = mixBands(state, blockWeights(ctx, op.block), (n) => buffer(INDEPENDENT, n));
    return [null, null, merged];
  }
  const p = ctx.params.present[op.member]!;
  const q = ctx.params.yes[op.member]!;
  return state.map((src, copy) => {
    if (src === null) return null;
    const [a, b, c] = stepWeights(copy, p, q);
    return stepBand(src, a, b, c, buffer(copy, cells(grown(src, a, b, c))));
  });
}

/** Two sets of per-copy scratch buffers; each op reads one set and writes the other. */
function pingPong(base: number): { next(): Buffers } {
  let set = 0;
  return {
    next() {
      set = 1 - set;
      const s = set;
      return (copy, size) => scratch(base + s * COPIES + copy, size);
    },
  };
}

const noBuffers: Buffers = () => {
  throw new Error('a split writes nothing');
};

/** Runs the ops from `state`, calling `seen` with the state before each op. */
function runForward(ctx: SweepContext, from: number, to: number, state: State, seen?: (k: number, s: State) => void): State {
  const buffers = pingPong(SLOT_FORWARD);
  for (let k = from; k < to; k++) {
    seen?.(k, state);
    const op = ctx.plan.ops[k]!;
    // A split only aliases its input: the set flips only for ops that write.
    state = forwardOp(ctx, op, state, op.kind === 'split' ? noBuffers : buffers.next());
  }
  return state;
}

function initial(): State {
  return [null, null, unitBand()];
}

/** A standalone copy of a state, keeping copies that alias one grid aliased. */
function detach(state: State): State {
  const copies = new Map<Float64Array, Band>();
  return state.map((g) => {
    if (g === null) return null;
    if (!copies.has(g.data)) copies.set(g.data, { ...g, data: g.data.slice() });
    return copies.get(g.data)!;
  });
}

/** The final joint distribution (level = member count). */
export function forwardFinal(ctx: SweepContext): Band {
  return detach(runForward(ctx, 0, ctx.plan.ops.length, initial()))[INDEPENDENT]!;
}

export interface SweepResult {
  final: Band;
  /** Per member, per copy: Σ F·V(absent), Σ F·V(yes), Σ F·V(no) (unweighted by the block mixture). */
  scalars: Float64Array;
}

function stateSize(state: State): number {
  const seen = new Set<Float64Array>();
  let n = 0;
  for (const g of state) {
    if (g !== null && !seen.has(g.data)) {
      seen.add(g.data);
      n += cells(g);
    }
  }
  return n;
}

/** Forward and backward passes; `value(yes, no)` is the outcome the scalars are taken against. */
export function sweep(
  ctx: SweepContext,
  value: (yes: number, no: number) => number,
  storeAllBudget: number = STORE_ALL_BUDGET,
): SweepResult {
  const { ops } = ctx.plan;
  const L = ops.length;

  // Forward: keep every state while they fit; past the budget keep checkpoints only.
  let total = 0;
  let storeAll = true;
  let every = Math.max(L, 1);
  const kept: (State | null)[] = new Array<State | null>(L).fill(null);
  const finalState = runForward(ctx, 0, L, initial(), (k, s) => {
    if (storeAll) {
      total += stateSize(s);
      if (total > storeAllBudget) {
        storeAll = false;
        every = Math.ceil(Math.sqrt(L));
        for (let j = 0; j < k; j++) if (j % every !== 0) kept[j] = null;
      }
    }
    if (storeAll || k % every === 0) kept[k] = detach(s);
  });
  const final = detach(finalState)[INDEPENDENT]!;

  const scalars = new Float64Array(ctx.input.members.length * SCALARS_PER_MEMBER);
  const buffers = pingPong(SLOT_BACKWARD);
  let back: State = [null, null, tabulateBand(dilated(final), value)];
  for (let k = L - 1; k >= 0; k--) {
    if (kept[k] === null) {
      // The last op of a segment not kept: recompute the segment from its checkpoint.
      const start = k - (k % every);
      const end = runForward(ctx, start, k, kept[start]!, (j, s) => {
        if (j > start) kept[j] = detach(s);
      });
      kept[k] = detach(end);
    }
    const op = ops[k]!;
    const before = kept[k]!;
    if (op.kind === 'merge') {
      // Undoing the merge: every copy continues with the same value, unweighted.
      const v = back[INDEPENDENT]!;
      back = ctx.plan.active[op.block]!.map((on) => (on ? v : null));
    } else if (op.kind === 'split') {
      const out = buffers.next();
      back = [null, null, mixBands(back, blockWeights(ctx, op.block), (n) => out(INDEPENDENT, n))];
    } else {
      const p = ctx.params.present[op.member]!;
      const q = ctx.params.yes[op.member]!;
      const out = buffers.next();
      const at = op.member * SCALARS_PER_MEMBER;
      back = back.map((v, copy) => {
        if (v === null) return null;
        const [a, b, c] = stepWeights(copy, p, q);
        const shape: Rect = dilated(before[copy]!);
        return stepBackBand(v, a, b, c, shape, out(copy, cells(shape)), before[copy]!, scalars, at + copy * 3);
      });
    }
    // A state is not needed once the pass has gone below it (checkpoints stay for their segment).
    if (storeAll || k % every !== 0) kept[k] = null;
  }
  return { final, scalars };
}

export function expectation(final: Band, _memberCount: number, value: (yes: number, no: number) => number): number {
  return expectationBand(final, value);
}
