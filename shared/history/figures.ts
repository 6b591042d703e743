/**
 * The history figures the app derives off the page's main thread (renderer/history/), one pure
 * function per question, the same code the command line and the tests call.
 */
import type { PowerMap } from '../model';
import { shiftedSince, type Shifted } from './shifted';
import { stanceHistory, type StanceMove } from './stance';
import { timeline, type Timeline } from './timeline';
import type { JournalEntry } from './types';

export type HistoryRequest =
  | { kind: 'timeline'; map: PowerMap; entries: JournalEntry[]; maxPoints?: number }
  | { kind: 'shifted'; map: PowerMap; entries: JournalEntry[]; since: string }
  | { kind: 'stance'; map: PowerMap; entries: JournalEntry[]; actorId: string };

export type HistoryAnswer =
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'shifted'; shifted: Shifted }
  | { kind: 'stance'; actorId: string; moves: StanceMove[] };

export function historyFigures(req: HistoryRequest): HistoryAnswer {
  if (req.kind === 'timeline') return { kind: 'timeline', timeline: timeline(req.map, req.entries, req.maxPoints) };
  if (req.kind === 'shifted') return { kind: 'shifted', shifted: shiftedSince(req.map, req.entries, req.since) };
  return { kind: 'stance', actorId: req.actorId, moves: stanceHistory(req.map, req.entries, req.actorId) };
}
