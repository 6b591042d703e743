/**
 * Column headings (Spectrum of Allies and whip labels) and axis titles, in screen coordinates so
 * they stay readable and in view whatever the zoom; the only part of the grid React redraws on
 * every zoom frame. Headings are read from the back of a room: 14 px or more, wrapped onto two
 * lines when a column is too narrow for the name, and only shrunk when even that cannot fit (the
 * five names never print over each other). The plot moves down to make room for the lines.
 */
import { useLayoutEffect } from 'react';
import type { Translate } from '../../shared/i18n';
import { COLUMN_COUNT, columnCentre } from '../../shared/model';
import { PALETTE } from '../../shared/palette';
import { layoutHeadings } from '../layout/headings';
import { textWidth } from '../layout/textWidth';
import { useGridView } from './viewStore';

const AXIS_FONT_PX = 14;

export function Axes({ width, height, t }: { width: number; height: number; t: Translate }) {
  const tr = useGridView((s) => s.transform);
  const scales = useGridView((s) => s.scales);
  const box = useGridView((s) => s.box);
  const setHeaderLines = useGridView((s) => s.setHeaderLines);
  const sx = (x: number) => scales.x(x) * tr.k + tr.x;
  const sy = (y: number) => scales.y(y) * tr.k + tr.y;
  const names = Array.from({ length: COLUMN_COUNT }, (_, c) => t(`column.${c}`));
  // The band's height follows the layout at zoom 1, so zooming never moves the plot.
  const settledLines = Math.max(...layoutHeadings(names, box.width / COLUMN_COUNT).lines.map((l) => l.length));
  useLayoutEffect(() => setHeaderLines(settledLines), [settledLines, setHeaderLines]);
  const colWidth = (sx(1) - sx(-1)) / COLUMN_COUNT;
  const heading = layoutHeadings(names, colWidth, Math.max(settledLines, 2));
  const lineHeight = Math.round(heading.fontPx * 1.2);
  const firstBaseline = 8 + lineHeight * 0.8;
  const whipY = box.top - 18;
  const clampY = (y: number) => Math.max(box.top + 12, Math.min(height - 12, y));
  return (
    <g className="axes" aria-hidden="true" style={{ ['--column-font' as string]: `${heading.fontPx}px` }}>
      <rect className="header-band" x={0} y={0} width={width} height={box.top - 6} />
      {names.map((_, c) => {
        const cx = sx(columnCentre(c));
        if (cx < -colWidth || cx > width + colWidth) return null;
        const lines = heading.lines[c]!;
        // A one-line name sits on the line nearest the whip label.
        const top = firstBaseline + (settledLines - lines.length) * lineHeight;
        return (
          <g key={c} transform={`translate(${cx},0)`} data-column-heading={c}>
            <rect x={-colWidth / 2 + 2} y={box.top - 10} width={Math.max(0, colWidth - 4)} height={4} rx={2} fill={PALETTE.columnInk[c]} />
            <text className="column-name" y={top} textAnchor="middle">
              {lines.map((line, i) => (
                <tspan key={i} x={0} y={top + i * lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            <text className="whip-name" y={whipY} textAnchor="middle">
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
      <BottomTitles left={box.left} width={box.width} y={height - 12} t={t} />
    </g>
  );
}

/**
 * "← Opponents", the axis name and "Allies →" under the plot: the name in the middle takes its
 * short form, or steps aside, rather than print over the ends.
 */
function BottomTitles({ left, width, y, t }: { left: number; width: number; y: number; t: Translate }) {
  const start = `← ${t('grid.axis.opponents')}`;
  const end = `${t('grid.axis.allies')} →`;
  const w = (s: string) => textWidth(s, AXIS_FONT_PX, 600);
  const free = width - 2 * Math.max(w(start), w(end)) - 24;
  const middle = [t('grid.axis.alignment'), t('workspace.axis.alignmentShort')].find((s) => w(s) <= free);
  return (
    <>
      <text className="axis-title" x={left} y={y} textAnchor="start">
        {start}
      </text>
      {middle && (
        <text className="axis-title" x={left + width / 2} y={y} textAnchor="middle">
          {middle}
        </text>
      )}
      <text className="axis-title" x={left + width} y={y} textAnchor="end">
        {end}
      </text>
    </>
  );
}
