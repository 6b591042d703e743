/**
 * The panel's view of the derived figures. The figures themselves are worked out by
 * shared/derived/figures.ts (off the main thread, see renderer/derived/); this turns an answer that
 * crossed the worker boundary back into what the panel's parts take.
 */
import { figuresError, type Figures } from '../../shared/derived/figures';
import type { Path } from '../../shared/path';
import type { MinimalSet, Projection, ProjectionError, ProjectionMember, ProjectionSummary } from '../../shared/projection';

export { DEFAULT_TARGET, LIVE_GAINS_LIMIT } from '../../shared/derived/figures';

export type ProjectionView =
  | { ok: true; summary: ProjectionSummary; members: ProjectionMember[]; detail: Projection | null; minimal: MinimalSet | null; path: Path | null; mapChance: number | null }
  | { ok: false; error: ProjectionError };

export function toView(figures: Figures): ProjectionView {
  return figures.ok ? figures : { ok: false, error: figuresError(figures.error) };
}
