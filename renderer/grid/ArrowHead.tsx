/** An arrowhead marker for the grid's arrow layers (path to victory, what shifted), sized for the zoom `k`. */
export function ArrowHead({ id, colour, k }: { id: string; colour: string; k: number }) {
  const size = (9 / k) * 1.4;
  return (
    <defs>
      <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth={size} markerHeight={size} orient="auto">
        <path d="M0,0L10,5L0,10z" fill={colour} />
      </marker>
    </defs>
  );
}
