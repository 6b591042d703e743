/** The vote being entered or edited in the dialog, and the one operation that saves it. */
import { EXECUTIVE_ACTIONS, type Ballot, type ExecutiveAction, type RecordedVote } from '../../shared/memory/model';
import type { MemoryOperation } from '../../shared/memory/ops';
import type { PowerMap } from '../../shared/model';
import type { RollCallRow } from './RollCall';

export interface Draft {
  /** Null for a vote not saved yet. */
  id: string | null;
  date: string;
  measure: string;
  /** Null until the user says. */
  adopted: boolean | null;
  executive: ExecutiveAction | null;
  ballots: Record<string, Ballot>;
}

export const EXECUTIVE_CHOICES = ['none', ...EXECUTIVE_ACTIONS] as const;

/** Today's calendar date where the user is. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const newDraft = (): Draft => ({ id: null, date: today(), measure: '', adopted: null, executive: null, ballots: {} });

export const draftOf = (v: RecordedVote): Draft => ({ id: v.id, date: v.date, measure: v.measure, adopted: v.adopted, executive: v.executive, ballots: { ...v.ballots } });

/** Today's members (seated decision-makers) in map order, then anyone this vote recorded who has left. */
export function rollCallRows(map: PowerMap, ballots: Record<string, Ballot>): RollCallRow[] {
  const members = map.actors.filter((a) => a.kind === 'decision-maker' && a.seat);
  const seen = new Set(members.map((a) => a.id));
  const gone = Object.keys(ballots).filter((id) => !seen.has(id));
  return [
    ...members.map((a) => ({ id: a.id, name: a.name, left: false })),
    ...gone.map((id) => ({ id, name: map.actors.find((a) => a.id === id)?.name ?? id, left: true })),
  ];
}

export type DraftProblem = 'date' | 'adopted';

/** The operation that saves the draft (null: nothing changed), or what is missing. */
export function saveOperation(map: PowerMap, draft: Draft, rows: RollCallRow[], newId: () => string): { op: MemoryOperation | null } | { problem: DraftProblem } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return { problem: 'date' };
  if (draft.adopted === null) return { problem: 'adopted' };
  // Ballots in roll-call order, so the file and `powermap votes` list them as the screen does.
  const ballots: Record<string, Ballot> = {};
  for (const r of rows) if (draft.ballots[r.id]) ballots[r.id] = draft.ballots[r.id]!;
  const vote: RecordedVote = { id: draft.id ?? newId(), date: draft.date, measure: draft.measure.trim(), ballots, executive: draft.executive, adopted: draft.adopted };
  const old = draft.id === null ? undefined : map.votes.find((v) => v.id === draft.id);
  // A vote undone away while it was open is added back.
  if (!old) return { op: { type: 'vote.add', vote } };
  const patch: Partial<Omit<RecordedVote, 'id'>> = {};
  for (const k of ['date', 'measure', 'ballots', 'executive', 'adopted'] as const) {
    if (JSON.stringify(old[k]) !== JSON.stringify(vote[k])) (patch as Record<string, unknown>)[k] = vote[k];
  }
  return { op: Object.keys(patch).length ? { type: 'vote.update', id: old.id, patch } : null };
}
