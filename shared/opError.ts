/** Why an operation cannot apply to a map: a code for the message, and the id it is about. */
export type OpErrorCode =
  | 'unknown-actor'
  | 'unknown-block'
  | 'unknown-link'
  | 'unknown-scenario'
  | 'unknown-snapshot'
  | 'unknown-meeting'
  | 'unknown-vote'
  | 'duplicate-id'
  | 'duplicate-link'
  | 'self-link'
  | 'already-in-block'
  | 'too-many-seats'
  /** The map already holds as many of them (`subject`: 'actors', 'links'…) as a map may (shared/mapLimits.ts). */
  | 'map-full';

export class OpError extends Error {
  constructor(
    readonly code: OpErrorCode,
    readonly subject: string,
  ) {
    super(`${code}: ${subject}`);
    this.name = 'OpError';
  }
}
