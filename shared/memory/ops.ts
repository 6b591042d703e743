/**
 * Operations on the campaign memory lists. Each list is keyed by id and has the same three edits
 * (add, update, delete), each with its exact inverse, like every other change to a map.
 */
import type { Meeting, RecordedVote, Snapshot } from './model';

export type MemoryOperation =
  | { type: 'snapshot.add'; snapshot: Snapshot; index?: number }
  | { type: 'snapshot.update'; id: string; patch: Partial<Omit<Snapshot, 'id'>> }
  | { type: 'snapshot.delete'; id: string }
  | { type: 'meeting.add'; meeting: Meeting; index?: number }
  | { type: 'meeting.update'; id: string; patch: Partial<Omit<Meeting, 'id'>> }
  | { type: 'meeting.delete'; id: string }
  | { type: 'vote.add'; vote: RecordedVote; index?: number }
  | { type: 'vote.update'; id: string; patch: Partial<Omit<RecordedVote, 'id'>> }
  | { type: 'vote.delete'; id: string };

export type MemoryKind = 'snapshot' | 'meeting' | 'vote';

export const isMemoryOperation = (op: { type: string }): op is MemoryOperation =>
  op.type.startsWith('snapshot.') || op.type.startsWith('meeting.') || op.type.startsWith('vote.');
