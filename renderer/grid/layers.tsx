/** The static and slow-changing layers of the grid: column shading, block hulls and links (axes: Axes.tsx). */
import { memo, useLayoutEffect, useRef } from 'react';
import { columnBoundaries, type PlotBox, type PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import { PALETTE } from '../../shared/palette';
import { useApp } from '../store';
import { linkLabel } from './actorLabel';
import { linkEnds, NODE_RADIUS, nodeTransform, type HullGeometry } from './shapes';
import { inSlices } from './slices';

/** Column shading, power gridlines and the plot frame, in plot coordinates (inside the zoomed layer). */
export const ColumnsBackground = memo(function ColumnsBackground({ scales, box }: { scales: PlotScales; box: PlotBox }) {
  const edges = columnBoundaries();
  const bottom = box.top + box.height;
  return (
    <g className="columns-bg" aria-hidden="true">
      {edges.slice(0, -1).map((b, c) => (
        <rect key={c} x={scales.x(b)} y={box.top} width={scales.x(edges[c + 1]!) - scales.x(b)} height={box.height} fill={PALETTE.columns[c]} />
      ))}
      {[0.25, 0.5, 0.75].map((y) => (
        <line key={y} className="gridline" x1={box.left} x2={box.left + box.width} y1={scales.y(y)} y2={scales.y(y)} />
      ))}
      {edges.slice(1, -1).map((b) => (
        <line key={b} className="column-edge" x1={scales.x(b)} x2={scales.x(b)} y1={box.top} y2={bottom} />
      ))}
      <rect data-testid="grid-plot" className="plot-frame" x={box.left} y={box.top} width={box.width} height={box.height} />
    </g>
  );
});

/** Column headings and axis titles live in Axes.tsx; re-exported for the grid. */
export { Axes } from './Axes';

export interface HullShape extends HullGeometry {
  id: string;
  name: string;
  members: readonly string[];
}

/** How far above its top member a block's name sits, in screen pixels. */
export const BLOCK_LABEL_RISE = NODE_RADIUS + 18;

/**
 * A voting block: a rounded hull around its members (padding from a thick round-joined stroke),
 * marked selected when all its members are; it follows the selection itself, so a press does not
 * re-render the grid.
 */
export const BlockHull = memo(function BlockHull({ hull, label, showName }: { hull: HullShape; label: string; showName: boolean }) {
  const { members } = hull;
  const selected = useApp((s) => members.length > 0 && members.every((m) => s.selection.includes(m)));
  return (
    <g className={`block-hull${selected ? ' selected' : ''}`} data-block-id={hull.id} role="img" aria-label={label}>
      <path className="hull-shape" d={hull.path} />
      {showName && (
        <g transform={nodeTransform([hull.labelX, hull.labelY])}>
          <g className="node-body">
            <text className="block-label" y={-BLOCK_LABEL_RISE + 4} textAnchor="middle">
              {hull.name}
            </text>
          </g>
        </g>
      )}
    </g>
  );
});

export interface LinkShape {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  strength: number;
}

interface DrawnLink {
  el: SVGGElement;
  hit: SVGLineElement;
  line: SVGLineElement;
  /** What the link was last drawn with, to write only what changed. */
  shape: LinkShape | null;
  k: number;
  selected: boolean;
  fromName: string;
  toName: string;
  t: Translate | null;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Links drawn per task: a large map's are drawn over several tasks. */
const LINKS_PER_TASK = 1000;

/** A link's elements, built once and cloned for each link. */
let linkTemplate: SVGGElement | null = null;

function createLink(l: LinkShape): DrawnLink {
  if (!linkTemplate) {
    linkTemplate = document.createElementNS(SVG, 'g');
    linkTemplate.setAttribute('role', 'img');
    linkTemplate.setAttribute('class', 'link');
    const hit = document.createElementNS(SVG, 'line');
    hit.setAttribute('class', 'link-hit');
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('class', 'link-line');
    line.setAttribute('marker-end', 'url(#arrow)');
    linkTemplate.append(hit, line);
  }
  const el = linkTemplate.cloneNode(true) as SVGGElement;
  el.setAttribute('data-link-from', l.from);
  el.setAttribute('data-link-to', l.to);
  const [hit, line] = el.children as unknown as [SVGLineElement, SVGLineElement];
  return { el, hit, line, shape: null, k: 0, selected: false, fromName: '', toName: '', t: null };
}

interface LinksProps {
  links: readonly LinkShape[];
  k: number;
  selected: { from: string; to: string } | null;
  nameOf: (id: string) => string;
  t: Translate;
}

/**
 * The influence links, each shortened so its arrow stops at the decision-maker's edge at the
 * current zoom (none where the two are too close on screen for an arrow). React owns the layer;
 * the links are a keyed join written to the DOM directly, touching only what changed: five
 * thousand links cost five thousand groups, not five thousand components.
 */
export const LinkLines = memo(function LinkLines({ links, k, selected, nameOf, t }: LinksProps) {
  const layer = useRef<SVGGElement>(null);
  const drawn = useRef(new Map<string, DrawnLink>());
  useLayoutEffect(() => {
    const g = layer.current;
    if (!g) return;
    const seen = new Set<string>();
    let before: Element | null = null;
    return inSlices(
      links.length,
      LINKS_PER_TASK,
      (from, to) => {
        for (let i = from; i < to; i++) {
          const l = links[i]!;
          const key = `${l.from}>${l.to}`;
          let d = drawn.current.get(key);
          const p = d?.shape;
          const same = !!p && d!.k === k && p.x1 === l.x1 && p.y1 === l.y1 && p.x2 === l.x2 && p.y2 === l.y2;
          const ends = same ? null : linkEnds([l.x1, l.y1], [l.x2, l.y2], k);
          // Too short on screen for an arrow: not drawn.
          if (!same && !ends) continue;
          seen.add(key);
          if (!d) drawn.current.set(key, (d = createLink(l)));
          if (ends) {
            for (const line of [d.hit, d.line]) {
              line.setAttribute('x1', String(ends.x1));
              line.setAttribute('y1', String(ends.y1));
              line.setAttribute('x2', String(ends.x2));
              line.setAttribute('y2', String(ends.y2));
            }
          }
          if (!p || p.strength !== l.strength) d.line.style.strokeWidth = String(1.2 + 2 * l.strength);
          d.shape = l;
          d.k = k;
          const isSelected = selected?.from === l.from && selected.to === l.to;
          if (isSelected !== d.selected) {
            d.selected = isSelected;
            d.el.setAttribute('class', isSelected ? 'link selected' : 'link');
          }
          const fromName = nameOf(l.from);
          const toName = nameOf(l.to);
          if (fromName !== d.fromName || toName !== d.toName || t !== d.t) {
            d.fromName = fromName;
            d.toName = toName;
            d.t = t;
            d.el.setAttribute('aria-label', linkLabel(t, fromName, toName));
          }
          const next: Element | null = before ? before.nextElementSibling : g.firstElementChild;
          if (next !== d.el) g.insertBefore(d.el, next);
          before = d.el;
        }
      },
      () => {
        for (const [key, d] of drawn.current) {
          if (seen.has(key)) continue;
          d.el.remove();
          drawn.current.delete(key);
        }
      },
    );
  }, [links, k, selected, nameOf, t]);
  return <g className="links" ref={layer} />;
});
