import { memo, useMemo } from 'react';
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
  selected: boolean;
  labelSide: LabelSide | null;
  t: Translate;
  onFocusActor(id: string): void;
}

/**
 * One placed actor. Drawn in plot coordinates inside the zoomed layer; its body is scaled back by
 * the CSS variable --inv-k so shapes and labels keep their size at any zoom. Focus by keyboard
 * selects it (a mouse press selects through the drag handler instead). Memoized: a committed
 * edit re-renders only the actors whose objects changed.
 */
export const ActorNode = memo(function ActorNode({ actor, scales, selected, labelSide, t, onFocusActor }: Props) {
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

type Placed = Actor & { x: number; y: number };

interface NodesProps {
  placed: Placed[];
  scales: PlotScales;
  /** Where the label layout put each name (null: hidden to avoid an overlap). */
  labels: Map<string, LabelSide | null>;
  t: Translate;
  onFocusActor(id: string): void;
}

/**
 * Every placed actor. The selection is read here, not in GridView: a press re-renders this list
 * (each node compares its props and only those whose selection changed redraw), never the label
 * layout, hulls or links. One subscription for all nodes, not one per node, keeps the heap small.
 */
export const ActorNodes = memo(function ActorNodes({ placed, scales, labels, t, onFocusActor }: NodesProps) {
  const selection = useApp((s) => s.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  // The only actor selected shows its name even where the layout hid it (several selected ones
  // would print over each other).
  const alone = selection.length === 1 ? selection[0] : undefined;
  return placed.map((a) => (
    <ActorNode key={a.id} actor={a} scales={scales} selected={selected.has(a.id)} labelSide={labels.get(a.id) ?? (a.id === alone ? 'right' : null)} t={t} onFocusActor={onFocusActor} />
  ));
});
