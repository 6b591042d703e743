/**
 * The influence links, painted on one canvas under the grid's nodes. As SVG, five hundred long
 * lines made every drag re-raster the whole grid: hiding or moving one link invalidates its
 * bounding box, which for a line across the grid is most of it, and the browser re-rasters every
 * tile that box touches (50–100 ms a drop on this machine). A canvas is one bitmap: repainting all
 * links costs a millisecond or two and nothing else is re-rastered. Each link's arrow stops at the
 * decision-maker's edge at the settled zoom (none where the two are too close on screen).
 *
 * The canvas's fallback content lists the links (one item each, "Farm Bureau influences Eve
 * Larsen"): it is what assistive technology reads, and it is never rendered.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { ViewTransform } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import { PALETTE } from '../../shared/palette';
import { linkLabel } from '../grid/actorLabel';
import { linkEnds } from '../grid/shapes';
import { afterNextFrame, joinInSlices } from '../grid/slices';
import { useGridView } from '../grid/viewStore';

export interface LinkShape {
  from: string;
  to: string;
  /** The two actors' centres, in plot pixels. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  strength: number;
}

export const linkKey = (l: { from: string; to: string }) => `${l.from}>${l.to}`;

/** A link's line width in screen pixels: stronger influence, thicker line. */
export const linkWidth = (strength: number) => 1.2 + 2 * strength;

const SELECTED = '#f2b01e';

/** A paint slower than this (ms) is not repeated on every frame of a zoom gesture. */
const SLOW_PAINT_MS = 8;
/** Links painted in the commit that changes them, at most (more are painted after its frame). */
const QUICK_LINKS = 2000;
/** How long a zoom or pan gesture pauses before slow-painted links are painted again (ms). */
const GESTURE_PAUSE_MS = 150;

/** Fallback list items written per task, at most (a background task also keeps to a time budget). */
const ITEMS_PER_TASK = 1000;

interface Drawing {
  links: readonly LinkShape[];
  layoutK: number;
  selected: string | null;
}

/** Links a drag shows in its overlay instead (dragPreview); null: none. */
let hidden: ReadonlySet<string> | null = null;
const redraws = new Set<() => void>();

/** Leaves `keys` (linkKey) out of the canvas until called again (null: draw them all). */
export function hideLinks(keys: ReadonlySet<string> | null): void {
  hidden = keys;
  for (const redraw of redraws) redraw();
}

/** The arrowhead of the old SVG marker: 10 px long, its base 8 px behind the tip's anchor. */
function arrow(path: CanvasRenderingContext2D, x: number, y: number, angle: number) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const at = (u: number, v: number) => [x + (u - 8) * c - (v - 5) * s, y + (u - 8) * s + (v - 5) * c] as const;
  path.moveTo(...at(0, 0));
  path.lineTo(...at(10, 5));
  path.lineTo(...at(0, 10));
  path.closePath();
}

/**
 * Each link its own stroke, the style set once (one large path of five thousand segments took
 * five times longer to stroke in a software-rendered canvas), then the arrowheads over them. The
 * picked link is drawn last, in the highlight colour. Returns how long it took, in ms.
 */
function paint(canvas: HTMLCanvasElement, d: Drawing, t: ViewTransform): number {
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const started = performance.now();
  const dpr = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineCap = 'butt';
  const drawn: { x2: number; y2: number; angle: number }[] = [];
  let picked: { x1: number; y1: number; x2: number; y2: number; width: number } | null = null;
  ctx.globalAlpha = 0.75;
  ctx.strokeStyle = PALETTE.link;
  for (const l of d.links) {
    const key = linkKey(l);
    if (hidden?.has(key)) continue;
    const e = linkEnds([l.x1, l.y1], [l.x2, l.y2], d.layoutK);
    if (!e) continue;
    const [x1, y1, x2, y2] = [e.x1 * t.k + t.x, e.y1 * t.k + t.y, e.x2 * t.k + t.x, e.y2 * t.k + t.y];
    drawn.push({ x2, y2, angle: Math.atan2(y2 - y1, x2 - x1) });
    if (key === d.selected) {
      picked = { x1, y1, x2, y2, width: linkWidth(l.strength) };
      continue;
    }
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.lineWidth = linkWidth(l.strength);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  if (picked) {
    ctx.strokeStyle = SELECTED;
    ctx.lineWidth = picked.width;
    ctx.beginPath();
    ctx.moveTo(picked.x1, picked.y1);
    ctx.lineTo(picked.x2, picked.y2);
    ctx.stroke();
  }
  ctx.fillStyle = PALETTE.link;
  for (const a of drawn) {
    ctx.beginPath();
    arrow(ctx, a.x2, a.y2, a.angle);
    ctx.fill();
  }
  return performance.now() - started;
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
  const drawing = useRef<Drawing>({ links, layoutK, selected: null });
  drawing.current = { links, layoutK, selected: selected && linkKey(selected) };
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  // Painted in the commit that changes them, and on every zoom frame (once per frame however many
  // wheel events it has) while a paint is quick. Where it is not (thousands of links), a zoom or
  // pan gesture moves the last picture like the SVG layers (a CSS transform) and the links are
  // painted again once the gesture pauses.
  const painted = useRef<{ at: ViewTransform; ms: number } | null>(null);
  const redraw = useRef(() => {});
  redraw.current = () => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const at = useGridView.getState().transform;
    canvas.style.removeProperty('transform');
    painted.current = { at, ms: paint(canvas, drawing.current, at) };
  };
  // Links that paint slowly are painted once the frame that shows the change is on screen, so an
  // open or a drop of a large map is not held up by them. So is the first paint (a new canvas costs
  // tens of milliseconds to set up): a map opens with its people drawn first, then its links.
  const slow = () => !painted.current || painted.current.ms >= SLOW_PAINT_MS || drawing.current.links.length > QUICK_LINKS;
  useLayoutEffect(() => {
    if (!slow()) return redraw.current();
    return afterNextFrame(() => redraw.current());
  }, [links, layoutK, selected, width, height, dpr]);
  useLayoutEffect(() => {
    let frame = 0;
    let pause: ReturnType<typeof setTimeout> | undefined;
    const again = () => redraw.current();
    redraws.add(again);
    const unsubscribe = useGridView.subscribe((s, prev) => {
      if (s.transform === prev.transform) return;
      const canvas = canvasRef.current;
      if (!slow() || !canvas || !painted.current) {
        if (!frame) frame = requestAnimationFrame(() => ((frame = 0), again()));
        return;
      }
      const { at } = painted.current;
      const k = s.transform.k / at.k;
      canvas.style.transform = `translate(${s.transform.x - at.x * k}px, ${s.transform.y - at.y * k}px) scale(${k})`;
      clearTimeout(pause);
      pause = setTimeout(again, GESTURE_PAUSE_MS);
    });
    return () => {
      redraws.delete(again);
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(pause);
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
