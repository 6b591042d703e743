/**
 * Refusals carry a code and parameters so the UI can word them in either language; the English
 * message is only a fallback for logs and the command line.
 */

export interface ProjectionErrorParams {
  'invalid-seats': { seats: number };
  'too-many-members': { members: number; seats: number };
  'duplicate-actor': { actor: string };
  'unknown-actor': { actor: string; field: string };
  'unknown-block': { actor: string; block: number };
  'block-member-duplicate': { actor: string; block: string; otherBlock: string };
  'block-member-not-seated': { actor: string; block: string };
  'tie-breaker-is-member': { actor: string };
  'executive-is-member': { actor: string };
  'probability-out-of-range': { field: string; value: number; actor?: string; block?: string };
  'alignment-out-of-range': { actor: string; value: number };
  'quorum-out-of-range': { quorum: number; seats: number };
  'threshold-out-of-range': { field: 'threshold' | 'override'; atLeast: number; seats: number };
}

export type ProjectionErrorCode = keyof ProjectionErrorParams;

const MESSAGES: { [C in ProjectionErrorCode]: (p: ProjectionErrorParams[C]) => string } = {
  'invalid-seats': (p) => `The body needs a whole number of seats (at least 1), not ${p.seats}.`,
  'too-many-members': (p) => `${p.members} members have a seat but the body has only ${p.seats} seats.`,
  'duplicate-actor': (p) => `The actor id "${p.actor}" is used more than once.`,
  'unknown-actor': (p) => `${p.field} names "${p.actor}", which is not an actor of this map.`,
  'unknown-block': (p) => `Member "${p.actor}" points at block ${p.block}, which does not exist.`,
  'block-member-duplicate': (p) => `"${p.actor}" is in block "${p.otherBlock}" and also in block "${p.block}".`,
  'block-member-not-seated': (p) => `Block "${p.block}" lists "${p.actor}", who is not a seated member of the body.`,
  'tie-breaker-is-member': (p) => `The tie-breaker "${p.actor}" also holds a seat; a tie-breaker votes only on ties.`,
  'executive-is-member': (p) => `The executive "${p.actor}" also holds a seat on the body.`,
  'probability-out-of-range': (p) =>
    `${p.field}${p.actor !== undefined ? ` of "${p.actor}"` : ''}${p.block !== undefined ? ` of block "${p.block}"` : ''} must be between 0 and 1, not ${p.value}.`,
  'alignment-out-of-range': (p) => `The alignment of "${p.actor}" must be between -1 and 1, not ${p.value}.`,
  'quorum-out-of-range': (p) => `The quorum must be a whole number from 0 to ${p.seats}, not ${p.quorum}.`,
  'threshold-out-of-range': (p) => `The ${p.field} needs "at least k" with k from 1 to ${p.seats}, not ${p.atLeast}.`,
};

export class ProjectionError<C extends ProjectionErrorCode = ProjectionErrorCode> extends Error {
  override readonly name = 'ProjectionError';
  readonly code: C;
  readonly params: ProjectionErrorParams[C];

  constructor(code: C, params: ProjectionErrorParams[C]) {
    super(MESSAGES[code](params));
    this.code = code;
    this.params = params;
  }
}

export function isProjectionError(e: unknown): e is ProjectionError {
  return e instanceof ProjectionError;
}
