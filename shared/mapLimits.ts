/**
 * How much one map holds, at most. A committee maps a council or selectboard: a few dozen people,
 * a few hundred at the very most. The grid draws every person as an element of its own and keeps
 * every task of an open, a drag or a drop under 100 ms up to these sizes on a modest laptop
 * (bench/grid.ts); past them a task grows with the map. So a map over a limit is refused where it
 * would come in (a file opened or imported, an edit, a merge), with a message that gives the
 * limits, and nothing is changed.
 */
import type { PowerMap } from './model';

export const MAP_LIMITS = {
  actors: 10_000,
  links: 20_000,
  blocks: 100,
  scenarios: 1_000,
  /** The body's seats (a town meeting of elected members has a few hundred). */
  seats: 1_000,
  // Campaign memory: years of a committee's work, each list drawn in its dialog (and the History
  // timeline) within a task of 100 ms at these sizes (bench/_memory figures in issue #16).
  meetings: 2_000,
  snapshots: 500,
  votes: 200,
} as const;

export type LimitedList = 'actors' | 'links' | 'blocks' | 'scenarios' | 'meetings' | 'snapshots' | 'votes';
export type Limited = keyof typeof MAP_LIMITS;

/** How many of `what` the map has. */
export const countOf = (map: Pick<PowerMap, LimitedList | 'body'>, what: Limited): number => (what === 'seats' ? map.body.seats : map[what].length);

/** The first of `map`'s counts over its limit, or null when the map is within them all. */
export function overLimit(map: Pick<PowerMap, LimitedList | 'body'>): { what: Limited; count: number } | null {
  for (const what of Object.keys(MAP_LIMITS) as Limited[]) {
    const count = countOf(map, what);
    if (count > MAP_LIMITS[what]) return { what, count };
  }
  return null;
}
