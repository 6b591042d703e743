/** Shift-drag on empty grid space draws a rubber band; every actor inside joins the selection. */
import { useRef } from 'react';
import { isPlaced } from '../../shared/model';
import { useApp } from '../store';
import { subjectOf } from './gridHit';
import { clientToView, useGridView } from './viewStore';

export function useRubberBand(bandRef: React.RefObject<SVGRectElement | null>) {
  const active = useRef(false);
  return (e: React.PointerEvent) => {
    if (!e.shiftKey || e.button !== 0 || subjectOf(e.nativeEvent)) return;
    const start = clientToView(e.clientX, e.clientY);
    const band = bandRef.current;
    if (!start || !band || active.current) return;
    active.current = true;
    let end = start;
    const draw = () => {
      band.setAttribute('x', String(Math.min(start[0], end[0])));
      band.setAttribute('y', String(Math.min(start[1], end[1])));
      band.setAttribute('width', String(Math.abs(end[0] - start[0])));
      band.setAttribute('height', String(Math.abs(end[1] - start[1])));
      band.style.visibility = 'visible';
    };
    const move = (ev: PointerEvent) => {
      end = clientToView(ev.clientX, ev.clientY, false) ?? end;
      draw();
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      band.style.visibility = 'hidden';
      active.current = false;
      const { scales, transform: t } = useGridView.getState();
      const [x0, x1] = [Math.min(start[0], end[0]), Math.max(start[0], end[0])];
      const [y0, y1] = [Math.min(start[1], end[1]), Math.max(start[1], end[1])];
      const { map, selection, select } = useApp.getState();
      const inside = (map?.actors ?? []).filter((a) => {
        if (!isPlaced(a)) return false;
        const sx = scales.x(a.x) * t.k + t.x;
        const sy = scales.y(a.y) * t.k + t.y;
        return sx >= x0 && sx <= x1 && sy >= y0 && sy <= y1;
      });
      select([...new Set([...selection, ...inside.map((a) => a.id)])]);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
}
