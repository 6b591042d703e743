/**
 * The history figures the app derives off the page's main thread (renderer/history/), one pure
 * function per question, the same code the command line and the tests call.
 */
import type { PowerMap } from '../model';
import { rewindTo } from './rebuild';
import { shiftedSince, statesAt, type ActorState, type Shifted } from './shifted';
import { stanceHistory, type StanceMove } from './stance';
import { timeline, type Timeline } from './timeline';
import { parseJournalText, type JournalText } from './types';

/** Each asks about `map` and its journal, sent as text: the worker parses it, not the page. */
export type HistoryRequest =
  | { kind: 'timeline'; map: PowerMap; journal: JournalText; maxPoints?: number }
  | { kind: 'shifted'; map: PowerMap; journal: JournalText; since: string }
  | { kind: 'stance'; map: PowerMap; journal: JournalText; actorId: string }
  | { kind: 'states'; map: PowerMap; journal: JournalText; at: string };

export type HistoryAnswer =
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'shifted'; shifted: Shifted }
  | { kind: 'stance'; actorId: string; moves: StanceMove[] }
  | { kind: 'states'; at: string; states: Map<string, ActorState> };

export function historyFigures(req: HistoryRequest): HistoryAnswer {
  const entries = parseJournalText(req.journal);
  if (req.kind === 'timeline') return { kind: 'timeline', timeline: timeline(req.map, entries, req.maxPoints) };
  if (req.kind === 'shifted') return { kind: 'shifted', shifted: shiftedSince(req.map, entries, req.since) };
  if (req.kind === 'states') return { kind: 'states', at: req.at, states: statesAt(req.map, rewindTo(entries, req.at), req.at) };
  return { kind: 'stance', actorId: req.actorId, moves: stanceHistory(req.map, entries, req.actorId) };
}
