/** The vote-count projection (DESIGN.md §4): summary, and per-member gains when asked. */
import { nextStanceAbove } from './fromMap';
import { yesMarginalBand, type Band } from './band';
import { makePlan, paramsOf } from './plan';
import { adoptProbability, passProbability, thresholdInfo } from './rules';
import { whatIf } from './sensitivity';
import { expectation, forwardFinal, sweep, type SweepContext } from './sweep';
import type { MemberProjection, Projection, ProjectionInput, ProjectionSummary, ProjectOptions } from './types';
import { validateProjectionInput } from './validate';

function summarize(input: ProjectionInput, final: Band, memberCount: number): ProjectionSummary {
  const distribution = yesMarginalBand(final, input.seats + 1);
  return {
    expectedYes: distribution.reduce((e, p, k) => e + k * p, 0),
    distribution,
    pPass: expectation(final, memberCount, passProbability(input)),
    pAdopt: expectation(final, memberCount, adoptProbability(input)),
    threshold: thresholdInfo(input),
  };
}

export function context(input: ProjectionInput): SweepContext {
  return { input, plan: makePlan(input), params: paramsOf(input) };
}

/** Where a member would stand one column toward ally; null when it is already at the top. */
export function nextPYesOf(input: ProjectionInput, i: number): number | null {
  const m = input.members[i]!;
  return m.nextPYes === undefined ? nextStanceAbove(m.pYes, input.stances) : m.nextPYes;
}

/** Larger first; differences at rounding level are ties, so equal members keep input order. */
function byMore(u: number, v: number): number {
  return Math.abs(u - v) > 1e-12 ? v - u : 0;
}

export function project(input: ProjectionInput, opts: { gains: false }): ProjectionSummary;
export function project(input: ProjectionInput, opts?: { gains?: true }): Projection;
export function project(input: ProjectionInput, opts: ProjectOptions): Projection | ProjectionSummary;
export function project(input: ProjectionInput, opts: ProjectOptions = {}): Projection | ProjectionSummary {
  validateProjectionInput(input);
  const ctx = context(input);
  if (opts.gains === false) return summarize(input, forwardFinal(ctx), ctx.plan.memberCount);

  const { final, scalars } = sweep(ctx, adoptProbability(input));
  const summary = summarize(input, final, ctx.plan.memberCount);
  const adoptIf = whatIf(input, ctx.plan, ctx.params, scalars);
  const base = summary.pAdopt;

  const members: MemberProjection[] = input.members.map((m, i) => {
    const next = nextPYesOf(input, i);
    const asIs = { present: m.pPresent, recused: m.recused };
    return {
      id: m.id,
      pYes: m.pYes,
      pPresent: m.pPresent,
      recused: m.recused,
      gainOneColumn: next === null ? 0 : adoptIf(i, { ...asIs, yes: next }) - base,
      gainToYes: adoptIf(i, { present: 1, yes: 1, recused: false }) - base,
      swing: adoptIf(i, { ...asIs, yes: 1 }) - adoptIf(i, { ...asIs, yes: 0 }),
      swingRank: 0,
    };
  });
  const order = members
    .map((m, i) => ({ m, i }))
    .sort((u, v) => byMore(u.m.gainOneColumn, v.m.gainOneColumn) || byMore(u.m.swing, v.m.swing) || u.i - v.i);
  order.forEach(({ m }, r) => (m.swingRank = r + 1));
  return { ...summary, members, ranking: order.map(({ m }) => m.id) };
}
