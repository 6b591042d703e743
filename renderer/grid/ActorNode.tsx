import { memo, useLayoutEffect, useRef } from 'react';
import { FAR, labelOffset, parsePlace, type LabelPlace, type PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import type { Actor } from '../../shared/model';
import { useApp } from '../store';
import { actorLabel } from './actorLabel';
import { LABEL_GAP, labelSize, NODE_RADIUS, shortLabel, type Point } from './shapes';
import { sinceScreenRender } from './screenClock';
import { joinInSlices, type SliceStart } from './slices';

type Placed = Actor & { x: number; y: number };

/** Nodes drawn per task: a thousand-actor map in one, ten thousand in ten. */
export const NODES_PER_TASK = 1000;

/**
 * Nodes a first draw adds per frame, in one slice: the frame after styles every node made (two or
 * three elements each). At the limits (10,000 people, 1,000 seats, 100 blocks), when each node had
 * one element more, frames that styled two slices of a thousand took 90 to 110 ms; one slice of
 * 1,300 kept them near 70, and the ten-thousand-actor open took about 10% longer than with two (one
 * more frame painting them all).
 */
const FIRST_DRAW_NODES_PER_FRAME = 1300;

/**
 * How long the commit that shows the map screen may have taken for a small map's first draw to join
 * it. A thousand actors take 12 to 16 ms to draw; the screen's render and commit took 6 to 17 ms
 * once the page had shown a map before, and 70 ms on the page's first (its code not yet compiled),
 * which with the nodes came to 115 to 123 ms in one task.
 */
const QUICK_SCREEN_MS = 30;

/**
 * Where a map's first draw starts. All in one slice, after a quick commit: in that commit's task,
 * so the people are in the screen's first frame (a thousand-actor map opened 23 to 48 ms sooner
 * against the build before, in turns; about 10 ms sooner in the grid bench's medians). Otherwise
 * in a task of its own, which still comes before the next frame.
 */
function firstDrawStart(count: number): SliceStart {
  return count <= FIRST_DRAW_NODES_PER_FRAME && sinceScreenRender() < QUICK_SCREEN_MS ? 'now' : 'task';
}

/**
 * What a node whose name is made or moved costs, counted in nodes drawn without one: the frame
 * after it lays out the name's text, and a frame that gave two thousand nodes their names spent
 * 50 to 70 ms in layout alone. A slice holds NODES_PER_TASK of these units.
 */
const NAMED_NODE_COST = 3;

/**
 * What a node redrawn at a new zoom costs: its class, scale and radii change, and the frame after
 * restyles its parts. After a settled zoom of ten thousand people, a frame that restyled two
 * thousand nodes spent 57 to 70 ms in style alone.
 */
const RESCALED_NODE_COST = 2;

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const name in attrs) el.setAttribute(name, String(attrs[name]));
  return el;
}

/** What one node was last drawn with: each draw writes only the parts that differ. */
interface Drawn {
  el: SVGGElement;
  actor: Placed | null;
  scales: PlotScales | null;
  /** The settled zoom the node's sizes are scaled back by. */
  k: number;
  place: LabelPlace | null;
  t: Translate | null;
  /** `${x},${y},${k}`: where the parts were last drawn, and at what zoom. */
  at: string;
  classes: string;
  /** `${kind}|${seat}`: the shapes inside the node. */
  shape: string;
  selected: boolean;
  label: string;
  /** Under the shapes: the keyboard's focus ring (while focused), then the selection's halo. */
  ring: SVGElement | null;
  halo: SVGElement | null;
  /** The label's elements (leader, hit box, text), after the shapes. */
  labelEls: SVGElement[];
}

/**
 * The name drawn inside the box the layout chose for it (centred), over a transparent rectangle
 * the size of that box: the name is a drag handle and a click target like the dot, not a hole
 * through which a press would pan the map. Far labels get a thin leader from the node's edge, so
 * it is clear whose name it is. Laid out in screen pixels around the node's point, scaled back by
 * the settled zoom `k`.
 */
function labelParts(fullName: string, place: LabelPlace, [x, y]: Point, k: number): { name: string; parts: [tag: string, attrs: Record<string, string | number>][] } {
  const { side, short, far } = parsePlace(place);
  const name = short ? shortLabel(fullName) : fullName;
  const { width, height } = labelSize(name);
  const b = labelOffset(side, width, height, far ? LABEL_GAP * FAR : LABEL_GAP);
  const parts: [string, Record<string, string | number>][] = [];
  if (far) {
    const tx = Math.max(b.x0, Math.min(b.x1, 0));
    const ty = Math.max(b.y0, Math.min(b.y1, 0));
    const r = (NODE_RADIUS + 5) / (Math.hypot(tx, ty) || 1);
    parts.push(['line', { x1: x + (tx * r) / k, y1: y + (ty * r) / k, x2: x + tx / k, y2: y + ty / k }]);
  }
  parts.push(['rect', { x: x + b.x0 / k, y: y + b.y0 / k, width: (b.x1 - b.x0) / k, height: (b.y1 - b.y0) / k }]);
  parts.push(['text', { x: x + (b.x0 + b.x1) / 2 / k, y: y + (b.y0 + b.y1) / 2 / k }]);
  return { name, parts };
}

const LABEL_CLASS: Record<string, Record<string, string>> = {
  line: { class: 'label-leader' },
  rect: { class: 'label-hit' },
  text: { class: 'label', 'text-anchor': 'middle', 'dominant-baseline': 'central' },
};

function labelElements(fullName: string, place: LabelPlace, p: Point, k: number): SVGElement[] {
  const { name, parts } = labelParts(fullName, place, p, k);
  const out = parts.map(([tag, attrs]) => svg(tag, { ...LABEL_CLASS[tag], ...attrs }));
  out.at(-1)!.textContent = name;
  return out;
}

/** Moves a drawn name with its node, or to a new zoom, without making its elements again. */
function moveLabel(els: readonly SVGElement[], fullName: string, place: LabelPlace, p: Point, k: number) {
  labelParts(fullName, place, p, k).parts.forEach(([, attrs], i) => {
    for (const attr in attrs) els[i]!.setAttribute(attr, String(attrs[attr]));
  });
}

/** Radii of a node's circles, by class, in screen pixels. */
const RADIUS: Record<string, number> = { 'focus-ring': NODE_RADIUS + 6, halo: NODE_RADIUS + 8, 'seat-ring': NODE_RADIUS + 3.5, shape: NODE_RADIUS };

/** A 14-pixel square turned 45 degrees, centred on `[x, y]`: its corners 7 * sqrt(2) / k from the centre. */
function diamond([x, y]: Point, k: number): string {
  const r = (7 * Math.SQRT2) / k;
  return `M${x} ${y - r}l${r} ${r}l${-r} ${r}l${-r} ${-r}z`;
}

function circle(cls: string): SVGElement {
  return svg('circle', { class: cls, r: RADIUS[cls]! });
}

/** A circle under the shapes, drawn at the node's point: the focus ring or the halo. */
function backCircle(cls: string, [x, y]: Point, k: number): SVGElement {
  return svg('circle', { class: cls, cx: x, cy: y, r: RADIUS[cls]! / k });
}

/** Where a drawn node's parts are centred, in plot pixels, read from its shape (a circle, or the diamond of diamond()). */
export function nodeCentre(node: Element): Point {
  const shape = node.querySelector('.shape');
  if (shape?.localName === 'circle') return [Number(shape.getAttribute('cx')), Number(shape.getAttribute('cy'))];
  const m = /^M([^ ]+) ([^l]+)l([^ ]+)/.exec(shape?.getAttribute('d') ?? '');
  return m ? [Number(m[1]), Number(m[2]) + Number(m[3])] : [0, 0];
}

function shapeElements(kind: Actor['kind'], seat: boolean): SVGElement[] {
  if (kind === 'influencer') return [svg('path', { class: 'shape' })];
  return seat ? [circle('seat-ring'), circle('shape')] : [circle('shape')];
}

/**
 * Puts a node's shapes at its point: circles by their centre (and, zoomed, their radius), the
 * diamond by its path. No transform of its own: ten thousand nodes with one each are ten thousand
 * nodes in the browser's property trees and as many paint chunks, which every frame of a large map
 * pays for in pre-paint and layerize. `rescale`: the zoom changed, so the radii do too.
 */
function placeShapes(el: SVGGElement, [x, y]: Point, k: number, rescale: boolean) {
  const [cx, cy] = [String(x), String(y)];
  for (let part = el.firstElementChild; part; part = part.nextElementSibling) {
    const tag = part.localName;
    if (tag === 'circle') {
      part.setAttribute('cx', cx);
      part.setAttribute('cy', cy);
      if (rescale) part.setAttribute('r', String(RADIUS[part.getAttribute('class')!]! / k));
    } else if (tag === 'path') part.setAttribute('d', diamond([x, y], k));
    // The name's elements follow the shapes, and are laid out anew around the node.
    else break;
  }
}

const shapeKey = (a: Pick<Actor, 'kind' | 'seat'>) => `${a.kind}|${a.seat}`;
const baseClasses = (a: Pick<Actor, 'kind' | 'seat'>) => `actor-node ${a.kind}${a.seat ? ' seat' : ''}`;

/** One node of each shape, built once and cloned: a thousand nodes are cloned, not assembled. */
const templates = new Map<string, SVGGElement>();

function template(a: Pick<Actor, 'kind' | 'seat'>): SVGGElement {
  const key = shapeKey(a);
  let el = templates.get(key);
  if (!el) {
    el = svg('g', { tabindex: 0, role: 'button', class: baseClasses(a), 'aria-pressed': 'false' }) as SVGGElement;
    el.append(...shapeElements(a.kind, a.seat));
    templates.set(key, el);
  }
  return el;
}

function create(actor: Placed): Drawn {
  const el = template(actor).cloneNode(true) as SVGGElement;
  el.setAttribute('data-actor-id', actor.id);
  // Drawn at zoom 1, as the template is.
  return { el, actor: null, scales: null, k: 1, place: null, t: null, at: '', classes: baseClasses(actor), shape: shapeKey(actor), selected: false, label: '', ring: null, halo: null, labelEls: [] };
}

/**
 * Brings one node up to date with its actor, selection and label place, touching only what changed.
 * Returns what that cost, in nodes (more when it was redrawn at a new zoom, or its name was made or moved).
 */
function update(d: Drawn, actor: Placed, scales: PlotScales, k: number, selected: boolean, place: LabelPlace | null, t: Translate): number {
  // The same actor object (edits replace the objects they change) drawn the same way: nothing to do.
  if (actor === d.actor && scales === d.scales && k === d.k && selected === d.selected && place === d.place && t === d.t) return 1;
  const rescale = k !== d.k;
  d.scales = scales;
  d.k = k;
  d.place = place;
  const p: Point = [scales.x(actor.x), scales.y(actor.y)];
  const at = `${p[0]},${p[1]},${k}`;
  const moved = at !== d.at;
  d.at = at;
  // Zoomed in or out, strokes and type are scaled back by the settled zoom (grid.css, .scaled): at
  // zoom 1, the common case and every map just opened, no rule computes a size per element.
  const classes = `actor-node ${actor.kind}${actor.seat ? ' seat' : ''}${actor.recused ? ' recused' : ''}${selected ? ' selected' : ''}${k !== 1 ? ' scaled' : ''}`;
  if (classes !== d.classes) d.el.setAttribute('class', (d.classes = classes));
  if (rescale) {
    if (k === 1) d.el.style.removeProperty('--node-scale');
    else d.el.style.setProperty('--node-scale', String(1 / k));
  }
  if (selected !== d.selected) {
    d.el.setAttribute('aria-pressed', String(selected));
    d.selected = selected;
    if (selected && !d.halo) {
      d.halo = backCircle('halo', p, k);
      if (d.ring) d.ring.after(d.halo);
      else d.el.prepend(d.halo);
    }
    if (!selected && d.halo) {
      d.halo.remove();
      d.halo = null;
    }
  }
  if (actor !== d.actor || t !== d.t) {
    d.el.setAttribute('aria-label', actorLabel(t, actor));
    d.t = t;
  }
  const shape = shapeKey(actor);
  const reshaped = shape !== d.shape;
  if (reshaped) {
    d.shape = shape;
    const keep = (d.ring ? 1 : 0) + (d.halo ? 1 : 0);
    while (d.el.children.length > keep + d.labelEls.length) d.el.children[keep]!.remove();
    const first = d.labelEls[0] ?? null;
    for (const s of shapeElements(actor.kind, actor.seat)) d.el.insertBefore(s, first);
  }
  // New shapes are drawn at zoom 1 and nowhere yet; a name is laid out around the node, so it moves with it.
  if (moved || reshaped) placeShapes(d.el, p, k, rescale || (reshaped && k !== 1));
  const label = place ? `${place}\u0000${actor.name}` : '';
  let cost = rescale ? RESCALED_NODE_COST : 1;
  if (label !== d.label) {
    d.label = label;
    for (const e of d.labelEls) e.remove();
    d.labelEls = place ? labelElements(actor.name, place, p, k) : [];
    d.el.append(...d.labelEls);
    if (place) cost = NAMED_NODE_COST;
  } else if (moved && place) {
    moveLabel(d.labelEls, actor.name, place, p, k);
    cost = NAMED_NODE_COST;
  }
  d.actor = actor;
  return cost;
}

/** The only actor selected shows its name even where the layout hid it (several selected ones would print over each other). */
const onlySelected = (selection: readonly string[]) => (selection.length === 1 ? selection[0] : undefined);

/** Where a node's name goes: where the layout put it, or (hidden there) at the right of the only actor selected. */
const placeOf = (labels: ReadonlyMap<string, LabelPlace | null>, id: string, alone: string | undefined): LabelPlace | null =>
  labels.get(id) ?? (id === alone ? 'right' : null);

interface NodesProps {
  placed: Placed[];
  scales: PlotScales;
  /** The settled zoom: shapes and names are scaled back by it, so they keep their size on screen. */
  layoutK: number;
  /** Where the label layout put each name (null: hidden to avoid an overlap). */
  labels: ReadonlyMap<string, LabelPlace | null>;
  t: Translate;
  onFocusActor(id: string): void;
  /** Every node of `placed` is drawn (the last slice of a large map included). */
  onDrawn(placed: Placed[]): void;
}

/**
 * Every placed actor, drawn in plot coordinates inside the zoomed layer (its sizes scaled back by
 * the settled zoom so shapes and labels keep their size at any zoom). React owns the layer;
 * its nodes are a keyed join written directly to the DOM: a thousand actors cost a thousand groups,
 * not a thousand components with their fibers and props. A commit rewrites only the attributes
 * that changed, and the selection is applied by a store subscription, so a press re-renders
 * nothing. Focus by keyboard selects the focused actor (a mouse press selects through the drag
 * handler instead).
 */
export const ActorNodes = memo(function ActorNodes({ placed, scales, layoutK, labels, t, onFocusActor, onDrawn }: NodesProps) {
  const layer = useRef<SVGGElement>(null);
  const drawn = useRef(new Map<string, Drawn>());
  const current = useRef({ placed, scales, layoutK, labels, t, onDrawn });
  /** The settled zoom of the last draw asked for. */
  const drawnK = useRef(layoutK);
  current.current = { placed, scales, layoutK, labels, t, onDrawn };

  useLayoutEffect(() => {
    const g = layer.current;
    if (!g) return;
    let selected = new Set<string>();
    let alone: string | undefined;
    const first = drawn.current.size === 0;
    const cancel = joinInSlices(
      g,
      placed,
      {
        drawn: drawn.current,
        key: (a) => a.id,
        make: create,
        startSlice: () => {
          const { selection } = useApp.getState();
          selected = new Set(selection);
          alone = onlySelected(selection);
        },
        write: (d, a) => update(d, a, scales, layoutK, selected.has(a.id), placeOf(labels, a.id, alone), t),
      },
      {
        size: first ? FIRST_DRAW_NODES_PER_FRAME : NODES_PER_TASK,
        aheadOfFrames: first ? 1 : undefined,
        // A large map redrawn at a new zoom starts after the frame that shows its people sharp at
        // the new view: that frame lays out and paints all of them again (65 ms at ten thousand),
        // and with a slice of them restyled, it came near 100.
        start: first ? firstDrawStart(placed.length) : layoutK !== drawnK.current && placed.length > NODES_PER_TASK ? 'afterFrame' : 'now',
        done: () => current.current.onDrawn(placed),
      },
    );
    drawnK.current = layoutK;
    // A press redraws the nodes whose selection changed, not the thousand others.
    const unsubscribe = useApp.subscribe((s, prev) => {
      if (s.selection === prev.selection) return;
      const { scales, layoutK, labels, t } = current.current;
      const selected = new Set(s.selection);
      const alone = onlySelected(s.selection);
      for (const id of new Set([...prev.selection, ...s.selection])) {
        const d = drawn.current.get(id);
        if (d?.actor) update(d, d.actor, scales, layoutK, selected.has(id), placeOf(labels, id, alone), t);
      }
    });
    return () => {
      cancel();
      unsubscribe();
    };
  }, [placed, scales, layoutK, labels, t]);

  return (
    <g
      className="nodes"
      ref={layer}
      onFocus={(e) => {
        const id = (e.target as Element).getAttribute('data-actor-id');
        const d = id ? drawn.current.get(id) : undefined;
        if (d?.actor && d.scales && !d.ring) d.el.prepend((d.ring = backCircle('focus-ring', [d.scales.x(d.actor.x), d.scales.y(d.actor.y)], d.k)));
        if (id && (e.target as Element).matches(':focus-visible')) onFocusActor(id);
      }}
      onBlur={(e) => {
        const d = drawn.current.get((e.target as Element).getAttribute('data-actor-id') ?? '');
        d?.ring?.remove();
        if (d) d.ring = null;
      }}
    />
  );
});
