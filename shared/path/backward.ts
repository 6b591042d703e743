/**
 * Backward value functions: V(t, y) = P(adopt | t members present and y yes among those processed
 * so far), everyone after them voting as the params say. A prefix grid dotted with the value at
 * its level gives P(adopt) without stepping the rest of the body, which is what lets the search
 * pay for the fixed part of a large body once instead of at every node.
 */
import { gridSize, mix } from '../projection/grid';
import { blockMean, INDEPENDENT, mergeWeights, stepWeights, type Op, type Params, type Plan } from '../projection/plan';
/** Whole triangular grids per copy (the path search keeps full grids, see projection/grid.ts). */
type State = (Float64Array | null)[];
import type { ProjectionInput } from '../projection';

/** dst (level k) from after (level k+1) through one member with weights (absent, yes, no). */
export function stepBackward(after: Float64Array, k: number, a: number, b: number, c: number): Float64Array {
  const dst = new Float64Array(gridSize(k));
  for (let t = 0; t <= k; t++) {
    const base = (t * (t + 1)) / 2;
    const next = base + t + 1;
    for (let y = 0; y <= t; y++) dst[base + y] = a * after[base + y]! + b * after[next + y + 1]! + c * after[next + y]!;
  }
  return dst;
}

/**
 * The value before `ops` from the value after them. `record(k, v)` sees the value before op k
 * whenever the state there is a single grid (outside a block).
 */
export function backwardThrough(
  input: ProjectionInput,
  plan: Plan,
  params: Params,
  ops: readonly Op[],
  levelBefore: readonly number[],
  end: Float64Array,
  record?: (k: number, value: Float64Array) => void,
): Float64Array {
  let back: State = [null, null, end];
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k]!;
    const level = levelBefore[k]!;
    if (op.kind === 'merge') {
      const v = back[INDEPENDENT]!;
      back = plan.active[op.block]!.map((on) => (on ? v : null));
      continue;
    }
    if (op.kind === 'split') {
      const dst = new Float64Array(gridSize(level));
      mix(back, mergeWeights(input.blocks[op.block]!.cohesion, blockMean(plan.blockMembers[op.block]!, params)), dst.length, dst);
      back = [null, null, dst];
    } else {
      const p = params.present[op.member]!;
      const q = params.yes[op.member]!;
      back = back.map((v, copy) => {
        if (v === null) return null;
        const [a, b, c] = stepWeights(copy, p, q);
        return stepBackward(v, level, a, b, c);
      });
      if (input.members[op.member]!.block !== undefined) continue;
    }
    record?.(k, back[INDEPENDENT]!);
  }
  return back[INDEPENDENT]!;
}
