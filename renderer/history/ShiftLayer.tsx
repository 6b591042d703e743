/**
 * What shifted, on the grid: an arrow from where each person stood then to where they stand now,
 * in plot coordinates under the nodes (it zooms with the map). Its own layer, shown while "Show the
 * moves on the grid" is on; someone added since then has no arrow (they were not on the map).
 */
import { memo } from 'react';
import { ArrowHead } from '../grid/ArrowHead';
import type { PlotScales } from '../../shared/geometry';
import { standingOf, standingWord } from '../../shared/history/words';
import { isPlaced } from '../../shared/model';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { NODE_RADIUS } from '../grid/shapes';
import { useGridView } from '../grid/viewStore';
import { useHistory } from './historyStore';

export const SHIFT_COLOUR = '#6b3fa0';

export const ShiftLayer = memo(function ShiftLayer({ scales }: { scales: PlotScales }) {
  const t = useT();
  const arrows = useHistory((s) => s.arrows);
  const shifted = useHistory((s) => s.shifted);
  const actors = useApp((s) => s.map?.actors);
  const k = useGridView((s) => s.settledK);
  if (!arrows || !shifted || !actors) return null;
  const now = new Map(actors.filter(isPlaced).map((a) => [a.id, a]));
  return (
    <g className="shift-layer" data-testid="shift-arrows">
      <ArrowHead id="shift-arrow" colour={SHIFT_COLOUR} k={k} />
      {shifted.result.changes.map((c) => {
        const a = now.get(c.id);
        if (!a || !c.then || c.then.x === null || c.then.y === null) return null;
        const [x1, y1, x2, y2] = [scales.x(c.then.x), scales.y(c.then.y), scales.x(a.x), scales.y(a.y)];
        const len = Math.hypot(x2 - x1, y2 - y1);
        // Stops at the node's edge; a move too short to see gets no arrow.
        if (len * k < NODE_RADIUS + 6) return null;
        const ex = x2 - ((x2 - x1) / len) * ((NODE_RADIUS + 3) / k);
        const ey = y2 - ((y2 - y1) / len) * ((NODE_RADIUS + 3) / k);
        const label = t('historyApp.shifted.arrowLabel', { name: c.name, from: standingWord(standingOf(c.then), t), to: standingWord(standingOf(c.now), t) });
        return (
          <g key={c.id} data-shift-id={c.id} role="img" aria-label={label}>
            <title>{label}</title>
            <circle cx={x1} cy={y1} r={4 / k} fill="none" stroke={SHIFT_COLOUR} strokeWidth={1.5 / k} />
            <line x1={x1} y1={y1} x2={ex} y2={ey} stroke={SHIFT_COLOUR} strokeWidth={2.5 / k} markerEnd="url(#shift-arrow)" />
          </g>
        );
      })}
    </g>
  );
});
