/**
 * The timeline (DESIGN.md §10): the chance of adoption after each journal entry, with the map's
 * meetings, snapshots and recorded votes marked. Past maps are rebuilt from the current one by
 * applying inverses backwards, so a long journal costs one pass; above `maxPoints` entries the
 * points are an even sample that always keeps the newest.
 */
import type { PowerMap } from '../model';
import { applyOperation } from '../ops';
import { chanceOf } from '../reconcile';
import { entryKind, replayStacks, userLabel, type EntryKind } from './replay';
import type { JournalEntry } from './types';

export const TIMELINE_POINTS = 300;

export interface TimelinePoint {
  seq: number;
  /** UTC, ISO 8601. */
  at: string;
  /** Null when the map then could not be projected (no members yet, say). */
  pAdopt: number | null;
  kind: EntryKind;
  /** The note behind the change (a person's label, or the meeting it was filed under). */
  label: string | null;
  meeting: string | null;
}

export interface TimelineMark {
  kind: 'meeting' | 'snapshot' | 'vote';
  id: string;
  name: string;
  /** UTC, ISO 8601; a calendar date (meetings, votes) is placed at its local midnight. */
  at: string;
}

export interface Timeline {
  points: TimelinePoint[];
  marks: TimelineMark[];
  /** Journal entries in all; more than the points when sampled. */
  total: number;
}

/** A calendar date (YYYY-MM-DD) as its local midnight. */
export function dayStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}

/** Up to `max` indices of `n`, evenly spread, the last always included. */
export function sampleIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < max; k++) out.push(Math.round(((n - 1) * k) / (max - 1)));
  return [...new Set(out)];
}

export function marksOf(map: PowerMap): TimelineMark[] {
  const marks: TimelineMark[] = [
    ...map.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id, name: m.ask, at: dayStart(m.date) })),
    ...map.snapshots.map((s) => ({ kind: 'snapshot' as const, id: s.id, name: s.name, at: new Date(Date.parse(s.at)).toISOString() })),
    ...map.votes.map((v) => ({ kind: 'vote' as const, id: v.id, name: v.measure, at: dayStart(v.date) })),
  ];
  return marks.sort((a, b) => a.at.localeCompare(b.at));
}

export function timeline(current: PowerMap, entries: readonly JournalEntry[], maxPoints = TIMELINE_POINTS): Timeline {
  const wanted = new Set(sampleIndices(entries.length, maxPoints));
  const { origin } = replayStacks(entries, Infinity);
  const points: TimelinePoint[] = [];
  let map = current;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (wanted.has(i)) {
      const source = entries[origin[i]!]!;
      points.push({ seq: e.seq, at: e.at, pAdopt: chanceOf(map), kind: entryKind(e), label: userLabel(source.label), meeting: source.meeting });
    }
    try {
      map = applyOperation(map, e.inverse).map;
    } catch {
      // A journal out of step with the map: older moments cannot be rebuilt.
      break;
    }
  }
  return { points: points.reverse(), marks: marksOf(current), total: entries.length };
}
