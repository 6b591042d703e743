/**
 * Every figure the app derives from a map, worked out by one pure function so it can run off the
 * page's main thread (renderer/derived/) and still be the same code the command line and the tests
 * call. A new derived figure (path to victory, history…) is one more field here: the worker, the
 * cancellation and the "updating" state come with it.
 *
 * The request and the answer cross a worker boundary by structured clone, so both are plain data:
 * a refusal travels as its code and parameters, and is turned back into a ProjectionError by
 * `figuresError`.
 */
import type { PowerMap } from '../model';
import { pathToVictory, type Path } from '../path';
import {
  EXACT_LIMIT,
  ProjectionError,
  isProjectionError,
  minimalSet,
  project,
  toProjectionInput,
  type MinimalSet,
  type Projection,
  type ProjectionErrorCode,
  type ProjectionErrorParams,
  type ProjectionMember,
  type ProjectionSummary,
} from '../projection';

/** Bodies above this many seats skip the gains and the smallest set while a drag is on. */
export const LIVE_GAINS_LIMIT = 150;
export const DEFAULT_TARGET = 0.9;

export interface FiguresRequest {
  map: PowerMap;
  /** A what-if scenario of the map to project instead of the map itself. */
  scenarioId: string | null;
  /** A drag is in progress: large bodies get the summary only (see `isLight`). */
  dragging: boolean;
  target: number;
}

export interface PlainProjectionError {
  code: ProjectionErrorCode;
  params: ProjectionErrorParams[ProjectionErrorCode];
}

export type Figures =
  | {
      ok: true;
      summary: ProjectionSummary;
      members: ProjectionMember[];
      /** Null when skipped (a drag on a large body). */
      detail: Projection | null;
      minimal: MinimalSet | null;
      path: Path | null;
      /** With a scenario: the map's own chance of adoption, to compare with (null if it cannot be projected). */
      mapChance: number | null;
    }
  | { ok: false; error: PlainProjectionError };

/** Whether a drag changes what `deriveFigures` returns for this map (a large body). */
export function isLight(map: PowerMap, dragging: boolean): boolean {
  return dragging && map.body.seats > Math.min(LIVE_GAINS_LIMIT, EXACT_LIMIT);
}

function refused(e: unknown): Figures {
  if (isProjectionError(e)) return { ok: false, error: { code: e.code, params: e.params } };
  throw e;
}

function mapChanceOf(map: PowerMap): number | null {
  try {
    return project(toProjectionInput(map), { gains: false }).pAdopt;
  } catch (e) {
    if (isProjectionError(e)) return null;
    throw e;
  }
}

export function deriveFigures(req: FiguresRequest): Figures {
  const { map, dragging, target } = req;
  const scenario = req.scenarioId === null ? undefined : map.scenarios.find((s) => s.id === req.scenarioId);
  try {
    const input = toProjectionInput(map, scenario);
    const mapChance = scenario ? mapChanceOf(map) : null;
    const seats = input.seats;
    if (dragging && seats > LIVE_GAINS_LIMIT) {
      return { ok: true, summary: project(input, { gains: false }), members: input.members, detail: null, minimal: null, path: null, mapChance };
    }
    const detail = project(input);
    // The searches above EXACT_LIMIT seats are cheap enough for release, not for every frame.
    const deferSearch = dragging && seats > EXACT_LIMIT;
    const minimal = deferSearch ? null : minimalSet(input, target);
    const path = deferSearch ? null : pathToVictory(input, target);
    return { ok: true, summary: detail, members: input.members, detail, minimal, path, mapChance };
  } catch (e) {
    return refused(e);
  }
}

/** The refusal as the UI words it (a ProjectionError again after the trip through a worker). */
export function figuresError(error: PlainProjectionError): ProjectionError {
  return new ProjectionError(error.code, error.params as never);
}
