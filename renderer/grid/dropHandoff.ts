/**
 * A drop is answered by the frame the pointer is released in, not by React's redraw of the grid:
 * the dragged copies stay in the overlay, where they already are, until the grid has drawn the
 * committed move (GridView draws the map after the frame that shows the change is painted). Then
 * the copies go and the originals, now in their new places, come back.
 */
import type { DragPreview } from './dragPreview';

let held: DragPreview | null = null;

/** Keeps `preview` on screen until the grid next draws the map. */
export function holdUntilDrawn(preview: DragPreview | null): void {
  held?.restore();
  held = preview;
}

/** The grid has drawn the map: the held copies give way to the originals. */
export function releaseHeld(): void {
  held?.restore();
  held = null;
}
