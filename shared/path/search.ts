/**
 * The search's view of a body: the members who can move (and the blocks they are in) are walked
 * member by member, sharing every prefix's grid; everyone else is folded once into a value
 * function at the end of that walk (backward.ts). Blocks are kept whole because a block's mean
 * depends on all of its members.
 */
import { gridSize, tabulate } from '../projection/grid';
import { makePlan, paramsOf, type Op, type Params, type Plan } from '../projection/plan';
import { adoptProbability } from '../projection/rules';
import type { ProjectionInput } from '../projection';
import { backwardThrough } from './backward';
import { laddersOf, type Ladder } from './ladder';

export interface Setup {
  input: ProjectionInput;
  plan: Plan;
  params: Params;
  ladders: Ladder[];
  /** Members with more than one rung. */
  movable: number[];
  /** The walk: blocks holding a movable member, then movable members outside blocks. */
  ops: Op[];
  levelBefore: number[];
  /** Members in the walk. */
  walked: number;
  /** P(adopt) from the walk's final grid: the rest of the body folded in. */
  rest: Float64Array;
  /**
   * bound[r][k], before op k where the state is one grid: the value with every movable member from
   * op k on at its highest rung costing at most r steps (r = the last index: the top rung). No
   * completion of a prefix with r steps left can do better, since P(adopt) only rises with a
   * yes-probability and no single member can take more than r of those steps.
   */
  bound: (Float64Array | null)[][];
  /** Most steps the members from op k on can still take. */
  costAfter: number[];
}

function levels(ops: readonly Op[], start: number): number[] {
  let level = start;
  return ops.map((op) => {
    const before = level;
    if (op.kind === 'member') level++;
    return before;
  });
}

/** Every given member at its highest rung costing at most `steps`. */
export function raisedParams(params: Params, ladders: readonly Ladder[], members: readonly number[], steps = Infinity): Params {
  const yes = params.yes.slice();
  for (const i of members) {
    for (const rung of ladders[i]!.rungs) if (rung.cost <= steps) yes[i] = rung.yes;
  }
  return { ...params, yes };
}

/** `exact` false: only what the heuristic needs (no walk, no bounds: a large body's bounds cost several sweeps). */
export function makeSetup(input: ProjectionInput, exact = true): Setup {
  const plan = makePlan(input);
  const params = paramsOf(input);
  const ladders = laddersOf(input);
  const movable = ladders.flatMap((l, i) => (l.rungs.length > 1 ? [i] : []));
  if (!exact) return { input, plan, params, ladders, movable, ops: [], levelBefore: [], walked: 0, rest: new Float64Array(0), bound: [], costAfter: [] };
  const isMovable = new Set(movable);

  const walk: Op[] = [];
  const fixed: Op[] = [];
  plan.blockMembers.forEach((members, block) => {
    if (members.length === 0) return;
    const moving = members.filter((i) => isMovable.has(i));
    const still = members.filter((i) => !isMovable.has(i));
    // Members who never branch go first, so every branch shares their steps.
    const ops: Op[] = [{ kind: 'split', block }, ...[...still, ...moving].map((member): Op => ({ kind: 'member', member })), { kind: 'merge', block }];
    (moving.length > 0 ? walk : fixed).push(...ops);
  });
  input.members.forEach((m, member) => {
    if (m.block === undefined) (isMovable.has(member) ? walk : fixed).push({ kind: 'member', member });
  });

  const walked = walk.filter((op) => op.kind === 'member').length;
  const end = tabulate(input.members.length, adoptProbability(input));
  const rest = backwardThrough(input, plan, params, fixed, levels(fixed, walked), end);

  const levelBefore = levels(walk, 0);
  const longest = Math.max(0, ...movable.map((i) => ladders[i]!.rungs[ladders[i]!.rungs.length - 1]!.cost));
  const bound = Array.from({ length: longest + 1 }, (_, steps) => {
    const values: (Float64Array | null)[] = walk.map(() => null);
    const raised = raisedParams(params, ladders, movable, steps === longest ? Infinity : steps);
    values[0] = backwardThrough(input, plan, raised, walk, levelBefore, rest, (k, v) => (values[k] = v));
    values.push(rest);
    return values;
  });

  const costAfter = new Array<number>(walk.length + 1).fill(0);
  for (let k = walk.length - 1; k >= 0; k--) {
    const op = walk[k]!;
    const rungs = op.kind === 'member' ? ladders[op.member]!.rungs : null;
    costAfter[k] = costAfter[k + 1]! + (rungs ? rungs[rungs.length - 1]!.cost : 0);
  }
  return { input, plan, params, ladders, movable, ops: walk, levelBefore, walked, rest, bound, costAfter };
}

/** P(adopt) of the walk's final grid. */
export function finish(setup: Setup, grid: Float64Array): number {
  const n = gridSize(setup.walked);
  let s = 0;
  for (let i = 0; i < n; i++) s += grid[i]! * setup.rest[i]!;
  return s;
}
