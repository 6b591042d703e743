/**
 * The history figures the app derives off the page's main thread (renderer/history/), one pure
 * function per question, the same code the command line and the tests call.
 */
import type { PowerMap } from '../model';
import type { Rewind } from './rebuild';
import { shiftedSince, statesAt, type ActorState, type Shifted } from './shifted';
import { stanceHistory, type StanceMove } from './stance';
import { timeline, type Timeline } from './timeline';
import type { JournalEntry } from './types';

export type HistoryRequest =
  | { kind: 'timeline'; map: PowerMap; entries: JournalEntry[]; maxPoints?: number }
  | { kind: 'shifted'; map: PowerMap; entries: JournalEntry[]; since: string }
  | { kind: 'stance'; map: PowerMap; entries: JournalEntry[]; actorId: string }
  /** Only what rewinding to `at` reads of the journal (rewindTo): a whole journal takes the page a while to copy. */
  | { kind: 'states'; map: PowerMap; rewind: Rewind[]; at: string };

export type HistoryAnswer =
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'shifted'; shifted: Shifted }
  | { kind: 'stance'; actorId: string; moves: StanceMove[] }
  | { kind: 'states'; at: string; states: Map<string, ActorState> };

export function historyFigures(req: HistoryRequest): HistoryAnswer {
  if (req.kind === 'timeline') return { kind: 'timeline', timeline: timeline(req.map, req.entries, req.maxPoints) };
  if (req.kind === 'shifted') return { kind: 'shifted', shifted: shiftedSince(req.map, req.entries, req.since) };
  if (req.kind === 'states') return { kind: 'states', at: req.at, states: statesAt(req.map, req.rewind, req.at) };
  return { kind: 'stance', actorId: req.actorId, moves: stanceHistory(req.map, req.entries, req.actorId) };
}
