/**
 * The projection of the map as shown right now (the live drag included). The figures are worked
 * out off the main thread (renderer/derived/runner.ts), latest request wins; until the answer to
 * the newest request arrives the panel keeps showing the last one, marked `updating`. Parts skipped
 * during a large drag keep their last value, marked stale, instead of flickering.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_TARGET, isLight, type Figures, type FiguresRequest } from '../../shared/derived/figures';
import type { PowerMap } from '../../shared/model';
import type { Path } from '../../shared/path';
import type { MinimalSet, Projection } from '../../shared/projection';
import { createRunner, type FiguresRunner } from '../derived/runner';
import { useApp } from '../store';
import { toView, type ProjectionView } from './computeProjection';

export interface ShownProjection {
  /** The last figures that arrived for this map; null until the first one does. */
  view: ProjectionView | null;
  detail: Projection | null;
  minimal: MinimalSet | null;
  path: Path | null;
  /** True while `detail`/`minimal`/`path` are from before the drag started. */
  stale: boolean;
  /** True while a newer change is being worked out: what is shown is the previous answer. */
  updating: boolean;
}

interface Answer {
  docId: string | null;
  request: FiguresRequest;
  figures: Figures;
}

/** `map` should be stable while nothing the panel shows changes (see useProjectionStable). */
/** `dragging`: an actor is being dragged, so a large body gets only its light figures (isLight). */
export function useProjection(map: PowerMap | null, scenarioId: string | null, dragging: boolean, target: number = DEFAULT_TARGET): ShownProjection {
  const docId = useApp((s) => s.docId);
  const light = map !== null && isLight(map, dragging);
  const request = useMemo<FiguresRequest | null>(
    () => (map ? { map, scenarioId, dragging: light, target } : null),
    [map, scenarioId, light, target],
  );

  const runner = useRef<FiguresRunner | null>(null);
  useEffect(
    () => () => {
      runner.current?.dispose();
      runner.current = null;
    },
    [],
  );
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!request) return;
    runner.current ??= createRunner();
    runner.current.request(request, (figures) => setAnswer({ docId, request, figures }));
  }, [request, docId]);

  // Another map's answer is never shown, not even as "updating".
  const current = answer && answer.docId === docId ? answer : null;
  const view = useMemo(() => (current ? toView(current.figures) : null), [current]);
  const last = useRef<{ docId: string | null; detail: Projection | null; minimal: MinimalSet | null; path: Path | null }>({ docId, detail: null, minimal: null, path: null });
  if (last.current.docId !== docId) last.current = { docId, detail: null, minimal: null, path: null };
  if (view?.ok && view.detail) last.current.detail = view.detail;
  if (view?.ok && view.minimal) last.current.minimal = view.minimal;
  if (view?.ok && view.path) last.current.path = view.path;
  const updating = request !== null && current?.request !== request;
  if (!view?.ok) return { view, detail: null, minimal: null, path: null, stale: false, updating };
  return {
    view,
    detail: view.detail ?? last.current.detail,
    minimal: view.minimal ?? last.current.minimal,
    path: view.path ?? last.current.path,
    stale: view.detail === null || view.minimal === null || view.path === null,
    updating,
  };
}
