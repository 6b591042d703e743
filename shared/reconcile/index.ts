export { DEFAULT_FLAG_SPREAD, chanceOf, median, reconcile, type GroupMap, type Position, type ReconciledActor, type Reconciliation } from './reconcile';
export { matchKey } from './matchKey';
export { chosenPosition, reconciliationOperation, type Choice } from './toOperation';
