/**
 * The projection of the map as shown right now (the live drag included), memoized on the shown
 * map. Parts skipped during a large drag keep their last value, marked stale, instead of flickering.
 */
import { useMemo, useRef } from 'react';
import type { PowerMap, Scenario } from '../../shared/model';
import type { MinimalSet, Projection } from '../../shared/projection';
import { useApp } from '../store';
import { computeProjection, type ProjectionView } from './computeProjection';

export interface ShownProjection {
  view: ProjectionView | null;
  detail: Projection | null;
  minimal: MinimalSet | null;
  /** True while `detail`/`minimal` are from before the drag started. */
  stale: boolean;
}

/** `map` should be stable while nothing the panel shows changes (see useProjectionStable). */
export function useProjection(map: PowerMap | null, scenario: Scenario | undefined): ShownProjection {
  const dragging = useApp((s) => s.draft !== null);
  const view = useMemo(() => (map ? computeProjection(map, scenario, dragging) : null), [map, scenario, dragging]);
  const last = useRef<{ detail: Projection | null; minimal: MinimalSet | null }>({ detail: null, minimal: null });
  if (view?.ok && view.detail) last.current.detail = view.detail;
  if (view?.ok && view.minimal) last.current.minimal = view.minimal;
  if (!view?.ok) return { view, detail: null, minimal: null, stale: false };
  return {
    view,
    detail: view.detail ?? last.current.detail,
    minimal: view.minimal ?? last.current.minimal,
    stale: view.detail === null || view.minimal === null,
  };
}
