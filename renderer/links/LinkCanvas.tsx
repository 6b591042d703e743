/**
 * The influence links, painted on one canvas under the grid's nodes. As SVG, five hundred long
 * lines made every drag re-raster the whole grid: hiding or moving one link invalidates its
 * bounding box, which for a line across the grid is most of it, and the browser re-rasters every
 * tile that box touches (50–100 ms a drop on this machine). A canvas is one bitmap: repainting five
 * hundred links costs a few milliseconds and nothing else is re-rastered (thousands are painted in
 * slices: linkPainter). Each link's arrow stops at the decision-maker's edge at the settled zoom
 * (none where the two are too close on screen).
 *
 * The canvas's fallback content lists the links (one item each, "Farm Bureau influences Eve
 * Larsen"): it is what assistive technology reads, and it is never rendered.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { ViewTransform } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import { linkLabel } from '../grid/actorLabel';
import { joinInSlices } from '../grid/slices';
import { useGridView } from '../grid/viewStore';
import { pictureTransform } from '../grid/useZoomLayers';
import { linkKey, paintLinks, type LinkDrawing, type LinkShape } from './linkPainter';

/** A paint slower than this (ms) is not repeated on every frame of a zoom gesture, nor done in the task that asks for it. */
const SLOW_PAINT_MS = 8;
/** Links painted in the commit that changes them, at most (more are painted after its frame). */
const QUICK_LINKS = 2000;
/** How long a zoom or pan gesture pauses before slow-painted links are painted again (ms). */
const GESTURE_PAUSE_MS = 150;

/** Fallback list items written per task, at most (a background task also keeps to a time budget). */
const ITEMS_PER_TASK = 1000;

/** Links a drag shows in its overlay instead (dragPreview); null: none. */
let hidden: ReadonlySet<string> | null = null;
const redraws = new Set<() => void>();

/** Leaves `keys` (linkKey) out of the canvas until called again (null: draw them all). */
export function hideLinks(keys: ReadonlySet<string> | null): void {
  hidden = keys;
  for (const redraw of redraws) redraw();
}

interface Props {
  links: readonly LinkShape[];
  /** The settled zoom, at which links are shortened to their ends. */
  layoutK: number;
  selected: { from: string; to: string } | null;
  nameOf: (id: string) => string;
  t: Translate;
  width: number;
  height: number;
}

export const LinkCanvas = memo(function LinkCanvas({ links, layoutK, selected, nameOf, t, width, height }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const drawing = useRef<Omit<LinkDrawing, 'hidden'>>({ links, layoutK, selected: null });
  drawing.current = { links, layoutK, selected: selected && linkKey(selected) };
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  // Painted in the commit that changes them, and on every zoom frame (once per frame however many
  // wheel events it has) while a paint is quick. Where it is not (thousands of links), a zoom or
  // pan gesture moves the last picture like the SVG layers (a CSS transform) and the links are
  // painted again once the gesture pauses.
  const painted = useRef<{ at: ViewTransform; ms: number } | null>(null);
  const spare = useRef<HTMLCanvasElement | null>(null);
  const painting = useRef(() => {});
  const redraw = useRef((_now: boolean) => {});
  redraw.current = (now) => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    painting.current();
    const at = useGridView.getState().transform;
    const shown = (ms: number) => {
      canvas.style.removeProperty('transform');
      painted.current = { at, ms };
    };
    // Canvas pixels per CSS pixel, from the width this render gave the canvas (redraw is rebuilt on every render).
    painting.current = paintLinks(canvas, { ...drawing.current, hidden }, at, canvas.width / Math.max(1, width), now, shown, () => (spare.current ??= document.createElement('canvas')));
  };
  // Links that paint slowly are painted once the frame that shows the change is on screen, so an
  // open or a drop of a large map is not held up by them. So is the first paint (a new canvas costs
  // tens of milliseconds to set up): a map opens with its people drawn first, then its links.
  const slow = () => !painted.current || painted.current.ms >= SLOW_PAINT_MS || drawing.current.links.length > QUICK_LINKS;
  useLayoutEffect(() => redraw.current(!slow()), [links, layoutK, selected, width, height, dpr]);
  useLayoutEffect(() => {
    let frame = 0;
    let pause: ReturnType<typeof setTimeout> | undefined;
    const again = () => redraw.current(!slow());
    redraws.add(again);
    const unsubscribe = useGridView.subscribe((s, prev) => {
      if (s.transform === prev.transform) return;
      const canvas = canvasRef.current;
      if (!slow() || !canvas || !painted.current) {
        if (!frame) frame = requestAnimationFrame(() => ((frame = 0), again()));
        return;
      }
      // A paint still under way is of a view that has moved on.
      painting.current();
      canvas.style.transform = pictureTransform(s.transform, painted.current.at);
      clearTimeout(pause);
      pause = setTimeout(again, GESTURE_PAUSE_MS);
    });
    return () => {
      redraws.delete(again);
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(pause);
      painting.current();
    };
  }, []);

  // The fallback list, a keyed join written directly (five thousand links are five thousand list
  // items, not five thousand components), touching only the items that changed, a thousand per task,
  // after the frame that shows the change and behind the people's nodes: it is never painted, so
  // nothing on screen waits for it.
  const items = useRef(new Map<string, { el: HTMLLIElement }>());
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    return joinInSlices(
      list,
      links,
      {
        drawn: items.current,
        key: linkKey,
        make: (l) => {
          const el = document.createElement('li');
          el.dataset.linkFrom = l.from;
          el.dataset.linkTo = l.to;
          return { el };
        },
        write: ({ el }, l) => {
          const className = selected?.from === l.from && selected.to === l.to ? 'link selected' : 'link';
          if (el.className !== className) el.className = className;
          const text = linkLabel(t, nameOf(l.from), nameOf(l.to));
          if (el.textContent !== text) el.textContent = text;
        },
      },
      { size: ITEMS_PER_TASK, start: 'afterFrame', priority: 'background' },
    );
  }, [links, selected, nameOf, t]);

  return (
    <canvas ref={canvasRef} className="link-canvas" width={Math.round(width * dpr)} height={Math.round(height * dpr)} style={{ width, height }}>
      <ul className="links" ref={listRef} aria-label={t('grid.a11y.links')} />
    </canvas>
  );
});
