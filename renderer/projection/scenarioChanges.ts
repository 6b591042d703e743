/**
 * What-if changes as the committee thinks of them ("moves to passive ally", "misses the meeting",
 * "recuses"), translated to and from the document's ScenarioChange, and turned into one batch when
 * a scenario comes true.
 */
import { column, columnCentre, type PowerMap, type Scenario, type ScenarioChange } from '../../shared/model';
import type { Operation } from '../../shared/ops';

export type ChangeKind = `column-${0 | 1 | 2 | 3 | 4}` | 'absent' | 'recuses';
export const CHANGE_KINDS: readonly ChangeKind[] = ['column-4', 'column-3', 'column-2', 'column-1', 'column-0', 'absent', 'recuses'];

/** Unplaced actors who come true at this height: the middle of the grid, to be adjusted by hand. */
const DEFAULT_POWER = 0.5;

export function changeFor(actor: string, kind: ChangeKind): ScenarioChange {
  if (kind === 'absent') return { actor, pPresent: 0 };
  if (kind === 'recuses') return { actor, recused: true };
  // Moving columns drops any explicit yes-probability, which would otherwise outrank the column.
  return { actor, x: columnCentre(Number(kind.slice('column-'.length))), pYes: null };
}

export function kindOf(change: ScenarioChange): ChangeKind {
  if (change.x !== undefined) return `column-${column(change.x)}` as ChangeKind;
  if (change.recused) return 'recuses';
  return 'absent';
}

/** The operations that make a scenario's changes true on the map, as one undoable step. */
export function applyScenarioOp(map: PowerMap, scenario: Scenario): Operation {
  const ops: Operation[] = [];
  for (const c of scenario.changes) {
    const actor = map.actors.find((a) => a.id === c.actor);
    if (!actor) continue;
    const patch: { pYes?: number | null; pPresent?: number; recused?: boolean } = {};
    if (c.pYes !== undefined) patch.pYes = c.pYes;
    if (c.pPresent !== undefined) patch.pPresent = c.pPresent;
    if (c.recused !== undefined) patch.recused = c.recused;
    if (Object.keys(patch).length) ops.push({ type: 'actor.update', id: c.actor, patch });
    if (c.x !== undefined) ops.push({ type: 'actors.move', moves: [{ id: c.actor, x: c.x, y: actor.y ?? DEFAULT_POWER }] });
  }
  return { type: 'batch', ops };
}
