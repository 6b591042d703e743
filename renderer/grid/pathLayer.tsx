/**
 * The path to victory on the grid: an arrow from each member to move to the column the path takes
 * it to (DESIGN.md §4.1), drawn under the nodes in plot coordinates so it zooms with the map. The
 * path comes from the projection panel (usePathView), which keeps it live during a drag.
 */
import { memo } from 'react';
import { ArrowHead } from './ArrowHead';
import type { PlotScales } from '../../shared/geometry';
import { columnCentre, isPlaced } from '../../shared/model';
import { columnWord } from '../../shared/path';
import { useT } from '../i18n/useT';
import { usePathView } from '../projection/pathStore';
import { useApp } from '../store';
import { NODE_RADIUS } from './shapes';
import { useGridView } from './viewStore';

export const PATH_COLOUR = '#1f7a4d';

export const PathLayer = memo(function PathLayer({ scales }: { scales: PlotScales }) {
  const t = useT();
  const path = usePathView((s) => s.shown);
  const actors = useApp((s) => s.map?.actors);
  const k = useGridView((s) => s.settledK);
  if (!path || path.steps.length === 0 || !actors) return null;
  const byId = new Map(actors.filter(isPlaced).map((a) => [a.id, a]));
  return (
    <g className="path-layer" data-testid="path-arrows">
      <ArrowHead id="path-arrow" colour={PATH_COLOUR} k={k} />
      {path.steps.map((s) => {
        const a = byId.get(s.id);
        if (!a) return null;
        const x1 = scales.x(a.x);
        const y = scales.y(a.y);
        const x2 = scales.x(columnCentre(s.to));
        const dir = x2 >= x1 ? 1 : -1;
        const start = x1 + (dir * (NODE_RADIUS + 3)) / k;
        const label = t('path.gridArrow', { name: a.name, to: columnWord(s.to, t) });
        return (
          <g key={s.id} data-member-id={s.id} data-to={s.to} role="img" aria-label={label}>
            <title>{label}</title>
            <line className="path-arrow" x1={start} y1={y} x2={x2} y2={y} stroke={PATH_COLOUR} strokeWidth={3 / k} strokeDasharray={`${8 / k} ${4 / k}`} markerEnd="url(#path-arrow)" />
            <text className="path-arrow-label" x={(start + x2) / 2} y={y - 6 / k} textAnchor="middle" fontSize={12 / k} fill={PATH_COLOUR}>
              +{s.to - s.from}
            </text>
          </g>
        );
      })}
    </g>
  );
});
