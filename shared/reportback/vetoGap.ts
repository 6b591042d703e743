/**
 * Why "adopted" is lower than "passes the body" when an executive can veto: the executive's chance
 * of signing, the override the members must reach, and the chance the measure passes but the veto
 * stands (P(pass) − P(adopt), exact). Null without an executive.
 */
import type { Projection, ProjectionInput } from '../projection';

export interface VetoGap {
  /** The executive's actor id, when the map names one. */
  id: string | null;
  /** Chance the executive signs (its yes-probability). */
  pSigns: number;
  /** Members' yes votes that override a veto. */
  overrideNeeded: number;
  /** Chance the members' yes votes reach the override (from the yes-count distribution). */
  pOverrideReached: number;
  /** Chance the body passes it but the veto is not overridden: pPass − pAdopt. */
  pVetoStands: number;
}

export function vetoGap(input: ProjectionInput, p: Projection): VetoGap | null {
  const exec = input.executive;
  const override = p.threshold.override;
  if (!exec || override === null) return null;
  const reached = p.distribution.slice(override).reduce((s, q) => s + q, 0);
  return {
    id: exec.id ?? null,
    pSigns: exec.pYes,
    overrideNeeded: override,
    pOverrideReached: Math.min(1, reached),
    pVetoStands: Math.max(0, p.pPass - p.pAdopt),
  };
}
