/**
 * What a meeting's response suggests about where the members met stand: "leaning-yes" puts them in
 * the Passive-ally column, and so on along the whip categories; "no-commitment" suggests nothing.
 */
import { column, columnCentre, isPlaced, type PowerMap } from '../model';
import type { MeetingResponse } from '../memory/model';
import { applyOperation, type Move } from '../ops';
import { isProjectionError, project, toProjectionInput } from '../projection';

const SUGGESTED: Record<MeetingResponse, number | null> = {
  no: 0,
  'leaning-no': 1,
  undecided: 2,
  'leaning-yes': 3,
  yes: 4,
  'no-commitment': null,
};

export function suggestedColumn(response: MeetingResponse): number | null {
  return SUGGESTED[response];
}

/** A member the meeting suggests moving: from its column (null: not on the grid yet) to `to`. */
export interface SuggestedMove {
  id: string;
  name: string;
  from: number | null;
  to: number;
}

/** The members met (still on the map) who are not in the column their response suggests. */
export function suggestedMoves(map: PowerMap, withIds: readonly string[], response: MeetingResponse): SuggestedMove[] {
  const to = suggestedColumn(response);
  if (to === null) return [];
  return withIds.flatMap((id) => {
    const a = map.actors.find((x) => x.id === id);
    if (!a) return [];
    const from = isPlaced(a) ? column(a.x) : null;
    return from === to ? [] : [{ id, name: a.name, from, to }];
  });
}

/**
 * The moves for the accepted suggestions: a placed member goes to the centre of its new column at
 * the same power (as the editor's column choice does); one not on the grid yet goes where `place`
 * finds room in that column.
 */
export function movesFor(map: PowerMap, accepted: readonly SuggestedMove[], place: (id: string, col: number) => { x: number; y: number }): Move[] {
  return accepted.map((s) => {
    const a = map.actors.find((x) => x.id === s.id)!;
    return isPlaced(a) ? { id: s.id, x: Math.round(columnCentre(s.to) * 1e4) / 1e4, y: a.y } : { id: s.id, ...place(s.id, s.to) };
  });
}

/** The chance of adoption before and after the moves; null when the map has no projection (no seats filled). */
export function chanceWithMoves(map: PowerMap, moves: Move[]): { before: number; after: number } | null {
  const pAdopt = (m: PowerMap) => project(toProjectionInput(m), { gains: false }).pAdopt;
  try {
    return { before: pAdopt(map), after: pAdopt(applyOperation(map, { type: 'actors.move', moves }).map) };
  } catch (e) {
    if (isProjectionError(e)) return null;
    throw e;
  }
}
