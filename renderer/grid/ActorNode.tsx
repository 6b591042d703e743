import { memo, useLayoutEffect, useRef } from 'react';
import { FAR, labelOffset, parsePlace, type LabelPlace, type PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import type { Actor } from '../../shared/model';
import { useApp } from '../store';
import { actorLabel } from './actorLabel';
import { LABEL_GAP, labelSize, NODE_RADIUS, nodeTransform, shortLabel } from './shapes';
import { joinInSlices } from './slices';

type Placed = Actor & { x: number; y: number };

/** Nodes drawn per task: a thousand-actor map in one, ten thousand in ten. */
const NODES_PER_TASK = 1000;

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
  /** The settled zoom the node is scaled back by. */
  k: number;
  place: LabelPlace | null;
  t: Translate | null;
  transform: string;
  classes: string;
  /** `${kind}|${seat}`: the shapes inside the node. */
  shape: string;
  selected: boolean;
  label: string;
  halo: SVGElement | null;
  /** The label's elements (leader, hit box, text), after the shapes. */
  labelEls: SVGElement[];
}

/**
 * The name drawn inside the box the layout chose for it (centred), over a transparent rectangle
 * the size of that box: the name is a drag handle and a click target like the dot, not a hole
 * through which a press would pan the map. Far labels get a thin leader from the node's edge, so
 * it is clear whose name it is.
 */
function labelElements(fullName: string, place: LabelPlace): SVGElement[] {
  const { side, short, far } = parsePlace(place);
  const name = short ? shortLabel(fullName) : fullName;
  const { width, height } = labelSize(name);
  const b = labelOffset(side, width, height, far ? LABEL_GAP * FAR : LABEL_GAP);
  const out: SVGElement[] = [];
  if (far) {
    const tx = Math.max(b.x0, Math.min(b.x1, 0));
    const ty = Math.max(b.y0, Math.min(b.y1, 0));
    const len = Math.hypot(tx, ty) || 1;
    const r = NODE_RADIUS + 5;
    out.push(svg('line', { class: 'label-leader', x1: (tx / len) * r, y1: (ty / len) * r, x2: tx, y2: ty }));
  }
  out.push(svg('rect', { class: 'label-hit', x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 }));
  const text = svg('text', { class: 'label', x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central' });
  text.textContent = name;
  out.push(text);
  return out;
}

/** A 14-pixel square turned 45 degrees: its corners 7 * sqrt(2) from the centre. */
const DIAMOND = `M0 ${-7 * Math.SQRT2}L${7 * Math.SQRT2} 0L0 ${7 * Math.SQRT2}L${-7 * Math.SQRT2} 0Z`;

function shapeElements(kind: Actor['kind'], seat: boolean): SVGElement[] {
  // The diamond as a path, not a rotated square: a transform of its own per influencer is one more
  // node in the browser's property trees, and ten thousand of them show in every frame's paint.
  if (kind === 'influencer') return [svg('path', { class: 'shape', d: DIAMOND })];
  const shape = svg('circle', { class: 'shape', r: NODE_RADIUS });
  return seat ? [svg('circle', { class: 'seat-ring', r: NODE_RADIUS + 3.5 }), shape] : [shape];
}

const shapeKey = (a: Pick<Actor, 'kind' | 'seat'>) => `${a.kind}|${a.seat}`;
const baseClasses = (a: Pick<Actor, 'kind' | 'seat'>) => `actor-node ${a.kind}${a.seat ? ' seat' : ''}`;

/** One node of each shape, built once and cloned: a thousand nodes are cloned, not assembled. */
const templates = new Map<string, SVGGElement>();

function template(a: Pick<Actor, 'kind' | 'seat'>): SVGGElement {
  const key = shapeKey(a);
  let el = templates.get(key);
  if (!el) {
    // The shapes sit in the node itself, with no group of their own to scale them: its transform
    // places and scales it at once (a thousand groups and transforms fewer to style and paint).
    el = svg('g', { tabindex: 0, role: 'button', class: baseClasses(a), 'aria-pressed': 'false' }) as SVGGElement;
    el.append(svg('circle', { class: 'hit', r: NODE_RADIUS + 6 }), ...shapeElements(a.kind, a.seat));
    templates.set(key, el);
  }
  return el;
}

function create(actor: Placed): Drawn {
  const el = template(actor).cloneNode(true) as SVGGElement;
  el.setAttribute('data-actor-id', actor.id);
  return { el, actor: null, scales: null, k: 0, place: null, t: null, transform: '', classes: baseClasses(actor), shape: shapeKey(actor), selected: false, label: '', halo: null, labelEls: [] };
}

/** Brings one node up to date with its actor, selection and label place, touching only what changed. */
function update(d: Drawn, actor: Placed, scales: PlotScales, k: number, selected: boolean, place: LabelPlace | null, t: Translate) {
  // The same actor object (edits replace the objects they change) drawn the same way: nothing to do.
  if (actor === d.actor && scales === d.scales && k === d.k && selected === d.selected && place === d.place && t === d.t) return;
  d.scales = scales;
  d.k = k;
  d.place = place;
  const transform = nodeTransform([scales.x(actor.x), scales.y(actor.y)], k);
  if (transform !== d.transform) d.el.setAttribute('transform', (d.transform = transform));
  const classes = `actor-node ${actor.kind}${actor.seat ? ' seat' : ''}${actor.recused ? ' recused' : ''}${selected ? ' selected' : ''}`;
  if (classes !== d.classes) d.el.setAttribute('class', (d.classes = classes));
  if (selected !== d.selected) {
    d.el.setAttribute('aria-pressed', String(selected));
    d.selected = selected;
    if (selected && !d.halo) d.el.children[0]!.after((d.halo = svg('circle', { class: 'halo', r: NODE_RADIUS + 8 })));
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
  if (shape !== d.shape) {
    d.shape = shape;
    const keep = d.halo ? 2 : 1;
    while (d.el.children.length > keep + d.labelEls.length) d.el.children[keep]!.remove();
    const first = d.labelEls[0] ?? null;
    for (const s of shapeElements(actor.kind, actor.seat)) d.el.insertBefore(s, first);
  }
  const label = place ? `${place}\u0000${actor.name}` : '';
  if (label !== d.label) {
    d.label = label;
    for (const e of d.labelEls) e.remove();
    d.labelEls = place ? labelElements(actor.name, place) : [];
    d.el.append(...d.labelEls);
  }
  d.actor = actor;
}

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
 * Every placed actor, drawn in plot coordinates inside the zoomed layer (each node scaled back by
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
  current.current = { placed, scales, layoutK, labels, t, onDrawn };

  useLayoutEffect(() => {
    const g = layer.current;
    if (!g) return;
    let selected = new Set<string>();
    let alone: string | undefined;
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
          // The only actor selected shows its name even where the layout hid it (several selected
          // ones would print over each other).
          alone = selection.length === 1 ? selection[0] : undefined;
        },
        write: (d, a) => update(d, a, scales, layoutK, selected.has(a.id), labels.get(a.id) ?? (a.id === alone ? 'right' : null), t),
      },
      { size: NODES_PER_TASK, done: () => current.current.onDrawn(placed) },
    );
    // A press redraws the nodes whose selection changed, not the thousand others.
    const unsubscribe = useApp.subscribe((s, prev) => {
      if (s.selection === prev.selection) return;
      const { scales, layoutK, labels, t } = current.current;
      const selected = new Set(s.selection);
      const alone = s.selection.length === 1 ? s.selection[0] : undefined;
      for (const id of new Set([...prev.selection, ...s.selection])) {
        const d = drawn.current.get(id);
        if (d?.actor) update(d, d.actor, scales, layoutK, selected.has(id), labels.get(id) ?? (id === alone ? 'right' : null), t);
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
        if (id && (e.target as Element).matches(':focus-visible')) onFocusActor(id);
      }}
    />
  );
});
