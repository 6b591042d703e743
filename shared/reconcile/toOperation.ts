/**
 * The facilitator's choices as one undoable step on the main map: every chosen position as one
 * move, every new person the room keeps as an add, in one batch.
 */
import type { Actor, PowerMap } from '../model';
import type { Move, Operation } from '../ops';
import type { Position, Reconciliation } from './reconcile';

/** Per actor: the consensus, a group's position (its index), or leaving the main map as it is. */
export type Choice = { kind: 'consensus' } | { kind: 'group'; index: number } | { kind: 'keep' };

export function chosenPosition(groups: (Position | null)[], consensus: Position | null, choice: Choice): Position | null {
  if (choice.kind === 'keep') return null;
  if (choice.kind === 'group') return groups[choice.index] ?? null;
  return consensus;
}

/**
 * `choices` defaults to the consensus for every actor; a new person is added unless its choice is
 * `keep` (left out). Returns null when nothing would change.
 */
export function reconciliationOperation(main: PowerMap, r: Reconciliation, choices: ReadonlyMap<string, Choice> = new Map()): Operation | null {
  const moves: Move[] = [];
  const adds: Operation[] = [];
  const current = new Map(main.actors.map((a) => [a.id, a]));
  const proposed = new Map(r.map.actors.map((a) => [a.id, a]));
  let seats = main.actors.filter((a) => a.seat).length;
  for (const row of r.actors) {
    const choice = choices.get(row.id) ?? { kind: 'consensus' };
    const pos = chosenPosition(row.groups, row.consensus, choice);
    if (row.source === 'main') {
      const a = current.get(row.id)!;
      if (pos && (pos.x !== a.x || pos.y !== a.y)) moves.push({ id: row.id, x: pos.x, y: pos.y });
      continue;
    }
    if (choice.kind === 'keep') continue;
    const base = proposed.get(row.id)!;
    // A new member only takes a seat the body still has free.
    const seat = base.seat && seats < main.body.seats;
    if (seat) seats++;
    const actor: Actor = { ...base, seat, x: pos?.x ?? null, y: pos?.y ?? null };
    adds.push({ type: 'actor.add', actor });
  }
  const ops: Operation[] = [...adds, ...(moves.length ? [{ type: 'actors.move' as const, moves }] : [])];
  return ops.length ? { type: 'batch', ops } : null;
}
