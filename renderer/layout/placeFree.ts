/**
 * Places an actor by keyboard or from the editor: into a free spot of a column at the grid's
 * current scale (dots about 40 screen pixels apart), as one undoable move; then selects it and
 * gives it focus so the arrow keys move it on.
 */
import { freeSpot } from '../../shared/placement';
import { isPlaced } from '../../shared/model';
import { useApp } from '../store';
import { useGridView } from '../grid/viewStore';

/** Screen pixels between two placed dots: two seat rings and room for the eye. */
const SPACING_PX = 40;

export function spotInColumn(id: string, col: number): { x: number; y: number } {
  const { map } = useApp.getState();
  const { box, settledK } = useGridView.getState();
  const taken = (map?.actors ?? []).filter((a) => a.id !== id && isPlaced(a)) as { x: number; y: number }[];
  // Map units per screen pixel: x spans 2 over the plot's width, y spans 1 over its height.
  const spacing = { dx: (2 * SPACING_PX) / (box.width * settledK), dy: SPACING_PX / (box.height * settledK) };
  return freeSpot(taken, col, spacing);
}

export function placeInColumn(id: string, col: number): void {
  const { perform, select } = useApp.getState();
  void perform({ type: 'actors.move', moves: [{ id, ...spotInColumn(id, col) }] }).then((ok) => {
    if (!ok) return;
    select([id]);
    requestAnimationFrame(() => (document.querySelector(`[data-actor-id="${CSS.escape(id)}"]`) as SVGGElement | null)?.focus());
  });
}
