/**
 * Pan and zoom with d3-zoom (wheel, pinch, drag on empty space). D3 keeps the gesture maths; the
 * transform goes into the view store, which moves the zoomed layer directly (GridView) and settles
 * the zoom for labels when the gesture ends.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useEffect, useRef } from 'react';
import { MAX_ZOOM, MIN_ZOOM, type ViewTransform } from '../../shared/geometry';
import { useGridView } from './viewStore';

/** Pointer-downs on these start a drag of their own, never a pan. */
export const DRAGGABLE = '[data-actor-id],[data-block-id]';

export function useGridZoom(svgRef: React.RefObject<SVGSVGElement | null>) {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const e = event as MouseEvent;
        if (e.button || e.shiftKey || e.altKey) return false;
        return !(event.target as Element).closest(DRAGGABLE);
      })
      .on('zoom', (event: { transform: ViewTransform }) => {
        const { k, x, y } = event.transform;
        useGridView.getState().setTransform({ k, x, y });
      })
      .on('end', () => useGridView.getState().settle());
    const sel = select(svg);
    sel.call(z).on('dblclick.zoom', null);
    behaviour.current = z;
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef]);

  /** Jumps to a transform (fit all, reset, buttons); d3-zoom's own state follows. */
  return (t: ViewTransform) => {
    const svg = svgRef.current;
    if (svg && behaviour.current) select(svg).call(behaviour.current.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  };
}
