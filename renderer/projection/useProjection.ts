/**
 * The projection of the map as shown right now (the live drag included), memoized on the shown
 * map. Parts skipped during a large drag keep their last value, marked stale, instead of flickering.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PowerMap, Scenario } from '../../shared/model';
import type { MinimalSet, Projection } from '../../shared/projection';
import type { Path } from '../../shared/path';
import { useApp } from '../store';
import { computeProjection, hasDeferrableDetail, prepareProjection, type ProjectionView } from './computeProjection';

export interface ShownProjection {
  view: ProjectionView | null;
  detail: Projection | null;
  minimal: MinimalSet | null;
  path: Path | null;
  /** True while `detail`/`minimal`/`path` are from before the drag started. */
  stale: boolean;
}

/**
 * True while a drag is on, and until the frame after it ends or after the panel first shows: the
 * grid is drawn first, and the full projection of a large body (a fifth of a second at 200 seats)
 * is worked out after it. Small bodies are always projected in full (computeProjection).
 */
function useDeferDetail(dragging: boolean): boolean {
  const [previous, setPrevious] = useState(dragging);
  const [settling, setSettling] = useState(true);
  if (previous !== dragging) {
    setPrevious(dragging);
    setSettling(!dragging);
  }
  useEffect(() => {
    if (!settling) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setSettling(false), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [settling]);
  return dragging || settling;
}

/** `map` should be stable while nothing the panel shows changes (see useProjectionStable). */
export function useProjection(map: PowerMap | null, scenario: Scenario | undefined, target?: number): ShownProjection {
  const dragging = useDeferDetail(useApp((s) => s.draft !== null));
  const prepared = useMemo(() => (map ? prepareProjection(map, scenario) : null), [map, scenario]);
  const light = dragging && !!prepared && hasDeferrableDetail(prepared);
  const view = useMemo(() => (prepared ? computeProjection(prepared, light, target) : null), [prepared, light, target]);
  const last = useRef<{ detail: Projection | null; minimal: MinimalSet | null; path: Path | null }>({ detail: null, minimal: null, path: null });
  if (view?.ok && view.detail) last.current.detail = view.detail;
  if (view?.ok && view.minimal) last.current.minimal = view.minimal;
  if (view?.ok && view.path) last.current.path = view.path;
  if (!view?.ok) return { view, detail: null, minimal: null, path: null, stale: false };
  return {
    view,
    detail: view.detail ?? last.current.detail,
    minimal: view.minimal ?? last.current.minimal,
    path: view.path ?? last.current.path,
    stale: view.detail === null || view.minimal === null || view.path === null,
  };
}
