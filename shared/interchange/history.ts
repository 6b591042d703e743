/**
 * The `history` of interchange version 2 (DESIGN.md §10), computed from a map's journal: the actors'
 * states (x, y, pYes, pPresent, recused) after each change, oldest first. Pure.
 *
 * Only actor states matter here, so the journal is walked backwards over a table of states rather
 * than whole maps: one inverse costs what it touches, not the size of the map, and a map imported
 * with 100,000 people exports in one pass.
 */
import type { JournalEntry } from '../history/types';
import type { PowerMap } from '../model';
import type { Operation } from '../ops';

export interface HistoryState {
  x: number | null;
  y: number | null;
  pYes: number | null;
  pPresent: number;
  recused: boolean;
}

export interface HistoryEntry extends HistoryState {
  /** UTC, ISO 8601. */
  at: string;
  actor: string;
  /** The meeting the change was journaled with, when it has one. */
  meeting?: string;
}

/** What of a journal entry the history needs (a seeded entry has no sequence number yet). */
export type HistorySource = Pick<JournalEntry, 'at' | 'op' | 'inverse' | 'meeting'>;

export const STATE_FIELDS = ['x', 'y', 'pYes', 'pPresent', 'recused'] as const;

export const stateOf = (a: HistoryState): HistoryState => ({ x: a.x, y: a.y, pYes: a.pYes, pPresent: a.pPresent, recused: a.recused });

const sameState = (a: HistoryState, b: HistoryState): boolean => STATE_FIELDS.every((k) => a[k] === b[k]);

/** The actors an operation names, in the order it names them. */
function actorsNamed(op: Operation, out: string[] = []): string[] {
  switch (op.type) {
    case 'actor.add':
      out.push(op.actor.id);
      break;
    case 'actor.restore':
      out.push(op.restore.actor.id);
      break;
    case 'actor.delete':
    case 'actor.update':
      out.push(op.id);
      break;
    case 'actors.move':
      for (const m of op.moves) out.push(m.id);
      break;
    case 'batch':
      for (const o of op.ops) actorsNamed(o, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Applies an operation to a table of actor states the way `applyOperation` changes those fields.
 * Every other operation (blocks, links, the body, scenarios, campaign memory) leaves them alone;
 * the exhaustive switch makes a new operation type decide here.
 */
function applyToStates(states: Map<string, HistoryState>, op: Operation): void {
  switch (op.type) {
    case 'actor.add':
      states.set(op.actor.id, stateOf(op.actor));
      return;
    case 'actor.restore':
      states.set(op.restore.actor.id, stateOf(op.restore.actor));
      return;
    case 'actor.delete':
      states.delete(op.id);
      return;
    case 'actor.update': {
      const old = states.get(op.id);
      if (!old) return;
      const next = { ...old };
      for (const k of STATE_FIELDS) if (op.patch[k] !== undefined) (next as Record<string, unknown>)[k] = op.patch[k];
      states.set(op.id, next);
      return;
    }
    case 'actors.move':
      for (const m of op.moves) {
        const old = states.get(m.id);
        const placed = m.x !== null && m.y !== null;
        if (old) states.set(m.id, { ...old, x: placed ? m.x : null, y: placed ? m.y : null });
      }
      return;
    case 'batch':
      for (const o of op.ops) applyToStates(states, o);
      return;
    case 'block.create':
    case 'block.delete':
    case 'block.update':
    case 'block.setMembers':
    case 'link.add':
    case 'link.remove':
    case 'link.update':
    case 'map.update':
    case 'scenario.add':
    case 'scenario.delete':
    case 'scenario.update':
    case 'snapshot.add':
    case 'snapshot.update':
    case 'snapshot.delete':
    case 'meeting.add':
    case 'meeting.update':
    case 'meeting.delete':
    case 'vote.add':
    case 'vote.update':
    case 'vote.delete':
      return;
    default: {
      const never: never = op;
      void never;
    }
  }
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** An instant in the one form the journal writes; null for text that is not one. */
export function isoInstant(s: string): string | null {
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * The history of `map` from its journal. People on the map before the journal began (a map made
 * before journals, a breakout copy) get one entry at the map's creation. Only people on the map now
 * appear (the format has no way to say someone left). Times never go backwards: an entry journaled
 * under a clock set back takes the time of the one before it.
 */
export function historyOf(map: PowerMap, journal: readonly HistorySource[]): HistoryEntry[] {
  const onMap = new Set(map.actors.map((a) => a.id));
  const states = new Map<string, HistoryState>(map.actors.map((a) => [a.id, stateOf(a)]));
  const newestFirst: HistoryEntry[][] = [];
  for (let i = journal.length - 1; i >= 0; i--) {
    const entry = journal[i]!;
    const named = [...new Set([...actorsNamed(entry.op), ...actorsNamed(entry.inverse)])];
    const after = named.map((id) => states.get(id));
    applyToStates(states, entry.inverse);
    const changed: HistoryEntry[] = [];
    named.forEach((id, k) => {
      const now = after[k];
      const before = states.get(id);
      if (!onMap.has(id) || !now || (before && sameState(before, now))) return;
      changed.push({ at: entry.at, actor: id, ...now, ...(entry.meeting ? { meeting: entry.meeting } : {}) });
    });
    if (changed.length) newestFirst.push(changed);
  }
  const firstAt = journal.length ? isoInstant(journal[0]!.at) : null;
  const created = isoInstant(map.createdAt);
  const start = [created, firstAt].filter((t): t is string => t !== null).sort()[0] ?? isoInstant(map.updatedAt) ?? EPOCH;
  const baseline: HistoryEntry[] = map.actors.filter((a) => states.has(a.id)).map((a) => ({ at: start, actor: a.id, ...states.get(a.id)! }));
  const out: HistoryEntry[] = [];
  let last = start;
  let raw = '';
  let iso: string | null = null;
  for (const e of [baseline, ...newestFirst.reverse()].flat()) {
    if (e.at !== raw) [raw, iso] = [e.at, isoInstant(e.at)];
    if (iso !== null && iso > last) last = iso;
    out.push({ ...e, at: last });
  }
  return out;
}
