/**
 * The labelled heuristic for bodies too large for the exact search: climb one rung at a time,
 * always taking the rung with the largest gain in P(adopt) per step (one sweep gives every
 * member's gain exactly, sensitivity.ts), until the goal is reached; then give back any step the
 * goal does not need. It reaches the goal whenever any allocation does: it only stops short once
 * every member is at the top rung, which is the best any allocation can do.
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

export function heuristicSearch(setup: Setup, goal: number): Allocation {
  const { input, plan, ladders, movable } = setup;
  const adopt = adoptProbability(input);
  const rungs = new Int8Array(input.members.length);
  const valueOf = (r: Int8Array) => expectation(forwardFinal({ input, plan, params: withRungs(setup, r) }), plan.memberCount, adopt);
  const order: number[] = [];
  let pAdopt: number;
  for (;;) {
    const params = withRungs(setup, rungs);
    const { final, scalars } = sweep({ input, plan, params }, adopt);
    pAdopt = expectation(final, plan.memberCount, adopt);
    if (pAdopt >= goal) break;
    const adoptIf = whatIf(input, plan, params, scalars);
    let pick = -1;
    let pickRate = -Infinity;
    let pickLift = -Infinity;
    for (const i of movable) {
      const ladder = ladders[i]!.rungs;
      const here = ladder[rungs[i]!]!;
      const next = ladder[rungs[i]! + 1];
      if (!next) continue;
      const steps = next.cost - here.cost;
      const rate = (adoptIf(i, { present: params.present[i]!, yes: next.yes, recused: false }) - pAdopt) / steps;
      // Far from the goal single gains round to 0; the size of the move then decides.
      const lift = ((next.yes - here.yes) * Math.max(params.present[i]!, 1e-3)) / steps;
      if (rate > pickRate + TOLERANCE || (Math.abs(rate - pickRate) <= TOLERANCE && lift > pickLift)) {
        pick = i;
        pickRate = rate;
        pickLift = lift;
      }
    }
    if (pick < 0) break;
    rungs[pick]!++;
    order.push(pick);
  }
  if (pAdopt < goal) return allocation(setup, rungs, pAdopt);
  // Give back steps, latest first, while the goal still holds.
  for (let j = order.length - 1; j >= 0; j--) {
    const i = order[j]!;
    if (rungs[i] === 0) continue;
    rungs[i]!--;
    const v = valueOf(rungs);
    if (v >= goal) pAdopt = v;
    else rungs[i]!++;
  }
  return allocation(setup, rungs, pAdopt);
}
