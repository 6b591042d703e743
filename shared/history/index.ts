export { mapAt, rewindTo, type Rewind } from './rebuild';
export { sameState, shiftedSince, stateOf, statesAt, type ActorState, type Chance, type Shift, type Shifted } from './shifted';
export { parseJournalText, type JournalEntry, type JournalNote, type JournalPage, type JournalText } from './types';
export { entryKind, IMPORT_LABEL, REDO_LABEL, replayStacks, stacksFromJournal, UNDO_LABEL, userLabel, type EntryKind, type ReplayedStep } from './replay';
export { choiceMoment, choiceSpec, lastReportback, parseSince, resolveSince, type SinceChoice, type SinceMoment } from './since';
export { marksOf, sampleIndices, timeline, TIMELINE_POINTS, type Timeline, type TimelineMark, type TimelinePoint } from './timeline';
export { stanceHistory, type StanceMove, type Standing } from './stance';
export { historyFigures, type HistoryAnswer, type HistoryRequest } from './figures';
