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
  type ProjectionInput,
  type ProjectionMember,
  type ProjectionSummary,
} from '../../shared/projection';
import { pathToVictory, type Path } from '../../shared/path';

export const LIVE_GAINS_LIMIT = 150;
export const DEFAULT_TARGET = 0.9;

export type ProjectionView =
  | { ok: true; summary: ProjectionSummary; members: ProjectionMember[]; detail: Projection | null; minimal: MinimalSet | null; path: Path | null }
  | { ok: false; error: ProjectionError };

/** The map's projection input, built once per map and shared by the checks and the projection. */
export type PreparedInput = { ok: true; input: ProjectionInput } | { ok: false; error: ProjectionError };

export function prepareProjection(map: PowerMap, scenario: Scenario | undefined): PreparedInput {
  try {
    return { ok: true, input: toProjectionInput(map, scenario) };
  } catch (e) {
    if (isProjectionError(e)) return { ok: false, error: e };
    throw e;
  }
}

/** Whether `dragging` changes what computeProjection returns (a large body). */
export function hasDeferrableDetail(prepared: PreparedInput): boolean {
  return prepared.ok && prepared.input.seats > Math.min(LIVE_GAINS_LIMIT, EXACT_LIMIT);
}

export function computeProjection(prepared: PreparedInput, dragging: boolean, target = DEFAULT_TARGET): ProjectionView {
  if (!prepared.ok) return prepared;
  const { input } = prepared;
  try {
    const light = dragging && input.seats > LIVE_GAINS_LIMIT;
    if (light) return { ok: true, summary: project(input, { gains: false }), members: input.members, detail: null, minimal: null, path: null };
    const detail = project(input);
    // The searches above EXACT_LIMIT seats are cheap enough for release, not for every frame.
    const deferSearch = dragging && input.seats > EXACT_LIMIT;
    const minimal = deferSearch ? null : minimalSet(input, target);
    const path = deferSearch ? null : pathToVictory(input, target);
    return { ok: true, summary: detail, members: input.members, detail, minimal, path };
  } catch (e) {
    if (isProjectionError(e)) return { ok: false, error: e };
    throw e;
  }
}
