/**
 * What the projection panel shows depends on each actor's column, not its exact position, so a
 * drag inside one column must not recompute or re-render the panel. Two maps are the same for the
 * panel when every actor agrees on what the figures read and the other parts are the very same
 * objects (edits replace what they change; an equal copy merely costs one recomputation).
 */
import { useRef } from 'react';
import { column, type Actor, type PowerMap } from '../../shared/model';

const sameActor = (a: Actor, b: Actor) =>
  a === b ||
  (a.id === b.id &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.seat === b.seat &&
    (a.x === null ? b.x === null : b.x !== null && column(a.x) === column(b.x)) &&
    a.pYes === b.pYes &&
    a.pPresent === b.pPresent &&
    a.recused === b.recused);

export function sameForProjection(a: PowerMap, b: PowerMap): boolean {
  if (a === b) return true;
  if (a.blocks !== b.blocks || a.links !== b.links || a.body !== b.body || a.stances !== b.stances || a.scenarios !== b.scenarios) return false;
  if (a.actors.length !== b.actors.length) return false;
  for (let i = 0; i < a.actors.length; i++) if (!sameActor(a.actors[i]!, b.actors[i]!)) return false;
  return true;
}

/** The same object for as long as the panel would show the same figures for it. */
export function useProjectionStable(map: PowerMap | null): PowerMap | null {
  const last = useRef<PowerMap | null>(null);
  if (!map) return null;
  if (!last.current || !sameForProjection(last.current, map)) last.current = map;
  return last.current;
}
