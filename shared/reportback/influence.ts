/**
 * Who can reach whom: each influencer on the map with the people its influence links point at,
 * strongest first (DESIGN.md §3, §4.1). Used by `powermap project` (text and JSON).
 */
import { column, isPlaced, type PowerMap } from '../model';

export interface Reach {
  id: string;
  name: string;
  strength: number;
  /** True when the person reached holds a seat on the deciding body (a vote). */
  member: boolean;
}

export interface InfluencerReach {
  id: string;
  name: string;
  /** Column 0–4 on the grid, or null while not placed. */
  column: number | null;
  reaches: Reach[];
}

export function influencerReach(map: PowerMap): InfluencerReach[] {
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  return map.actors
    .filter((a) => a.kind === 'influencer')
    .map((a) => ({
      id: a.id,
      name: a.name,
      column: isPlaced(a) ? column(a.x) : null,
      reaches: map.links
        .filter((l) => l.from === a.id && byId.has(l.to))
        .map((l) => {
          const to = byId.get(l.to)!;
          return { id: to.id, name: to.name, strength: l.strength, member: to.kind === 'decision-maker' && to.seat };
        })
        // Strongest first; equal strengths keep the map's order (sort is stable).
        .sort((x, y) => y.strength - x.strength),
    }));
}
