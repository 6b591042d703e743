/**
 * The pointer says a link can be picked. Links are painted on a canvas beneath the grid's SVG
 * (LinkCanvas), so no element under the pointer carries a cursor: over one (linkAt, the test a
 * click uses), the grid's SVG shows the pointing hand. Looked up at most once a frame, and not
 * while a button is held (a pan, a rubber band or a drag is under way).
 */
import { useEffect, useRef, type RefObject } from 'react';
import { clientToView, useGridView } from '../grid/viewStore';
import { linkAt } from './linkHit';
import type { LinkShape } from './linkPainter';

export function useLinkHover(svg: RefObject<SVGSVGElement | null>, links: readonly LinkShape[], layoutK: number): void {
  const current = useRef({ links, layoutK });
  current.current = { links, layoutK };
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    let frame = 0;
    let pointer: PointerEvent | null = null;
    const look = () => {
      frame = 0;
      const at = pointer && pointer.buttons === 0 ? clientToView(pointer.clientX, pointer.clientY) : null;
      const { links, layoutK } = current.current;
      const over = at !== null && linkAt(links, at[0], at[1], useGridView.getState().transform, layoutK) !== null;
      el.style.cursor = over ? 'pointer' : '';
    };
    const onMove = (e: PointerEvent) => {
      pointer = e;
      frame ||= requestAnimationFrame(look);
    };
    const onLeave = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      el.style.cursor = '';
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      onLeave();
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
    };
  }, [svg]);
}
