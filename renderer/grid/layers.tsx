/** The static and slow-changing layers of the grid: column shading, block hulls and links (axes: Axes.tsx). */
import { memo } from 'react';
import { columnBoundaries, type PlotBox, type PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import { PALETTE } from '../../shared/palette';
import { useApp } from '../store';
import { linkLabel } from './actorLabel';
import { linkEnds, NODE_RADIUS, nodeTransform, type HullGeometry } from './shapes';

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

interface LinkProps {
  link: LinkShape;
  k: number;
  selected: boolean;
  fromName: string;
  toName: string;
  t: Translate;
}

/** Link shapes are rebuilt on every commit; only those whose geometry or words changed re-render. */
function sameLink(a: LinkProps, b: LinkProps): boolean {
  const p = a.link;
  const q = b.link;
  return (
    p.x1 === q.x1 && p.y1 === q.y1 && p.x2 === q.x2 && p.y2 === q.y2 && p.strength === q.strength && p.from === q.from && p.to === q.to &&
    a.k === b.k && a.selected === b.selected && a.fromName === b.fromName && a.toName === b.toName && a.t === b.t
  );
}

/** An influence link, shortened so its arrow stops at the decision-maker's edge at the current zoom. */
export const LinkLine = memo(function LinkLine({ link, k, selected, fromName, toName, t }: LinkProps) {
  const ends = linkEnds([link.x1, link.y1], [link.x2, link.y2], k);
  if (!ends) return null;
  return (
    <g className={`link${selected ? ' selected' : ''}`} data-link-from={link.from} data-link-to={link.to} role="img" aria-label={linkLabel(t, fromName, toName)}>
      <line className="link-hit" {...ends} />
      <line className="link-line" {...ends} markerEnd="url(#arrow)" style={{ strokeWidth: 1.2 + 2 * link.strength }} />
    </g>
  );
}, sameLink);
