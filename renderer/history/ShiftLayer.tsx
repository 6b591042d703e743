/**
 * What shifted, on the grid: an arrow from where each person stood then to where they stand now,
 * in plot coordinates under the nodes (it zooms with the map). Its own layer, shown while "Show the
 * moves on the grid" is on; someone added since then has no arrow (they were not on the map). Where
 * each stood then is read from the journal once per moment (historyStore); where each stands now
 * is the screen's map, so an edit, an undo or another tab's change moves the arrows at once.
 */
import { memo } from 'react';
import { ArrowHead } from '../grid/ArrowHead';
import type { PlotScales } from '../../shared/geometry';
import { choiceMoment, sameState, stateOf } from '../../shared/history';
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
  const from = useHistory((s) => s.arrowsFrom);
  const since = useHistory((s) => s.since);
  const actors = useApp((s) => s.map?.actors);
  const snapshots = useApp((s) => s.map?.snapshots);
  const k = useGridView((s) => s.settledK);
  // Never the arrows of another moment than the one chosen.
  if (!arrows || !from || !actors || !snapshots || choiceMoment(since, snapshots)?.at !== from.at) return null;
  return (
    <g className="shift-layer" data-testid="shift-arrows">
      <ArrowHead id="shift-arrow" colour={SHIFT_COLOUR} k={k} />
      {actors.map((a) => {
        const then = from.states.get(a.id);
        if (!then || then.x === null || then.y === null || !isPlaced(a)) return null;
        const now = stateOf(a)!;
        if (sameState(then, now)) return null;
        const [x1, y1, x2, y2] = [scales.x(then.x), scales.y(then.y), scales.x(a.x), scales.y(a.y)];
        const len = Math.hypot(x2 - x1, y2 - y1);
        // Stops at the node's edge; a move too short to see gets no arrow.
        if (len * k < NODE_RADIUS + 6) return null;
        const ex = x2 - ((x2 - x1) / len) * ((NODE_RADIUS + 3) / k);
        const ey = y2 - ((y2 - y1) / len) * ((NODE_RADIUS + 3) / k);
        const label = t('historyApp.shifted.arrowLabel', { name: a.name, from: standingWord(standingOf(then), t), to: standingWord(standingOf(now), t) });
        return (
          <g key={a.id} data-shift-id={a.id} role="img" aria-label={label}>
            <title>{label}</title>
            <circle cx={x1} cy={y1} r={4 / k} fill="none" stroke={SHIFT_COLOUR} strokeWidth={1.5 / k} />
            <line x1={x1} y1={y1} x2={ex} y2={ey} stroke={SHIFT_COLOUR} strokeWidth={2.5 / k} markerEnd="url(#shift-arrow)" />
          </g>
        );
      })}
    </g>
  );
});
