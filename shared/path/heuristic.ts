/**
 * The labelled heuristic for bodies too large for the exact search. One sweep gives every
 * member's gain for one more rung exactly (sensitivity.ts); the best rungs by gain per step are
 * taken, as many as the gains say the goal needs, and the sweep is repeated until the goal is
 * reached. The steps taken form a sequence; the shortest prefix of it that still reaches the goal
 * is found by bisection (P(adopt) only rises along it). It reaches the goal whenever any
 * allocation does: it only stops short with every member at the top rung, the best there is.
 */
import { forwardFinal, expectation, sweep } from '../projection/sweep';
import { adoptProbability } from '../projection/rules';
import { whatIf } from '../projection/sensitivity';
import type { Params } from '../projection/plan';
import { TOLERANCE, type Allocation } from './exact';
import type { Setup } from './search';

function withRungs(setup: Setup, rungs: Int8Array): Params {
  const yes = setup.params.yes.slice();
  for (const i of setup.movable) yes[i] = setup.ladders[i]!.rungs[rungs[i]!]!.yes;
  return { ...setup.params, yes };
}

function allocation(setup: Setup, rungs: Int8Array, pAdopt: number): Allocation {
  let cost = 0;
  let moved = 0;
  for (const i of setup.movable) {
    cost += setup.ladders[i]!.rungs[rungs[i]!]!.cost;
    if (rungs[i]! > 0) moved++;
  }
  return { rungs, cost, pAdopt, moved };
}

interface Candidate {
  member: number;
  rate: number;
  lift: number;
}

export function heuristicSearch(setup: Setup, goal: number): Allocation {
  const { input, plan, ladders, movable } = setup;
  const adopt = adoptProbability(input);
  const rungs = new Int8Array(input.members.length);
  const order: number[] = [];
  let pAdopt: number;
  for (;;) {
    const params = withRungs(setup, rungs);
    const { final, scalars } = sweep({ input, plan, params }, adopt);
    pAdopt = expectation(final, plan.memberCount, adopt);
    if (pAdopt >= goal) break;
    const adoptIf = whatIf(input, plan, params, scalars);
    const candidates: Candidate[] = [];
    for (const member of movable) {
      const ladder = ladders[member]!.rungs;
      const here = ladder[rungs[member]!]!;
      const next = ladder[rungs[member]! + 1];
      if (!next) continue;
      const steps = next.cost - here.cost;
      const rate = (adoptIf(member, { present: params.present[member]!, yes: next.yes, recused: false }) - pAdopt) / steps;
      // Far from the goal single gains round to 0; the size of the move then decides.
      const lift = ((next.yes - here.yes) * Math.max(params.present[member]!, 1e-3)) / steps;
      candidates.push({ member, rate, lift });
    }
    if (candidates.length === 0) break;
    candidates.sort((u, v) => (Math.abs(u.rate - v.rate) > TOLERANCE ? v.rate - u.rate : v.lift - u.lift || u.member - v.member));
    // As many rungs as the single gains say the goal needs (at least one); the sweep then corrects.
    // At most an eighth of the movable members per sweep, so early gains (tiny far from the goal)
    // do not commit a large body to steps ranked before the others had moved.
    let gained = 0;
    const most = Math.max(1, Math.ceil(movable.length / 8));
    for (const c of candidates.slice(0, most)) {
      const steps = ladders[c.member]!.rungs[rungs[c.member]! + 1]!.cost - ladders[c.member]!.rungs[rungs[c.member]!]!.cost;
      rungs[c.member]!++;
      order.push(c.member);
      gained += c.rate * steps;
      if (pAdopt + gained >= goal) break;
    }
  }
  if (pAdopt < goal) return allocation(setup, rungs, pAdopt);
  // The shortest prefix of the steps taken that reaches the goal.
  const prefix = (n: number): Int8Array => {
    const r = new Int8Array(input.members.length);
    for (const i of order.slice(0, n)) r[i]!++;
    return r;
  };
  const valueOf = (r: Int8Array) => expectation(forwardFinal({ input, plan, params: withRungs(setup, r) }), plan.memberCount, adopt);
  let lo = -1;
  let hi = order.length;
  let hiValue = pAdopt;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const v = valueOf(prefix(mid));
    if (v >= goal) {
      hi = mid;
      hiValue = v;
    } else lo = mid;
  }
  return allocation(setup, prefix(hi), hiValue);
}
