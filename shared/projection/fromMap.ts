/**
 * Resolves a document (and optionally a what-if scenario) into the engine's input. The map is
 * never mutated: scenario changes are laid over copies of the actors they touch.
 */
import { column, defaultQuorum, type Actor, type PowerMap, type Scenario, type Stances } from '../model';
import { ProjectionError } from './errors';
import type { ProjectionInput, ProjectionMember } from './types';
import { checkProbability, checkQuorum, checkSeats, checkStances, checkThreshold, validateProjectionInput } from './validate';

const NEUTRAL = 2;

function withScenario(actors: readonly Actor[], scenario: Scenario | undefined): Map<string, Actor> {
  const byId = new Map<string, Actor>();
  for (const a of actors) {
    if (byId.has(a.id)) throw new ProjectionError('duplicate-actor', { actor: a.id });
    byId.set(a.id, a);
  }
  for (const change of scenario?.changes ?? []) {
    const a = byId.get(change.actor);
    if (a === undefined) throw new ProjectionError('unknown-actor', { actor: change.actor, field: 'scenario' });
    const next = { ...a };
    if (change.x !== undefined) next.x = change.x;
    if (change.pYes !== undefined) next.pYes = change.pYes;
    if (change.pPresent !== undefined) next.pPresent = change.pPresent;
    if (change.recused !== undefined) next.recused = change.recused;
    byId.set(a.id, next);
  }
  return byId;
}

/**
 * The column an actor votes from. Alignment alone decides it: a scenario may set x for an actor
 * still in the roster, and that "what if they stood here" should count.
 */
function columnOf(a: Actor): number {
  if (a.x === null) return NEUTRAL;
  if (!(a.x >= -1 && a.x <= 1)) throw new ProjectionError('alignment-out-of-range', { actor: a.id, value: a.x });
  return column(a.x);
}

/** Yes-probability of an actor: explicit override, else the stance of its column. */
export function resolvePYes(a: Actor, stances: Stances): number {
  if (a.pYes !== null) {
    checkProbability(a.pYes, 'pYes', { actor: a.id });
    return a.pYes;
  }
  return stances[columnOf(a)] as number;
}

/** Yes-probability one step toward ally; null when the actor is already as far as it goes. */
export function resolveNextPYes(a: Actor, stances: Stances): number | null {
  if (a.pYes !== null) return nextStanceAbove(a.pYes, stances);
  const col = columnOf(a);
  return col < stances.length - 1 ? (stances[col + 1] as number) : null;
}

export function nextStanceAbove(p: number, stances: readonly number[]): number | null {
  let best: number | null = null;
  for (const s of stances) if (s > p && (best === null || s < best)) best = s;
  return best;
}

function lookup(byId: Map<string, Actor>, id: string, field: string): Actor {
  const a = byId.get(id);
  if (a === undefined) throw new ProjectionError('unknown-actor', { actor: id, field });
  return a;
}

export function toProjectionInput(map: PowerMap, scenario?: Scenario): ProjectionInput {
  const { body, stances } = map;
  const seats = body.seats;
  checkSeats(seats);
  checkStances(stances);
  const byId = withScenario(map.actors, scenario);

  const seated = [...byId.values()].filter((a) => a.kind === 'decision-maker' && a.seat);
  if (seated.length > seats) throw new ProjectionError('too-many-members', { members: seated.length, seats });
  const memberIndex = new Map(seated.map((a, i) => [a.id, i]));

  const blockOf = new Map<string, number>();
  const blocks = map.blocks.map((b, bi) => {
    checkProbability(b.cohesion, 'cohesion', { block: b.id });
    for (const id of b.members) {
      const a = lookup(byId, id, `blocks[${bi}].members`);
      if (!memberIndex.has(a.id)) throw new ProjectionError('block-member-not-seated', { actor: id, block: b.id });
      const other = blockOf.get(id);
      if (other !== undefined) {
        throw new ProjectionError('block-member-duplicate', { actor: id, block: b.id, otherBlock: map.blocks[other]!.id });
      }
      blockOf.set(id, bi);
    }
    return { id: b.id, cohesion: b.cohesion };
  });

  const members: ProjectionMember[] = seated.map((a) => {
    checkProbability(a.pPresent, 'pPresent', { actor: a.id });
    const m: ProjectionMember = {
      id: a.id,
      pYes: resolvePYes(a, stances),
      pPresent: a.pPresent,
      recused: a.recused,
      nextPYes: resolveNextPYes(a, stances),
    };
    if (a.pYes === null) m.column = columnOf(a);
    const bi = blockOf.get(a.id);
    if (bi !== undefined) m.block = bi;
    return m;
  });

  let tieBreaker: ProjectionInput['tieBreaker'] = null;
  if (body.tieBreaker !== null) {
    const a = lookup(byId, body.tieBreaker, 'body.tieBreaker');
    if (a.seat) throw new ProjectionError('tie-breaker-is-member', { actor: a.id });
    tieBreaker = { id: a.id, pYes: resolvePYes(a, stances) };
  }
  let executive: ProjectionInput['executive'] = null;
  if (body.executive !== null) {
    const a = lookup(byId, body.executive.actor, 'body.executive.actor');
    if (a.seat) throw new ProjectionError('executive-is-member', { actor: a.id });
    checkThreshold(body.executive.override, seats, 'override');
    executive = { id: a.id, pYes: resolvePYes(a, stances), override: body.executive.override };
  }

  checkThreshold(body.rule.threshold, seats, 'threshold');
  const quorum = body.rule.quorum ?? defaultQuorum(seats);
  checkQuorum(quorum, seats);

  const input: ProjectionInput = {
    seats,
    members,
    blocks,
    rule: { basis: body.rule.basis, threshold: body.rule.threshold, quorum },
    tieBreaker,
    executive,
    stances: [...stances] as Stances,
  };
  validateProjectionInput(input);
  return input;
}
