/**
 * What a press on the grid takes hold of. A person is taken within GRAB_RADIUS screen pixels of
 * their dot's centre, a margin wider than the dot, found by distance. An invisible circle per node
 * did this before, one more element to clone, place and style for every person: without it a
 * 1,000-actor map opened in 55 ms instead of 70, and a 10,000-actor one in 510 instead of 568
 * (medians of 7, builds in turns). A person's name is a handle too (its own element); a block is
 * taken by its hull.
 */
import type { PlotScales, ViewTransform } from '../../shared/geometry';
import { isPlaced, type Actor } from '../../shared/model';
import { useApp } from '../store';
import { LABEL_GAP } from './shapes';
import { clientToView, useGridView } from './viewStore';

export type Subject = { type: 'actor'; id: string } | { type: 'block'; id: string };

/**
 * From a dot's centre to the edge of what takes it, in screen pixels: to where its name begins
 * (LABEL_GAP), so no gap between a dot and its name pans the map, and 8 pixels around the 9-pixel
 * dot for an unsteady hand.
 */
export const GRAB_RADIUS = LABEL_GAP;

export function pointerOf(e: MouseEvent | TouchEvent): { clientX: number; clientY: number } {
  return 'touches' in e ? (e.changedTouches[0] ?? { clientX: 0, clientY: 0 }) : e;
}

/**
 * The placed actor whose dot is nearest the point, if within GRAB_RADIUS; of two as near, the one
 * drawn later (on top). During a zoom gesture the people are a picture scaled from the settled
 * zoom (useZoomLayers), and so is the margin.
 */
export function actorNear(clientX: number, clientY: number): string | null {
  const at = clientToView(clientX, clientY);
  const actors = useApp.getState().map?.actors;
  if (!at || !actors) return null;
  const { scales, transform: t, settledK } = useGridView.getState();
  // One press asks up to five times (the grid's pointer-down, the drag's and the pan's filters,
  // the rubber band, the drag's start): a map of ten thousand is scanned once.
  const key = { x: at[0], y: at[1], actors, scales, t, settledK };
  if (last && (Object.keys(key) as (keyof typeof key)[]).every((k) => key[k] === last!.key[k])) return last.id;
  const id = nearest(actors, scales, t, settledK, at);
  last = { key, id };
  return id;
}

let last: { key: { x: number; y: number; actors: readonly Actor[]; scales: PlotScales; t: ViewTransform; settledK: number }; id: string | null } | null = null;

function nearest(actors: readonly Actor[], scales: PlotScales, t: ViewTransform, settledK: number, at: [number, number]): string | null {
  // In plot pixels, where the dots are drawn.
  const px = (at[0] - t.x) / t.k;
  const py = (at[1] - t.y) / t.k;
  let best = (GRAB_RADIUS / settledK) ** 2;
  let id: string | null = null;
  for (const a of actors) {
    if (!isPlaced(a)) continue;
    const d = (scales.x(a.x) - px) ** 2 + (scales.y(a.y) - py) ** 2;
    if (d <= best) {
      best = d;
      id = a.id;
    }
  }
  return id;
}

/**
 * The person or block a press at the point takes: the node or name under it, a dot near it (the
 * press then lands on the grid beneath the people), or the hull under it.
 */
export function subjectAt(target: EventTarget | null, clientX: number, clientY: number): Subject | null {
  const el = target instanceof Element ? target : null;
  if (!el) return null;
  const node = el.closest('[data-actor-id]');
  if (node) return { type: 'actor', id: node.getAttribute('data-actor-id')! };
  const near = el.closest('.grid-svg') ? actorNear(clientX, clientY) : null;
  if (near) return { type: 'actor', id: near };
  const block = el.closest('[data-block-id]');
  return block ? { type: 'block', id: block.getAttribute('data-block-id')! } : null;
}

export function subjectOf(e: MouseEvent | TouchEvent): Subject | null {
  const p = pointerOf(e);
  return subjectAt(e.target, p.clientX, p.clientY);
}
