/**
 * Every change to a map is an operation; applying one returns the new map and the operation that
 * undoes it. Maps are never mutated: unchanged actors, blocks and links keep their identity, which
 * lets the store persist only what changed.
 */
import type { Actor, Block, Body, Executive, Link, PowerMap, Scenario, ScenarioChange, Stances } from './model';
import { countOf, MAP_LIMITS, type Limited } from './mapLimits';
import { applyMemoryOperation } from './memory/apply';
import type { MemoryOperation } from './memory/ops';
import { OpError } from './opError';

export { OpError, type OpErrorCode } from './opError';

export type ActorPatch = Partial<Omit<Actor, 'id'>>;
export type BlockPatch = Partial<Pick<Block, 'name' | 'cohesion'>>;
export type MapPatch = Partial<Pick<PowerMap, 'town' | 'title' | 'nextSteps'>> & {
  stances?: Stances;
  body?: Body;
};
export interface Move {
  id: string;
  x: number | null;
  y: number | null;
}

/** What deleting an actor took with it, so that undo puts every reference back where it was. */
export interface ActorRestore {
  actor: Actor;
  index: number;
  links: { link: Link; index: number }[];
  block: { id: string; index: number } | null;
  tieBreaker: boolean;
  executive: Executive | null;
  scenarioChanges: { scenario: string; index: number; change: ScenarioChange }[];
}

export type Operation =
  | { type: 'actor.add'; actor: Actor; index?: number }
  | { type: 'actor.delete'; id: string }
  | { type: 'actor.restore'; restore: ActorRestore }
  | { type: 'actor.update'; id: string; patch: ActorPatch }
  | { type: 'actors.move'; moves: Move[] }
  | { type: 'block.create'; block: Block; index?: number }
  | { type: 'block.delete'; id: string }
  | { type: 'block.update'; id: string; patch: BlockPatch }
  | { type: 'block.setMembers'; id: string; members: string[] }
  | { type: 'link.add'; link: Link; index?: number }
  | { type: 'link.remove'; from: string; to: string }
  | { type: 'link.update'; from: string; to: string; strength: number }
  | { type: 'map.update'; patch: MapPatch }
  | { type: 'scenario.add'; scenario: Scenario; index?: number }
  | { type: 'scenario.delete'; id: string }
  | { type: 'scenario.update'; id: string; patch: Partial<Omit<Scenario, 'id'>> }
  | MemoryOperation
  | { type: 'batch'; ops: Operation[] };

export interface Applied {
  map: PowerMap;
  inverse: Operation;
}

const clampIndex = (index: number | undefined, length: number) =>
  index === undefined ? length : Math.max(0, Math.min(length, index));

function insertAt<T>(list: readonly T[], index: number | undefined, item: T): T[] {
  const out = list.slice();
  out.splice(clampIndex(index, list.length), 0, item);
  return out;
}

function indexOfActor(map: PowerMap, id: string): number {
  const i = map.actors.findIndex((a) => a.id === id);
  if (i < 0) throw new OpError('unknown-actor', id);
  return i;
}

function indexOfBlock(map: PowerMap, id: string): number {
  const i = map.blocks.findIndex((b) => b.id === id);
  if (i < 0) throw new OpError('unknown-block', id);
  return i;
}

function indexOfLink(map: PowerMap, from: string, to: string): number {
  const i = map.links.findIndex((l) => l.from === from && l.to === to);
  if (i < 0) throw new OpError('unknown-link', `${from}→${to}`);
  return i;
}

function indexOfScenario(map: PowerMap, id: string): number {
  const i = map.scenarios.findIndex((s) => s.id === id);
  if (i < 0) throw new OpError('unknown-scenario', id);
  return i;
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

function checkSeats(map: PowerMap): void {
  const seated = map.actors.reduce((n, a) => n + (a.seat ? 1 : 0), 0);
  if (seated > map.body.seats) throw new OpError('too-many-seats', String(map.body.seats));
}

function addActor(map: PowerMap, actor: Actor, index?: number): Applied {
  if (map.actors.some((a) => a.id === actor.id)) throw new OpError('duplicate-id', actor.id);
  const next = { ...map, actors: insertAt(map.actors, index, actor) };
  checkSeats(next);
  return { map: next, inverse: { type: 'actor.delete', id: actor.id } };
}

function deleteActor(map: PowerMap, id: string): Applied {
  const index = indexOfActor(map, id);
  const actor = map.actors[index]!;
  const links = map.links.flatMap((link, i) => (link.from === id || link.to === id ? [{ link, index: i }] : []));
  let block: ActorRestore['block'] = null;
  const blocks = map.blocks.map((b) => {
    const at = b.members.indexOf(id);
    if (at < 0) return b;
    block = { id: b.id, index: at };
    return { ...b, members: b.members.filter((m) => m !== id) };
  });
  const scenarioChanges: ActorRestore['scenarioChanges'] = [];
  const scenarios = map.scenarios.map((s) => {
    if (!s.changes.some((c) => c.actor === id)) return s;
    s.changes.forEach((change, i) => {
      if (change.actor === id) scenarioChanges.push({ scenario: s.id, index: i, change });
    });
    return { ...s, changes: s.changes.filter((c) => c.actor !== id) };
  });
  const tieBreaker = map.body.tieBreaker === id;
  const executive = map.body.executive?.actor === id ? map.body.executive : null;
  const body: Body =
    tieBreaker || executive
      ? { ...map.body, tieBreaker: tieBreaker ? null : map.body.tieBreaker, executive: executive ? null : map.body.executive }
      : map.body;
  const next: PowerMap = {
    ...map,
    body,
    actors: map.actors.filter((a) => a.id !== id),
    links: links.length ? map.links.filter((l) => l.from !== id && l.to !== id) : map.links,
    blocks: block ? blocks : map.blocks,
    scenarios: scenarioChanges.length ? scenarios : map.scenarios,
  };
  return {
    map: next,
    inverse: { type: 'actor.restore', restore: { actor, index, links, block, tieBreaker, executive, scenarioChanges } },
  };
}

function restoreActor(map: PowerMap, r: ActorRestore): Applied {
  let next = addActor(map, r.actor, r.index).map;
  const links = next.links.slice();
  for (const { link, index } of r.links) {
    if (!next.actors.some((a) => a.id === (link.from === r.actor.id ? link.to : link.from))) {
      throw new OpError('unknown-actor', link.from === r.actor.id ? link.to : link.from);
    }
    links.splice(clampIndex(index, links.length), 0, link);
  }
  const blocks = r.block
    ? next.blocks.map((b) => (b.id === r.block!.id ? { ...b, members: insertAt(b.members, r.block!.index, r.actor.id) } : b))
    : next.blocks;
  if (r.block) indexOfBlock(next, r.block.id);
  const scenarios = next.scenarios.map((s) => {
    const mine = r.scenarioChanges.filter((c) => c.scenario === s.id);
    if (!mine.length) return s;
    const changes = s.changes.slice();
    for (const c of mine) changes.splice(clampIndex(c.index, changes.length), 0, c.change);
    return { ...s, changes };
  });
  const body: Body =
    r.tieBreaker || r.executive
      ? {
          ...next.body,
          tieBreaker: r.tieBreaker ? r.actor.id : next.body.tieBreaker,
          executive: r.executive ?? next.body.executive,
        }
      : next.body;
  next = { ...next, body, links: r.links.length ? links : next.links, blocks, scenarios };
  return { map: next, inverse: { type: 'actor.delete', id: r.actor.id } };
}

function updateActor(map: PowerMap, id: string, patch: ActorPatch): Applied {
  const index = indexOfActor(map, id);
  const old = map.actors[index]!;
  const keys = Object.keys(patch) as (keyof ActorPatch)[];
  const actors = map.actors.slice();
  actors[index] = { ...old, ...patch, id };
  const next = { ...map, actors };
  if (patch.seat) checkSeats(next);
  return { map: next, inverse: { type: 'actor.update', id, patch: pick(old, keys) } };
}

function moveActors(map: PowerMap, moves: Move[]): Applied {
  // One pass over the actors, not one search per move: block drags on big maps stay cheap.
  const wanted = new Map<string, Move>();
  for (const m of moves) wanted.set(m.id, m);
  const undo: Move[] = [];
  const actors = map.actors.map((old) => {
    const m = wanted.get(old.id);
    if (!m) return old;
    undo.push({ id: old.id, x: old.x, y: old.y });
    const placed = m.x !== null && m.y !== null;
    return { ...old, x: placed ? m.x : null, y: placed ? m.y : null };
  });
  if (undo.length !== wanted.size) {
    const missing = [...wanted.keys()].find((id) => !undo.some((u) => u.id === id))!;
    throw new OpError('unknown-actor', missing);
  }
  return { map: { ...map, actors }, inverse: { type: 'actors.move', moves: undo } };
}

function memberConflict(map: PowerMap, blockId: string, members: string[]): void {
  const seen = new Set<string>();
  for (const m of members) {
    indexOfActor(map, m);
    if (seen.has(m)) throw new OpError('already-in-block', m);
    seen.add(m);
    const other = map.blocks.find((b) => b.id !== blockId && b.members.includes(m));
    if (other) throw new OpError('already-in-block', m);
  }
}

function createBlock(map: PowerMap, block: Block, index?: number): Applied {
  if (map.blocks.some((b) => b.id === block.id)) throw new OpError('duplicate-id', block.id);
  memberConflict(map, block.id, block.members);
  return { map: { ...map, blocks: insertAt(map.blocks, index, block) }, inverse: { type: 'block.delete', id: block.id } };
}

function deleteBlock(map: PowerMap, id: string): Applied {
  const index = indexOfBlock(map, id);
  const block = map.blocks[index]!;
  return { map: { ...map, blocks: map.blocks.filter((b) => b.id !== id) }, inverse: { type: 'block.create', block, index } };
}

function updateBlock(map: PowerMap, id: string, patch: BlockPatch): Applied {
  const index = indexOfBlock(map, id);
  const old = map.blocks[index]!;
  const blocks = map.blocks.slice();
  blocks[index] = { ...old, ...patch, id, members: old.members };
  return { map: { ...map, blocks }, inverse: { type: 'block.update', id, patch: pick(old, Object.keys(patch) as (keyof BlockPatch)[]) } };
}

function setBlockMembers(map: PowerMap, id: string, members: string[]): Applied {
  const index = indexOfBlock(map, id);
  memberConflict(map, id, members);
  const old = map.blocks[index]!;
  const blocks = map.blocks.slice();
  blocks[index] = { ...old, members: members.slice() };
  return { map: { ...map, blocks }, inverse: { type: 'block.setMembers', id, members: old.members } };
}

function addLink(map: PowerMap, link: Link, index?: number): Applied {
  if (link.from === link.to) throw new OpError('self-link', link.from);
  indexOfActor(map, link.from);
  indexOfActor(map, link.to);
  if (map.links.some((l) => l.from === link.from && l.to === link.to)) throw new OpError('duplicate-link', `${link.from}→${link.to}`);
  return { map: { ...map, links: insertAt(map.links, index, link) }, inverse: { type: 'link.remove', from: link.from, to: link.to } };
}

function removeLink(map: PowerMap, from: string, to: string): Applied {
  const index = indexOfLink(map, from, to);
  const link = map.links[index]!;
  return { map: { ...map, links: map.links.filter((_, i) => i !== index) }, inverse: { type: 'link.add', link, index } };
}

function updateLink(map: PowerMap, from: string, to: string, strength: number): Applied {
  const index = indexOfLink(map, from, to);
  const old = map.links[index]!;
  const links = map.links.slice();
  links[index] = { ...old, strength };
  return { map: { ...map, links }, inverse: { type: 'link.update', from, to, strength: old.strength } };
}

function updateMap(map: PowerMap, patch: MapPatch): Applied {
  if (patch.body) {
    for (const ref of [patch.body.tieBreaker, patch.body.executive?.actor]) if (ref) indexOfActor(map, ref);
  }
  const next = { ...map, ...patch };
  if (patch.body) checkSeats(next);
  return { map: next, inverse: { type: 'map.update', patch: pick(map, Object.keys(patch) as (keyof MapPatch)[]) } };
}

function addScenario(map: PowerMap, scenario: Scenario, index?: number): Applied {
  if (map.scenarios.some((s) => s.id === scenario.id)) throw new OpError('duplicate-id', scenario.id);
  for (const c of scenario.changes) indexOfActor(map, c.actor);
  return { map: { ...map, scenarios: insertAt(map.scenarios, index, scenario) }, inverse: { type: 'scenario.delete', id: scenario.id } };
}

function deleteScenario(map: PowerMap, id: string): Applied {
  const index = indexOfScenario(map, id);
  const scenario = map.scenarios[index]!;
  return { map: { ...map, scenarios: map.scenarios.filter((s) => s.id !== id) }, inverse: { type: 'scenario.add', scenario, index } };
}

function updateScenario(map: PowerMap, id: string, patch: Partial<Omit<Scenario, 'id'>>): Applied {
  const index = indexOfScenario(map, id);
  for (const c of patch.changes ?? []) indexOfActor(map, c.actor);
  const old = map.scenarios[index]!;
  const scenarios = map.scenarios.slice();
  scenarios[index] = { ...old, ...patch, id };
  return {
    map: { ...map, scenarios },
    inverse: { type: 'scenario.update', id, patch: pick(old, Object.keys(patch) as (keyof Omit<Scenario, 'id'>)[]) },
  };
}

function applyBatch(map: PowerMap, ops: Operation[]): Applied {
  const inverses: Operation[] = [];
  let current = map;
  for (const op of ops) {
    const r = applyOperation(current, op);
    current = r.map;
    inverses.push(r.inverse);
  }
  return { map: current, inverse: { type: 'batch', ops: inverses.reverse() } };
}

/** What an operation can make more of, each held to its limit (shared/mapLimits.ts). */
const LENGTHENS: Partial<Record<Operation['type'], readonly Limited[]>> = {
  'actor.add': ['actors'],
  'actor.restore': ['actors', 'links'],
  'link.add': ['links'],
  'block.create': ['blocks'],
  'scenario.add': ['scenarios'],
  'map.update': ['seats'],
  'meeting.add': ['meetings'],
  'snapshot.add': ['snapshots'],
  'vote.add': ['votes'],
};

/** Applies one operation; throws OpError (and changes nothing) when it does not fit the map. */
export function applyOperation(map: PowerMap, op: Operation): Applied {
  const applied = applyOne(map, op);
  for (const what of LENGTHENS[op.type] ?? []) {
    if (countOf(applied.map, what) > MAP_LIMITS[what]) throw new OpError('map-full', what);
  }
  return applied;
}

function applyOne(map: PowerMap, op: Operation): Applied {
  switch (op.type) {
    case 'actor.add':
      return addActor(map, op.actor, op.index);
    case 'actor.delete':
      return deleteActor(map, op.id);
    case 'actor.restore':
      return restoreActor(map, op.restore);
    case 'actor.update':
      return updateActor(map, op.id, op.patch);
    case 'actors.move':
      return moveActors(map, op.moves);
    case 'block.create':
      return createBlock(map, op.block, op.index);
    case 'block.delete':
      return deleteBlock(map, op.id);
    case 'block.update':
      return updateBlock(map, op.id, op.patch);
    case 'block.setMembers':
      return setBlockMembers(map, op.id, op.members);
    case 'link.add':
      return addLink(map, op.link, op.index);
    case 'link.remove':
      return removeLink(map, op.from, op.to);
    case 'link.update':
      return updateLink(map, op.from, op.to, op.strength);
    case 'map.update':
      return updateMap(map, op.patch);
    case 'scenario.add':
      return addScenario(map, op.scenario, op.index);
    case 'scenario.delete':
      return deleteScenario(map, op.id);
    case 'scenario.update':
      return updateScenario(map, op.id, op.patch);
    case 'batch':
      return applyBatch(map, op.ops);
    default:
      return applyMemoryOperation(map, op);
  }
}
