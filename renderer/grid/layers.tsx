/** The static layers of the grid: column shading and lines (hulls: BlockHull; links: LinkCanvas; axes: Axes.tsx). */
import { memo } from 'react';
import { columnBoundaries, type PlotBox, type PlotScales } from '../../shared/geometry';
import { PALETTE } from '../../shared/palette';

/**
 * Column shading, in plot coordinates (inside a zoomed layer): drawn beneath the links' canvas
 * (LinkCanvas), in an SVG of its own under the grid's.
 */
export const ColumnShading = memo(function ColumnShading({ scales, box }: { scales: PlotScales; box: PlotBox }) {
  const edges = columnBoundaries();
  return (
    <g className="columns-bg">
      {edges.slice(0, -1).map((b, c) => (
        <rect key={c} x={scales.x(b)} y={box.top} width={scales.x(edges[c + 1]!) - scales.x(b)} height={box.height} fill={PALETTE.columns[c]} />
      ))}
    </g>
  );
});

/** Power gridlines, column edges and the plot frame, in plot coordinates (inside the zoomed layer). */
export const ColumnLines = memo(function ColumnLines({ scales, box }: { scales: PlotScales; box: PlotBox }) {
  const edges = columnBoundaries();
  const bottom = box.top + box.height;
  return (
    <g className="columns-bg" aria-hidden="true">
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
