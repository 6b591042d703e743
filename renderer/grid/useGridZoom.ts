/**
 * Pan and zoom with d3-zoom (wheel, pinch, drag on empty space). D3 keeps the gesture maths; the
 * transform goes into the view store, which moves the grid and its people (useZoomLayers) and settles
 * the zoom for labels when the gesture ends. D3 listens on the grid's stage, which never moves: the
 * picture under the pointer is moved by the gesture, and read through it, the pointer would drift.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useEffect, useRef } from 'react';
import { MAX_ZOOM, MIN_ZOOM, type ViewTransform } from '../../shared/geometry';
import { subjectOf } from './gridHit';
import { useGridView } from './viewStore';

export function useGridZoom(stageRef: React.RefObject<HTMLElement | null>) {
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const z = zoom<HTMLElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const e = event as MouseEvent;
        if (e.button || e.shiftKey || e.altKey) return false;
        // A press on a person or a block starts a drag of its own, never a pan.
        return !subjectOf(event as MouseEvent | TouchEvent);
      })
      .on('zoom', (event: { transform: ViewTransform }) => {
        const { k, x, y } = event.transform;
        useGridView.getState().setTransform({ k, x, y });
      })
      .on('end', () => useGridView.getState().settle());
    const sel = select(stage);
    sel.call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [stageRef]);

  /** Jumps to a transform (fit all, reset, buttons); d3-zoom's own state follows. */
  return (t: ViewTransform) => {
    const stage = stageRef.current;
    if (stage && behaviour.current) select(stage).call(behaviour.current.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  };
}
