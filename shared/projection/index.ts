/** The vote-projection engine: pure TypeScript, no Node, DOM or Electron. */
export { ProjectionError, isProjectionError, type ProjectionErrorCode, type ProjectionErrorParams } from './errors';
export { nextStanceAbove, resolvePYes, toProjectionInput } from './fromMap';
export { project } from './project';
export { minimalSet, EXACT_LIMIT } from './minimalSet';
export { validateProjectionInput } from './validate';
export type * from './types';
