/**
 * The projection every export shows, computed once: summary, per-member gains, the smallest set
 * to move and the path to victory. A map the engine refuses (e.g. no seats filled) yields its reason instead of a crash.
 */
import type { PowerMap } from '../model';
import { isProjectionError, minimalSet, project, toProjectionInput, type MinimalSet, type Projection } from '../projection';
import type { Translate } from '../i18n';
import { pathToVictory, type Path } from '../path';

export const ADOPTION_TARGET = 0.9;

export type VoteCount =
  | { ok: true; projection: Projection; smallest: MinimalSet | null; path: Path | null }
  | { ok: false; reason: string };

export function voteCount(map: PowerMap, t: Translate): VoteCount {
  try {
    const input = toProjectionInput(map);
    const projection = project(input);
    const smallest = input.members.length > 0 ? minimalSet(input, ADOPTION_TARGET) : null;
    const path = input.members.length > 0 ? pathToVictory(input, ADOPTION_TARGET) : null;
    return { ok: true, projection, smallest, path };
  } catch (e) {
    if (isProjectionError(e)) {
      return { ok: false, reason: t(`projection.errors.${e.code}`, { ...e.params, defaultValue: e.message }) };
    }
    throw e;
  }
}
