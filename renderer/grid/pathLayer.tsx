/**
 * The path to victory on the grid: an arrow from each member to move to the column the path takes
 * it to (DESIGN.md §4.1), drawn under the nodes in plot coordinates so it zooms with the map. The
 * path comes from the projection panel (usePathView), which keeps it live during a drag.
 */
import { memo } from 'react';
import { ArrowHead } from './ArrowHead';
import type { PlotScales } from '../../shared/geometry';
import type { Box } from '../../shared/labelLayout';
import { columnCentre, isPlaced, type Actor } from '../../shared/model';
import { columnWord, type Path } from '../../shared/path';
import { useT } from '../i18n/useT';
import { usePathView } from '../projection/pathStore';
import { useApp } from '../store';
import { NODE_RADIUS } from './shapes';
import { useGridView } from './viewStore';

export const PATH_COLOUR = '#1f7a4d';
/** The "+2" badge's size and rise above its arrow, in screen pixels (the same at every zoom). */
const BADGE_PX = 12;
const BADGE_RISE = 6;

/** One arrow in plot coordinates at zoom k: from the member's dot edge to the target column's centre. */
function arrowOf(a: { x: number; y: number }, to: number, scales: PlotScales, k: number) {
  const x1 = scales.x(a.x);
  const x2 = scales.x(columnCentre(to));
  const dir = x2 >= x1 ? 1 : -1;
  return { start: x1 + (dir * (NODE_RADIUS + 3)) / k, x2, y: scales.y(a.y) };
}

/**
 * What the path draws, as boxes in layout pixels (plot × k) for the label layout to keep names off:
 * each arrow's head and its "+2" badge. (Not the whole line: in a tight cluster every member's arrow
 * would fence the others' names off the grid; a thin dashed line under a name stays readable.)
 */
export function pathObstacles(path: Path | null, actors: readonly Actor[], scales: PlotScales, k: number): Box[] {
  if (!path) return [];
  const byId = new Map(actors.filter(isPlaced).map((a) => [a.id, a]));
  return path.steps.flatMap((s) => {
    const a = byId.get(s.id);
    if (!a) return [];
    const { start, x2, y } = arrowOf(a, s.to, scales, k);
    const mid = ((start + x2) / 2) * k;
    const half = (`+${s.to - s.from}`.length * BADGE_PX * 0.62) / 2 + 2;
    const base = y * k - BADGE_RISE;
    const head = x2 * k;
    return [
      { x0: Math.min(head, head - Math.sign(x2 - start) * 14), y0: y * k - 7, x1: Math.max(head, head - Math.sign(x2 - start) * 14), y1: y * k + 7 },
      { x0: mid - half, y0: base - BADGE_PX, x1: mid + half, y1: base + 3 },
    ];
  });
}

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
        const { start, x2, y } = arrowOf(a, s.to, scales, k);
        const label = t('path.gridArrow', { name: a.name, to: columnWord(s.to, t) });
        return (
          <g key={s.id} data-member-id={s.id} data-to={s.to} role="img" aria-label={label}>
            <title>{label}</title>
            <line className="path-arrow" x1={start} y1={y} x2={x2} y2={y} stroke={PATH_COLOUR} strokeWidth={3 / k} strokeDasharray={`${8 / k} ${4 / k}`} markerEnd="url(#path-arrow)" />
            <text className="path-arrow-label" x={(start + x2) / 2} y={y - BADGE_RISE / k} textAnchor="middle" fontSize={BADGE_PX / k} fill={PATH_COLOUR}>
              +{s.to - s.from}
            </text>
          </g>
        );
      })}
    </g>
  );
});
