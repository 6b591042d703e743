/**
 * The order in which members enter the distribution, and how blocks branch it.
 *
 * A block is a mixture: with probability c all its present members vote alike (yes w.p. the mean
 * q̄), otherwise they vote independently. Rather than build the block's own joint table, the
 * running grid is split into up to three unweighted copies at the block's start — "unified yes",
 * "unified no", "independent" — each member steps every copy (the unified copies only count
 * attendance), and the copies are merged with weights c·q̄, c·(1−q̄), 1−c at the block's end.
 * Keeping the weights out of the copies is what lets a member's yes-probability (which moves q̄)
 * be varied afterwards at no cost.
 */
import type { ProjectionInput } from './types';

export const UNIFIED_YES = 0;
export const UNIFIED_NO = 1;
export const INDEPENDENT = 2;
export const COPIES = 3;

export type Op =
  | { kind: 'member'; member: number }
  | { kind: 'split'; block: number }
  | { kind: 'merge'; block: number };

export interface Plan {
  ops: Op[];
  /** Members processed before op k: the level of the grid that op reads. */
  levelBefore: number[];
  memberCount: number;
  /** Which of the three copies a block keeps (a copy with weight 0 for every q̄ is dropped). */
  active: boolean[][];
  /** Members of each block, in op order. */
  blockMembers: number[][];
}

/** The members' numbers the sweep reads; a what-if changes these arrays, not the input. */
export interface Params {
  /** Effective attendance: 0 for a recused member. */
  present: Float64Array;
  yes: Float64Array;
  recused: Uint8Array;
}

export function paramsOf(input: ProjectionInput): Params {
  const n = input.members.length;
  const params: Params = { present: new Float64Array(n), yes: new Float64Array(n), recused: new Uint8Array(n) };
  input.members.forEach((m, i) => {
    params.present[i] = m.recused ? 0 : m.pPresent;
    params.yes[i] = m.pYes;
    params.recused[i] = m.recused ? 1 : 0;
  });
  return params;
}

/**
 * Blocks go first: their steps carry up to three copies, and early steps are on small grids
 * (a step at level k costs ~k²/2), so this roughly halves the work of a body with big blocks.
 */
export function makePlan(input: ProjectionInput): Plan {
  const blockMembers: number[][] = input.blocks.map(() => []);
  const free: number[] = [];
  input.members.forEach((m, i) => (m.block === undefined ? free.push(i) : blockMembers[m.block]!.push(i)));
  const ops: Op[] = [];
  blockMembers.forEach((members, block) => {
    if (members.length === 0) return;
    ops.push({ kind: 'split', block });
    for (const member of members) ops.push({ kind: 'member', member });
    ops.push({ kind: 'merge', block });
  });
  for (const member of free) ops.push({ kind: 'member', member });
  const levelBefore: number[] = [];
  let level = 0;
  for (const op of ops) {
    levelBefore.push(level);
    if (op.kind === 'member') level++;
  }
  const active = input.blocks.map((b) => [b.cohesion > 0, b.cohesion > 0, b.cohesion < 1]);
  return { ops, levelBefore, memberCount: level, active, blockMembers };
}

/** Mean yes-probability of the block's non-recused members (0 when all are recused: nobody votes). */
export function blockMean(members: readonly number[], params: Params): number {
  let sum = 0;
  let count = 0;
  for (const i of members) {
    if (params.recused[i]) continue;
    sum += params.yes[i]!;
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

export function mergeWeights(cohesion: number, mean: number): [number, number, number] {
  return [cohesion * mean, cohesion * (1 - mean), 1 - cohesion];
}

/** Step weights (absent, yes, no) of a member on one copy. */
export function stepWeights(copy: number, present: number, yes: number): [number, number, number] {
  if (copy === UNIFIED_YES) return [1 - present, present, 0];
  if (copy === UNIFIED_NO) return [1 - present, 0, present];
  return [1 - present, present * yes, present * (1 - yes)];
}
