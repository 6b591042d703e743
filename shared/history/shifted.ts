/**
 * What shifted since a moment (DESIGN.md §10): who moved, who was added or removed, the chance then
 * and now, and each change's share ΔP_i = P(adopt) of the past map with only actor i changed to its
 * current state, minus P(adopt) of the past map.
 */
import { column, type Actor, type PowerMap } from '../model';
import { isProjectionError, project, toProjectionInput } from '../projection';
import { mapAt, type Rewind } from './rebuild';
import type { JournalEntry } from './types';

export interface ActorState {
  x: number | null;
  y: number | null;
  column: number | null;
  pYes: number | null;
  pPresent: number;
  recused: boolean;
}

export interface Chance {
  pAdopt: number | null;
  pPass: number | null;
  expectedYes: number | null;
}

export interface Shift {
  id: string;
  name: string;
  then: ActorState | null;
  now: ActorState | null;
  deltaPAdopt: number | null;
}

export interface Shifted {
  since: string;
  then: Chance;
  now: Chance;
  changes: Shift[];
}

export const stateOf = (a: Actor | undefined): ActorState | null =>
  a ? { x: a.x, y: a.y, column: a.x === null ? null : column(a.x), pYes: a.pYes, pPresent: a.pPresent, recused: a.recused } : null;

/** Whether nothing of an actor's state differs (the column follows from x). */
export const sameState = (a: ActorState | null, b: ActorState | null) =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.pYes === b.pYes && a.pPresent === b.pPresent && a.recused === b.recused);

/**
 * Each actor's state at `at` (the map rebuilt from the journal), by id: where the grid's arrows of
 * what shifted start. Edits made after `at` never change it.
 */
export function statesAt(current: PowerMap, entries: readonly Rewind[], at: string): Map<string, ActorState> {
  return new Map(mapAt(current, entries, at).actors.map((a) => [a.id, stateOf(a)!]));
}

function chance(map: PowerMap): Chance {
  try {
    const p = project(toProjectionInput(map), { gains: false });
    return { pAdopt: p.pAdopt, pPass: p.pPass, expectedYes: p.expectedYes };
  } catch (e) {
    if (isProjectionError(e)) return { pAdopt: null, pPass: null, expectedYes: null };
    throw e;
  }
}

/** The actor's state fields from `state`, everything else (name, seat, kind) as it is now. */
function withState(actor: Actor, state: Actor): Actor {
  return { ...actor, x: state.x, y: state.y, pYes: state.pYes, pPresent: state.pPresent, recused: state.recused };
}

export function shiftedSince(current: PowerMap, entries: readonly JournalEntry[], since: string): Shifted {
  const rebuilt = mapAt(current, entries, since);
  const thenById = new Map(rebuilt.actors.map((a) => [a.id, a]));
  const nowById = new Map(current.actors.map((a) => [a.id, a]));
  // The past map: today's body, blocks and links, with every actor as it stood then; someone added
  // since was not there, someone removed since was.
  const pastActors = current.actors.filter((a) => thenById.has(a.id)).map((a) => withState(a, thenById.get(a.id)!));
  const removed = rebuilt.actors.filter((a) => !nowById.has(a.id));
  const validRefs = (map: PowerMap): PowerMap => {
    const ids = new Set(map.actors.map((a) => a.id));
    return {
      ...map,
      links: map.links.filter((l) => ids.has(l.from) && ids.has(l.to)),
      blocks: map.blocks.map((b) => ({ ...b, members: b.members.filter((m) => ids.has(m)) })),
      body: {
        ...map.body,
        tieBreaker: map.body.tieBreaker && ids.has(map.body.tieBreaker) ? map.body.tieBreaker : null,
        executive: map.body.executive && ids.has(map.body.executive.actor) ? map.body.executive : null,
      },
    };
  };
  const past = validRefs({ ...current, actors: [...pastActors, ...removed] });
  const then = chance(past);

  const changes: Shift[] = [];
  for (const a of [...current.actors, ...removed]) {
    const before = stateOf(thenById.get(a.id));
    const after = stateOf(nowById.get(a.id));
    if (sameState(before, after)) continue;
    let actors: Actor[];
    if (!after) actors = past.actors.filter((x) => x.id !== a.id);
    else if (!before) actors = [...past.actors, nowById.get(a.id)!];
    else actors = past.actors.map((x) => (x.id === a.id ? withState(x, nowById.get(a.id)!) : x));
    const alone = chance(validRefs({ ...past, actors })).pAdopt;
    changes.push({ id: a.id, name: a.name, then: before, now: after, deltaPAdopt: alone === null || then.pAdopt === null ? null : alone - then.pAdopt });
  }
  changes.sort((p, q) => Math.abs(q.deltaPAdopt ?? 0) - Math.abs(p.deltaPAdopt ?? 0));
  return { since, then, now: chance(current), changes };
}
