/** The static and slow-changing layers of the grid: column shading, axes, block hulls and links. */
import { memo } from 'react';
import { columnBoundaries, type PlotBox, type PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import { COLUMN_COUNT, columnCentre } from '../../shared/model';
import { PALETTE } from '../../shared/palette';
import { useApp } from '../store';
import { linkLabel } from './actorLabel';
import { linkEnds, NODE_RADIUS, nodeTransform, type HullGeometry } from './shapes';
import { useGridView } from './viewStore';

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

/**
 * Column headers (Spectrum of Allies and whip labels) and axis titles, in screen coordinates so
 * they stay readable and in view whatever the zoom. The only part of the grid React redraws on
 * every zoom frame.
 */
export function Axes({ width, height, t }: { width: number; height: number; t: Translate }) {
  const tr = useGridView((s) => s.transform);
  const scales = useGridView((s) => s.scales);
  const box = useGridView((s) => s.box);
  const sx = (x: number) => scales.x(x) * tr.k + tr.x;
  const sy = (y: number) => scales.y(y) * tr.k + tr.y;
  const colWidth = (sx(1) - sx(-1)) / COLUMN_COUNT;
  const clampY = (y: number) => Math.max(box.top + 12, Math.min(height - 12, y));
  // Shrink the column names until the longest fits its column (narrow windows, long Spanish names).
  const longest = Math.max(...Array.from({ length: COLUMN_COUNT }, (_, c) => t(`column.${c}`).length));
  const fontPx = Math.max(10, Math.min(15, (colWidth - 8) / (longest * 0.62)));
  return (
    <g className="axes" aria-hidden="true" style={{ ['--column-font' as string]: `${fontPx}px` }}>
      <rect className="header-band" x={0} y={0} width={width} height={box.top - 6} />
      {Array.from({ length: COLUMN_COUNT }, (_, c) => {
        const cx = sx(columnCentre(c));
        if (cx < -colWidth || cx > width + colWidth) return null;
        return (
          <g key={c} transform={`translate(${cx},0)`}>
            <rect x={-colWidth / 2 + 2} y={box.top - 10} width={Math.max(0, colWidth - 4)} height={4} rx={2} fill={PALETTE.columnInk[c]} />
            <text className="column-name" y={22} textAnchor="middle">
              {t(`column.${c}`)}
            </text>
            <text className="whip-name" y={40} textAnchor="middle">
              {t(`whip.${c}`)}
            </text>
          </g>
        );
      })}
      <text className="axis-title" transform={`translate(16,${(box.top + height - 40) / 2}) rotate(-90)`} textAnchor="middle">
        {t('grid.axis.power')}
      </text>
      <text className="axis-end" x={box.left - 8} y={clampY(sy(1)) + 4} textAnchor="end">
        {t('grid.axis.high')}
      </text>
      <text className="axis-end" x={box.left - 8} y={clampY(sy(0))} textAnchor="end">
        {t('grid.axis.low')}
      </text>
      <text className="axis-title" x={box.left} y={height - 12} textAnchor="start">
        ← {t('grid.axis.opponents')}
      </text>
      <text className="axis-title" x={box.left + box.width / 2} y={height - 12} textAnchor="middle">
        {t('grid.axis.alignment')}
      </text>
      <text className="axis-title" x={box.left + box.width} y={height - 12} textAnchor="end">
        {t('grid.axis.allies')} →
      </text>
    </g>
  );
}

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
