/**
 * P(adopt) when one member's attendance, yes-probability or recusal changes and everyone else
 * stays put. The outcome is affine in the member's step weights and in its block's mean q̄, so the
 * paired sums from the sweep give it exactly in O(1) per what-if.
 */
import { INDEPENDENT, UNIFIED_NO, UNIFIED_YES, type Params, type Plan } from './plan';
import { SCALARS_PER_MEMBER } from './sweep';
import type { ProjectionInput } from './types';

export interface MemberChange {
  present: number;
  yes: number;
  recused: boolean;
}

export type WhatIf = (member: number, change: MemberChange) => number;

export function whatIf(input: ProjectionInput, plan: Plan, params: Params, scalars: Float64Array): WhatIf {
  // Per block: sum and count of the other members' yes-probabilities, without member i added later.
  const blockSum = new Float64Array(input.blocks.length);
  const blockCount = new Float64Array(input.blocks.length);
  plan.blockMembers.forEach((members, b) => {
    for (const i of members) {
      if (params.recused[i]) continue;
      blockSum[b] = blockSum[b]! + params.yes[i]!;
      blockCount[b] = blockCount[b]! + 1;
    }
  });

  return (i, { present, yes, recused }) => {
    const p = recused ? 0 : present;
    const at = i * SCALARS_PER_MEMBER;
    const s = (copy: number, j: number) => scalars[at + copy * 3 + j]!;
    const independent = (1 - p) * s(INDEPENDENT, 0) + p * yes * s(INDEPENDENT, 1) + p * (1 - yes) * s(INDEPENDENT, 2);
    const b = input.members[i]!.block;
    if (b === undefined) return independent;

    let sum = blockSum[b]!;
    let count = blockCount[b]!;
    if (!params.recused[i]) {
      sum -= params.yes[i]!;
      count -= 1;
    }
    if (!recused) {
      sum += yes;
      count += 1;
    }
    const mean = count > 0 ? sum / count : 0;
    const c = input.blocks[b]!.cohesion;
    const allYes = (1 - p) * s(UNIFIED_YES, 0) + p * s(UNIFIED_YES, 1);
    const allNo = (1 - p) * s(UNIFIED_NO, 0) + p * s(UNIFIED_NO, 2);
    return c * mean * allYes + c * (1 - mean) * allNo + (1 - c) * independent;
  };
}
