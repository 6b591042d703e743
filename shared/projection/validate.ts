/**
 * Refuses a normalized input the maths cannot honour. toProjectionInput catches document-level
 * problems (ids, blocks); this guards callers that build a ProjectionInput by hand.
 */
import type { Threshold } from '../model';
import { ProjectionError } from './errors';
import type { ProjectionInput } from './types';

export function checkProbability(value: number, field: string, owner: { actor?: string; block?: string } = {}): void {
  // NaN fails both comparisons, so it is refused here too.
  if (!(value >= 0 && value <= 1)) throw new ProjectionError('probability-out-of-range', { field, value, ...owner });
}

export function checkSeats(seats: number): void {
  if (!Number.isInteger(seats) || seats < 1) throw new ProjectionError('invalid-seats', { seats });
}

export function checkThreshold(t: Threshold, seats: number, field: 'threshold' | 'override'): void {
  if (typeof t === 'object') {
    const k = t.atLeast;
    if (!Number.isInteger(k) || k < 1 || k > seats) throw new ProjectionError('threshold-out-of-range', { field, atLeast: k, seats });
  }
}

export function checkQuorum(quorum: number, seats: number): void {
  if (!Number.isInteger(quorum) || quorum < 0 || quorum > seats) throw new ProjectionError('quorum-out-of-range', { quorum, seats });
}

export function checkStances(stances: readonly number[]): void {
  stances.forEach((s, i) => checkProbability(s, `stances[${i}]`));
}

export function validateProjectionInput(input: ProjectionInput): void {
  checkSeats(input.seats);
  if (input.members.length > input.seats) {
    throw new ProjectionError('too-many-members', { members: input.members.length, seats: input.seats });
  }
  checkStances(input.stances);
  input.blocks.forEach((b) => checkProbability(b.cohesion, 'cohesion', { block: b.id }));
  const ids = new Set<string>();
  for (const m of input.members) {
    if (ids.has(m.id)) throw new ProjectionError('duplicate-actor', { actor: m.id });
    ids.add(m.id);
    checkProbability(m.pYes, 'pYes', { actor: m.id });
    checkProbability(m.pPresent, 'pPresent', { actor: m.id });
    if (m.nextPYes !== undefined && m.nextPYes !== null) checkProbability(m.nextPYes, 'nextPYes', { actor: m.id });
    if (m.column !== undefined && !(Number.isInteger(m.column) && m.column >= 0 && m.column < input.stances.length)) {
      throw new ProjectionError('alignment-out-of-range', { actor: m.id, value: m.column });
    }
    if (m.block !== undefined && !(Number.isInteger(m.block) && m.block >= 0 && m.block < input.blocks.length)) {
      throw new ProjectionError('unknown-block', { actor: m.id, block: m.block });
    }
  }
  checkThreshold(input.rule.threshold, input.seats, 'threshold');
  checkQuorum(input.rule.quorum, input.seats);
  const tb = input.tieBreaker ?? null;
  if (tb !== null) {
    if (tb.id !== undefined && ids.has(tb.id)) throw new ProjectionError('tie-breaker-is-member', { actor: tb.id });
    checkProbability(tb.pYes, 'pYes', tb.id !== undefined ? { actor: tb.id } : {});
  }
  const ex = input.executive ?? null;
  if (ex !== null) {
    if (ex.id !== undefined && ids.has(ex.id)) throw new ProjectionError('executive-is-member', { actor: ex.id });
    checkProbability(ex.pYes, 'pYes', ex.id !== undefined ? { actor: ex.id } : {});
    checkThreshold(ex.override, input.seats, 'override');
  }
}
