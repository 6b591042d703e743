/**
 * Compare and reconcile breakout groups' copies of one map (DESIGN.md §11): actors matched by id,
 * else by name; per actor every group's position, the consensus (median), the spread in columns and
 * a flag where the groups disagree; the chance of adoption under each group's map and the consensus.
 */
import { column, type Actor, type PowerMap } from '../model';
import { isProjectionError, project, toProjectionInput } from '../projection';
import { matchKey } from './matchKey';

export const DEFAULT_FLAG_SPREAD = 2;

export interface GroupMap {
  /** How the group's map is named in the result (its file name). */
  file: string;
  map: PowerMap;
}

export interface Position {
  x: number;
  y: number;
  column: number;
}

export interface ReconciledActor {
  id: string;
  name: string;
  /** One entry per group, in the groups' order; null where the group lacks the actor or left it unplaced. */
  groups: (Position | null)[];
  consensus: Position | null;
  /** Largest minus smallest column among the groups that placed the actor (0 when fewer than two did). */
  spread: number;
  flagged: boolean;
  source: 'main' | 'new';
}

export interface Reconciliation {
  groups: { file: string; title: string; pAdopt: number | null }[];
  consensus: { pAdopt: number | null };
  actors: ReconciledActor[];
  /** The main map with every actor some group placed at its consensus position, plus the new actors. */
  map: PowerMap;
}

/** The median; with an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** P(adopt) of a map, or null when its body cannot be projected (no seats, too many members…). */
export function chanceOf(map: PowerMap): number | null {
  try {
    return project(toProjectionInput(map), { gains: false }).pAdopt;
  } catch (e) {
    if (isProjectionError(e)) return null;
    throw e;
  }
}

function positionOf(a: Actor | undefined): Position | null {
  if (!a || a.x === null || a.y === null) return null;
  return { x: a.x, y: a.y, column: column(a.x) };
}

/** Finds each group's actor for a key: same id first, then same name (case, accents, spacing ignored). */
function indexGroup(map: PowerMap) {
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  const byName = new Map<string, Actor>();
  for (const a of map.actors) if (!byName.has(matchKey(a.name))) byName.set(matchKey(a.name), a);
  const used = new Set<string>();
  return {
    take(id: string, name: string): Actor | undefined {
      const found = byId.get(id) ?? byName.get(matchKey(name));
      if (!found || used.has(found.id)) return undefined;
      used.add(found.id);
      return found;
    },
    rest: () => map.actors.filter((a) => !used.has(a.id)),
  };
}

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

function consensusOf(positions: (Position | null)[]): Position | null {
  const placed = positions.filter((p): p is Position => p !== null);
  if (placed.length === 0) return null;
  const x = median(placed.map((p) => p.x));
  return { x, y: median(placed.map((p) => p.y)), column: column(x) };
}

function spreadOf(positions: (Position | null)[]): number {
  const cols = positions.filter((p): p is Position => p !== null).map((p) => p.column);
  return cols.length < 2 ? 0 : Math.max(...cols) - Math.min(...cols);
}

/** Adds a new actor's seat only where the body has room, so the consensus map stays projectable. */
function seatFits(map: PowerMap, actor: Actor): boolean {
  return !actor.seat || map.actors.filter((a) => a.seat).length < map.body.seats;
}

export function reconcile(main: PowerMap, groups: readonly GroupMap[], flagSpread = DEFAULT_FLAG_SPREAD): Reconciliation {
  const indexes = groups.map((g) => indexGroup(g.map));
  const actors: ReconciledActor[] = [];
  const merged: Actor[] = [];

  for (const a of main.actors) {
    const positions = indexes.map((ix) => positionOf(ix.take(a.id, a.name)));
    const consensus = consensusOf(positions);
    const spread = spreadOf(positions);
    actors.push({ id: a.id, name: a.name, groups: positions, consensus, spread, flagged: spread >= flagSpread, source: 'main' });
    merged.push(consensus ? { ...a, x: consensus.x, y: consensus.y } : a);
  }

  // Actors only some groups added: matched across groups the same way, listed once, in the order
  // the groups (then their maps) first mention them.
  const taken = new Set(main.actors.map((a) => a.id));
  const consensusMap: PowerMap = { ...main, actors: merged };
  indexes.forEach((ix, g) => {
    for (const first of ix.rest()) {
      const found: (Actor | undefined)[] = indexes.map((other, h) => (h === g ? first : h < g ? undefined : other.take(first.id, first.name)));
      const positions = found.map(positionOf);
      const consensus = consensusOf(positions);
      const spread = spreadOf(positions);
      const id = uniqueId(first.id, taken);
      actors.push({ id, name: first.name, groups: positions, consensus, spread, flagged: spread >= flagSpread, source: 'new' });
      const added: Actor = { ...first, id, x: consensus?.x ?? null, y: consensus?.y ?? null };
      consensusMap.actors.push(seatFits(consensusMap, added) ? added : { ...added, seat: false });
    }
  });

  return {
    groups: groups.map((g) => ({ file: g.file, title: g.map.title, pAdopt: chanceOf(g.map) })),
    consensus: { pAdopt: chanceOf(consensusMap) },
    actors,
    map: consensusMap,
  };
}
