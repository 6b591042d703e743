import { memo } from 'react';
import type { LabelSide, PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import type { Actor } from '../../shared/model';
import { useApp } from '../store';
import { actorLabel } from './actorLabel';
import { LABEL_GAP, NODE_RADIUS, nodeTransform } from './shapes';

const LABEL_POS: Record<LabelSide, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }> = {
  right: { x: LABEL_GAP, y: 4.5, anchor: 'start' },
  left: { x: -LABEL_GAP, y: 4.5, anchor: 'end' },
  above: { x: 0, y: -LABEL_GAP, anchor: 'middle' },
  below: { x: 0, y: LABEL_GAP + 9, anchor: 'middle' },
};

interface Props {
  actor: Actor & { x: number; y: number };
  scales: PlotScales;
  /** Where the label layout put the name (null: hidden to avoid an overlap). */
  labelSide: LabelSide | null;
  t: Translate;
  onFocusActor(id: string): void;
}

/** Not selected, one of several selected, the only one selected. */
type Selected = 0 | 1 | 2;

/**
 * One placed actor. Drawn in plot coordinates inside the zoomed layer; its body is scaled back by
 * the CSS variable --inv-k so shapes and labels keep their size at any zoom. Focus by keyboard
 * selects it (a mouse press selects through the drag handler instead). Memoized: a committed
 * edit re-renders only the actors whose objects changed. Each node follows the selection itself,
 * so a press re-renders only the nodes whose selection changed, never the grid.
 */
export const ActorNode = memo(function ActorNode({ actor, scales, labelSide: laidOut, t, onFocusActor }: Props) {
  const id = actor.id;
  const state = useApp((s): Selected => {
    const i = s.selection.indexOf(id);
    return i < 0 ? 0 : s.selection.length === 1 ? 2 : 1;
  });
  const selected = state > 0;
  // The only actor selected shows its name even where the layout had to hide it (several selected
  // ones would print over each other).
  const labelSide = laidOut ?? (state === 2 ? 'right' : null);
  const classes = ['actor-node', actor.kind, actor.seat ? 'seat' : '', actor.recused ? 'recused' : '', selected ? 'selected' : '']
    .filter(Boolean)
    .join(' ');
  const label = labelSide ? LABEL_POS[labelSide] : null;
  return (
    <g
      className={classes}
      data-actor-id={actor.id}
      transform={nodeTransform([scales.x(actor.x), scales.y(actor.y)])}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={actorLabel(t, actor)}
      onFocus={(e) => e.currentTarget.matches(':focus-visible') && onFocusActor(actor.id)}
    >
      <g className="node-body">
        <circle className="hit" r={NODE_RADIUS + 6} />
        {selected && <circle className="halo" r={NODE_RADIUS + 8} />}
        {actor.kind === 'influencer' ? (
          <rect className="shape" x={-7} y={-7} width={14} height={14} transform="rotate(45)" />
        ) : (
          <>
            {actor.seat && <circle className="seat-ring" r={NODE_RADIUS + 3.5} />}
            <circle className="shape" r={NODE_RADIUS} />
          </>
        )}
        {label && (
          <text className="label" x={label.x} y={label.y} textAnchor={label.anchor}>
            {actor.name}
          </text>
        )}
      </g>
    </g>
  );
});
