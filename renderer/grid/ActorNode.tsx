import { memo, useMemo } from 'react';
import { FAR, labelOffset, parsePlace, type LabelPlace, type PlotScales } from '../../shared/geometry';
import type { Translate } from '../../shared/i18n';
import type { Actor } from '../../shared/model';
import { useApp } from '../store';
import { actorLabel } from './actorLabel';
import { LABEL_GAP, labelSize, NODE_RADIUS, nodeTransform, shortLabel } from './shapes';

/**
 * The name drawn inside the box the layout chose for it (centred), over a transparent rectangle
 * the size of that box: the name is a drag handle and a click target like the dot, not a hole
 * through which a press would pan the map.
 */
function NodeLabel({ name: fullName, place }: { name: string; place: LabelPlace }) {
  const { side, short, far } = parsePlace(place);
  const name = short ? shortLabel(fullName) : fullName;
  const { width, height } = labelSize(name);
  const b = labelOffset(side, width, height, far ? LABEL_GAP * FAR : LABEL_GAP);
  return (
    <>
      {far && <Leader box={b} />}
      <rect className="label-hit" x={b.x0} y={b.y0} width={b.x1 - b.x0} height={b.y1 - b.y0} />
      <text className="label" x={(b.x0 + b.x1) / 2} y={(b.y0 + b.y1) / 2} textAnchor="middle" dominantBaseline="central">
        {name}
      </text>
    </>
  );
}

/** A thin line from the node's edge to a label set farther out, so it is clear whose name it is. */
function Leader({ box }: { box: { x0: number; y0: number; x1: number; y1: number } }) {
  const tx = Math.max(box.x0, Math.min(box.x1, 0));
  const ty = Math.max(box.y0, Math.min(box.y1, 0));
  const len = Math.hypot(tx, ty) || 1;
  const r = NODE_RADIUS + 5;
  return <line className="label-leader" x1={(tx / len) * r} y1={(ty / len) * r} x2={tx} y2={ty} />;
}

interface Props {
  actor: Actor & { x: number; y: number };
  scales: PlotScales;
  selected: boolean;
  labelSide: LabelPlace | null;
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
        {labelSide && <NodeLabel name={actor.name} place={labelSide} />}
      </g>
    </g>
  );
});

type Placed = Actor & { x: number; y: number };

interface NodesProps {
  placed: Placed[];
  scales: PlotScales;
  /** Where the label layout put each name (null: hidden to avoid an overlap). */
  labels: Map<string, LabelPlace | null>;
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
