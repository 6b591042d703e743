/**
 * Paints the influence links onto a canvas. Rasterising a line costs its length: on this machine a
 * long link takes 15 to 20 µs in a software-rendered canvas, so ten thousand links are 150 to 300 ms
 * of paint, too long for one task. A paint of more links than one slice holds is therefore done in
 * slices, behind the people's nodes, into a canvas off screen, and copied onto the visible one when
 * it is complete: the links on screen never show half a paint.
 */
import type { ViewTransform } from '../../shared/geometry';
import { PALETTE } from '../../shared/palette';
import { inSlices } from '../grid/slices';
import { linkEnds } from '../grid/shapes';

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

/**
 * Lines and arrowheads painted per slice, at most: a map with fewer links is painted in one slice
 * (10 ms or so); more are painted in the background, 12 ms a slice.
 */
export const LINK_ITEMS_PER_SLICE = 1000;

export interface LinkDrawing {
  links: readonly LinkShape[];
  /** The settled zoom, at which links are shortened to their ends. */
  layoutK: number;
  /** The picked link's key (linkKey), drawn last in the highlight colour. */
  selected: string | null;
  /** Links a drag shows in its overlay instead (dragPreview). */
  hidden: ReadonlySet<string> | null;
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
 * Paints `d` at `t` onto `canvas`: each link its own stroke, the style set once (one large path of
 * five thousand segments took five times longer to stroke), then the picked link, then the
 * arrowheads over them all. `now`: in this task, in one slice, straight onto the canvas (links that
 * last painted quickly: a drag must hide its links in the frame it starts); otherwise after the next
 * frame, in slices if there are many. Calls `painted` with the milliseconds spent painting once the
 * canvas shows it. `spare` lends the canvas off screen. `dpr`: canvas pixels per CSS pixel (read
 * from the canvas's layout, it would make the browser style a grid whose nodes are being
 * rewritten there and then: 200 ms in a zoom of ten thousand people). Returns a cancel function.
 */
export function paintLinks(
  canvas: HTMLCanvasElement,
  d: LinkDrawing,
  t: ViewTransform,
  dpr: number,
  now: boolean,
  painted: (ms: number) => void,
  spare: () => HTMLCanvasElement,
): () => void {
  const n = d.links.length;
  // Items: the lines [0, n), the picked link at n, the arrowheads (n, 2n].
  const total = 2 * n + 1;
  const oneSlice = now || total <= LINK_ITEMS_PER_SLICE;
  // A paint of several slices goes to a canvas off screen, so the one on screen shows the last
  // complete paint until then. That canvas is sized in the first slice, not in the task that asks
  // for the paint: a new backing store costs tens of milliseconds.
  let target = canvas;
  // Set by setUp, which the first slice calls before anything is drawn.
  let ctx!: CanvasRenderingContext2D;
  const setUp = (): boolean => {
    if (!oneSlice) {
      target = spare();
      if (target.width !== canvas.width) target.width = canvas.width;
      if (target.height !== canvas.height) target.height = canvas.height;
    }
    const got = target.getContext('2d');
    if (got) ctx = got;
    return got !== null;
  };
  const tips: { x2: number; y2: number; angle: number }[] = [];
  let picked: { x1: number; y1: number; x2: number; y2: number; width: number } | null = null;
  let spent = 0;

  const line = (i: number) => {
    const l = d.links[i]!;
    const key = linkKey(l);
    if (d.hidden?.has(key)) return;
    const e = linkEnds([l.x1, l.y1], [l.x2, l.y2], d.layoutK);
    if (!e) return;
    const [x1, y1, x2, y2] = [e.x1 * t.k + t.x, e.y1 * t.k + t.y, e.x2 * t.k + t.x, e.y2 * t.k + t.y];
    tips.push({ x2, y2, angle: Math.atan2(y2 - y1, x2 - x1) });
    if (key === d.selected) {
      picked = { x1, y1, x2, y2, width: linkWidth(l.strength) };
      return;
    }
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.lineWidth = linkWidth(l.strength);
    ctx.stroke();
  };
  const pick = () => {
    if (!picked) return;
    ctx.strokeStyle = SELECTED;
    ctx.lineWidth = picked.width;
    ctx.beginPath();
    ctx.moveTo(picked.x1, picked.y1);
    ctx.lineTo(picked.x2, picked.y2);
    ctx.stroke();
  };
  const tip = (j: number) => {
    const a = tips[j];
    if (!a) return;
    ctx.beginPath();
    arrow(ctx, a.x2, a.y2, a.angle);
    ctx.fill();
  };

  return inSlices(
    total,
    oneSlice ? total : LINK_ITEMS_PER_SLICE,
    (from, to, outOfTime) => {
      const started = performance.now();
      if (from === 0 && !setUp()) return { reached: total };
      // A slice sets the whole style: another paint may have used the canvas in between.
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.lineCap = 'butt';
      if (from === 0) ctx.clearRect(0, 0, target.width / dpr, target.height / dpr);
      ctx.globalAlpha = from < n ? 0.75 : 1;
      ctx.strokeStyle = PALETTE.link;
      ctx.fillStyle = PALETTE.link;
      let i = from;
      for (; i < to && !(i > from && outOfTime()); i++) {
        if (i < n) line(i);
        else if (i === n) {
          ctx.globalAlpha = 1;
          pick();
        } else tip(i - n - 1);
      }
      spent += performance.now() - started;
      return { reached: i };
    },
    () => {
      if (target !== canvas) {
        const front = canvas.getContext('2d');
        if (!front) return;
        const started = performance.now();
        front.setTransform(1, 0, 0, 1, 0, 0);
        front.clearRect(0, 0, canvas.width, canvas.height);
        front.drawImage(target, 0, 0);
        spent += performance.now() - started;
      }
      painted(spent);
    },
    { start: now ? 'now' : 'afterFrame', priority: oneSlice ? 'user-visible' : 'background' },
  );
}
