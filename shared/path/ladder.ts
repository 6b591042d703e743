/**
 * Where each member can be moved, and at what cost (DESIGN.md §4.1). A member voting from column c
 * can go to any column above it for one step per column; a member with an explicit pYes first
 * steps to the lowest column whose stance is above pYes (that step counts as leaving column k − 1).
 * Moves that cost more without raising the yes-probability (a stance table that is not increasing)
 * can never be on the path, so they are left out here rather than searched.
 */
import type { ProjectionInput, ProjectionMember } from '../projection';

export interface Rung {
  /** Column the member ends in; for the rung where it stays, its starting column. */
  to: number;
  /** Steps from the starting column. */
  cost: number;
  /** Yes-probability once there. */
  yes: number;
}

export interface Ladder {
  /** Column a step starts from: the member's column, or k − 1 for an override. */
  from: number;
  /** rungs[0] is staying put; every later rung costs more and raises the yes-probability. */
  rungs: Rung[];
}

function startColumn(m: ProjectionMember, stances: readonly number[]): number | null {
  if (m.column !== undefined) return m.column;
  const k = stances.findIndex((s) => s > m.pYes);
  // k = 0 (an override below every stance) starts "before" column 0, so its first step costs 1 too.
  return k < 0 ? null : k - 1;
}

/** A move can change P(adopt) only for a member who may vote or who shapes a block's mean. */
function canMatter(m: ProjectionMember): boolean {
  return !m.recused && (m.pPresent > 0 || m.block !== undefined);
}

export function ladderOf(m: ProjectionMember, stances: readonly number[]): Ladder {
  const from = canMatter(m) ? startColumn(m, stances) : null;
  if (from === null) return { from: m.column ?? 2, rungs: [{ to: m.column ?? 2, cost: 0, yes: m.pYes }] };
  const rungs: Rung[] = [{ to: from, cost: 0, yes: m.pYes }];
  for (let to = from + 1; to < stances.length; to++) {
    const yes = stances[to]!;
    if (yes > rungs[rungs.length - 1]!.yes) rungs.push({ to, cost: to - from, yes });
  }
  return { from, rungs };
}

export function laddersOf(input: ProjectionInput): Ladder[] {
  return input.members.map((m) => ladderOf(m, input.stances));
}
