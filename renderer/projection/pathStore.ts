/**
 * View state of the path to victory: the target chosen for each open map (the document has no
 * field for it, so it is never saved and never undone) and the path on the map as shown, which
 * the grid draws as arrows.
 */
import { create } from 'zustand';
import type { Path } from '../../shared/path';
import { DEFAULT_TARGET } from './computeProjection';

export interface PathViewState {
  /** By docId. */
  targets: Record<string, number>;
  /** The map's own path (no scenario), for the grid; null when there is none to draw. */
  shown: Path | null;
  setTarget(docId: string, target: number): void;
  setShown(path: Path | null): void;
}

export const usePathView = create<PathViewState>()((set) => ({
  targets: {},
  shown: null,
  setTarget: (docId, target) => set((s) => ({ targets: { ...s.targets, [docId]: target } })),
  setShown: (shown) => set((s) => (s.shown === shown ? s : { shown })),
}));

export function targetOf(targets: Record<string, number>, docId: string | null): number {
  return (docId !== null ? targets[docId] : undefined) ?? DEFAULT_TARGET;
}
