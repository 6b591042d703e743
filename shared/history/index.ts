export { mapAt } from './rebuild';
export { shiftedSince, type ActorState, type Chance, type Shift, type Shifted } from './shifted';
export type { JournalEntry, JournalNote } from './types';
