/**
 * One projection of a map (or a what-if over it), kept apart from React so it can be tested and
 * memoized. Bodies above LIVE_GAINS_LIMIT seats skip the per-member gains and the smallest set
 * while a drag is in progress (hundreds of ms at 500 seats) and get them on release; the summary
 * stays live at every size.
 */
import type { PowerMap, Scenario } from '../../shared/model';
import {
  EXACT_LIMIT,
  isProjectionError,
  minimalSet,
  project,
  toProjectionInput,
  type MinimalSet,
  type Projection,
  type ProjectionError,
  type ProjectionMember,
  type ProjectionSummary,
} from '../../shared/projection';

export const LIVE_GAINS_LIMIT = 150;
export const DEFAULT_TARGET = 0.9;

export type ProjectionView =
  | { ok: true; summary: ProjectionSummary; members: ProjectionMember[]; detail: Projection | null; minimal: MinimalSet | null }
  | { ok: false; error: ProjectionError };

/** Whether `dragging` changes what computeProjection returns for this map (a large body). */
export function hasDeferrableDetail(map: PowerMap, scenario: Scenario | undefined): boolean {
  try {
    return toProjectionInput(map, scenario).seats > Math.min(LIVE_GAINS_LIMIT, EXACT_LIMIT);
  } catch {
    return false;
  }
}

export function computeProjection(map: PowerMap, scenario: Scenario | undefined, dragging: boolean, target = DEFAULT_TARGET): ProjectionView {
  try {
    const input = toProjectionInput(map, scenario);
    const light = dragging && input.seats > LIVE_GAINS_LIMIT;
    if (light) return { ok: true, summary: project(input, { gains: false }), members: input.members, detail: null, minimal: null };
    const detail = project(input);
    // The greedy search above EXACT_LIMIT seats is cheap enough for release, not for every frame.
    const minimal = dragging && input.seats > EXACT_LIMIT ? null : minimalSet(input, target);
    return { ok: true, summary: detail, members: input.members, detail, minimal };
  } catch (e) {
    if (isProjectionError(e)) return { ok: false, error: e };
    throw e;
  }
}
