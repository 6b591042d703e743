/**
 * What the projection panel shows depends on each actor's column, not its exact position, so a
 * drag inside one column must not recompute or re-render the panel. This key changes exactly when
 * something the panel shows could change.
 */
import { useRef } from 'react';
import { column, type PowerMap } from '../../shared/model';

export function projectionKey(map: PowerMap): string {
  const actors = map.actors
    .map((a) => `${a.id}\u0001${a.name}\u0001${a.kind}\u0001${a.seat ? 1 : 0}\u0001${a.x === null ? '-' : column(a.x)}\u0001${a.pYes}\u0001${a.pPresent}\u0001${a.recused ? 1 : 0}`)
    .join('\u0002');
  return [actors, JSON.stringify(map.blocks), JSON.stringify(map.links), JSON.stringify(map.body), map.stances.join(), JSON.stringify(map.scenarios)].join('\u0003');
}

/** The same object for as long as its projection key stays the same. */
export function useProjectionStable(map: PowerMap | null): PowerMap | null {
  const last = useRef<{ key: string; map: PowerMap } | null>(null);
  if (!map) return null;
  if (last.current?.map === map) return map;
  const key = projectionKey(map);
  if (last.current?.key !== key) last.current = { key, map };
  return last.current.map;
}
