/**
 * A drop is answered by the frame the pointer is released in, not by React's redraw of the grid:
 * the dragged copies stay in the overlay, where they already are, until the grid has drawn the
 * committed move (GridView draws the map after the frame that shows the change is painted). Then
 * the copies go and the originals, now in their new places, come back.
 */
import type { Actor } from '../../shared/model';
import type { DragPreview } from './dragPreview';

let held: { preview: DragPreview | null; actors: readonly Actor[] | undefined } | null = null;

/** Keeps `preview` on screen until the grid has drawn `actors` (the map's actors with the drop applied). */
export function holdUntilDrawn(preview: DragPreview | null, actors: readonly Actor[] | undefined): void {
  held?.preview?.restore();
  held = { preview, actors };
}

/**
 * The grid has drawn `drawn` (none given: the grid is gone). The copies give way once it shows the
 * drop, or what the map holds now (a refused drop rolled back, or a later edit).
 */
export function releaseHeld(drawn?: readonly Actor[], now?: readonly Actor[]): void {
  if (!held || (drawn && drawn !== held.actors && drawn !== now)) return;
  held.preview?.restore();
  held = null;
}
