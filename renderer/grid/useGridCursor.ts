/**
 * The pointer says what a press would take where no element under it can: near a person's dot
 * (actorNear, the test a press uses) the open hand, and over a link the pointing hand. Links are
 * painted on a canvas beneath the grid's SVG (LinkCanvas), and the margin around a dot is no
 * element either, so the grid's SVG shows the cursor (linkAt, the test a click uses). Looked up at
 * most once a frame, and not while a button is held (a pan, a rubber band or a drag is under way).
 */
import { useEffect, useRef, type RefObject } from 'react';
import { actorNear } from './gridHit';
import { clientToView, useGridView } from './viewStore';
import { linkAt } from '../links/linkHit';
import type { LinkShape } from '../links/linkPainter';

export function useGridCursor(svg: RefObject<SVGSVGElement | null>, links: readonly LinkShape[], layoutK: number): void {
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
      if (at && actorNear(pointer!.clientX, pointer!.clientY)) el.style.cursor = 'grab';
      else el.style.cursor = at && linkAt(links, at[0], at[1], useGridView.getState().transform, layoutK) ? 'pointer' : '';
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
