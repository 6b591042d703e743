/**
 * The path to victory (DESIGN.md §4.1): the fewest column steps whose P(adopt) reaches a target.
 * A pure function of the projection input, so the panel, the exports and the CLI share it.
 */
import { checkProbability, validateProjectionInput } from '../projection/validate';
import type { ProjectionInput } from '../projection';
import { exactSearch, TOLERANCE, type Allocation } from './exact';
import { heuristicSearch } from './heuristic';
import { ladderOf } from './ladder';
import { makeSetup, raisedParams, type Setup } from './search';
import { adoptProbability } from '../projection/rules';
import { expectation, forwardFinal } from '../projection/sweep';
import type { Path } from './types';

export type { Path, PathStep } from './types';
export { TOLERANCE as PATH_TOLERANCE } from './exact';

/** Up to this many movable members the search is always exact, whatever it costs. */
export const ALWAYS_EXACT = 9;
/** Above it the exact search may step this many grid cells before the heuristic takes over. */
export const EXACT_BUDGET = 150_000;
/** Beyond this many movable members the exact search is not even tried. */
const TRY_EXACT_LIMIT = 30;

export interface PathOptions {
  /** Force the heuristic (tests compare it with the exact search). */
  heuristic?: boolean;
}

function toPath(setup: Setup, a: Allocation, reachable: boolean, exact: boolean): Path {
  const steps = setup.input.members.flatMap((m, i) => {
    if (a.rungs[i] === 0) return [];
    const ladder = setup.ladders[i]!;
    return [{ id: m.id, from: ladder.from, to: ladder.rungs[a.rungs[i]!]!.to }];
  });
  return { steps, cost: a.cost, pAdopt: a.pAdopt, reachable, exact };
}

function topChance(setup: Setup): number {
  const { input, plan } = setup;
  const params = raisedParams(setup.params, setup.ladders, setup.movable);
  return expectation(forwardFinal({ input, plan, params }), plan.memberCount, adoptProbability(input));
}

export function pathToVictory(input: ProjectionInput, target = 0.9, options: PathOptions = {}): Path {
  validateProjectionInput(input);
  checkProbability(target, 'target');
  const movable = input.members.filter((m) => ladderOf(m, input.stances).rungs.length > 1).length;
  const tryExact = !options.heuristic && movable <= TRY_EXACT_LIMIT;
  const setup = makeSetup(input, tryExact);
  // With every movable member at the top rung P(adopt) is as high as it gets (it only rises with
  // a yes-probability); below the target the path is the cheapest way to that best.
  const best = tryExact ? setup.bound[setup.bound.length - 1]![0]![0]! : topChance(setup);
  const reachable = best >= target - TOLERANCE;
  const goal = reachable ? target - TOLERANCE : best - TOLERANCE;
  if (tryExact) {
    const exact = exactSearch(setup, goal, movable <= ALWAYS_EXACT ? Infinity : EXACT_BUDGET);
    if (exact) return toPath(setup, exact, reachable, true);
  }
  return toPath(setup, heuristicSearch(setup, goal), reachable, false);
}
export { columnWord, formatPercentPrecise, joinList, moveText, pathSentence, reachIndex, stepText, whoCanReach } from './words';
