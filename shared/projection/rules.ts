/**
 * The voting rule as a function of the final (yes, no) among present members (DESIGN.md §4).
 * Kept apart from the probability code so the rule can be read on its own.
 */
import type { Threshold } from '../model';
import type { ProjectionInput, ThresholdInfo } from './types';

/** Yes votes a threshold asks of a body of `size` (whole-body counting). */
export function wholeNeeded(threshold: Threshold, size: number): number {
  if (threshold === 'majority') return Math.floor(size / 2) + 1;
  // Integer form of ceil(2N/3), so no floating division decides a vote.
  if (threshold === 'two-thirds') return Math.floor((2 * size + 2) / 3);
  return threshold.atLeast;
}

/** Does the rule (without tie-breaker) pass with these votes? */
export type RuleTest = (yes: number, no: number) => boolean;

export function ruleTest(input: ProjectionInput): RuleTest {
  const { basis, threshold } = input.rule;
  if (basis === 'whole' || typeof threshold === 'object') {
    // "At least k" is a head count on either basis: the cast basis only changes fractions.
    const need = wholeNeeded(threshold, input.seats);
    return (yes) => yes >= need;
  }
  if (threshold === 'majority') return (yes, no) => yes > no;
  return (yes, no) => yes >= 1 && 3 * yes >= 2 * (yes + no);
}

/** P(the body passes | members' present yes and no), folding in quorum and the tie-breaker. */
export function passProbability(input: ProjectionInput): (yes: number, no: number) => number {
  const test = ruleTest(input);
  const quorum = input.rule.quorum;
  const tb = input.tieBreaker ?? null;
  return (yes, no) => {
    if (yes + no < quorum) return 0;
    if (tb !== null && yes === no) {
      return tb.pYes * (test(yes + 1, no) ? 1 : 0) + (1 - tb.pYes) * (test(yes, no + 1) ? 1 : 0);
    }
    return test(yes, no) ? 1 : 0;
  };
}

/** P(adopted | votes): passed, then signed or overridden by the same members' yes votes. */
export function adoptProbability(input: ProjectionInput): (yes: number, no: number) => number {
  const pass = passProbability(input);
  const ex = input.executive ?? null;
  if (ex === null) return pass;
  const override = wholeNeeded(ex.override, input.seats);
  return (yes, no) => {
    const p = pass(yes, no);
    if (p === 0) return 0;
    return p * (ex.pYes + (1 - ex.pYes) * (yes >= override ? 1 : 0));
  };
}

export function thresholdInfo(input: ProjectionInput): ThresholdInfo {
  const { basis, threshold, quorum } = input.rule;
  const m = input.members.length;
  const fixed = basis === 'whole' || typeof threshold === 'object';
  const needed = fixed ? wholeNeeded(threshold, input.seats) : null;
  return {
    basis,
    threshold,
    needed,
    neededIfAllPresent: needed ?? (threshold === 'majority' ? Math.floor(m / 2) + 1 : Math.max(1, Math.floor((2 * m + 2) / 3))),
    quorum,
    seats: input.seats,
    members: m,
    tieBreaker: (input.tieBreaker ?? null) !== null,
    override: input.executive ? wholeNeeded(input.executive.override, input.seats) : null,
  };
}
