/**
 * "Since when?" for what shifted (DESIGN.md §10): a date, a date and time, or a snapshot.
 * - A bare date (2026-10-01) is midnight local time; a date and time is read as written.
 * - A snapshot is named by its id or its exact name; a snapshot wins over a date when both could
 *   match (someone who names a snapshot "2026-10-01" means that snapshot).
 * - "The last reportback" is the latest snapshot: exporting a reportback offers to take one, so in
 *   the usual flow the latest snapshot is the moment of the last reportback, and a snapshot taken
 *   by hand since then is a newer moment the committee chose to mark.
 */
import type { Snapshot } from '../memory/model';

/** Local midnight at the start of a calendar date (YYYY-MM-DD), as UTC ISO 8601. */
export function startOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** A bare date is midnight local time; anything else must be a date and time JavaScript can read. */
export function parseSince(raw: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return startOfDay(raw);
  const t = /^\d{4}-\d{2}-\d{2}T/.test(raw) ? Date.parse(raw) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

export interface SinceMoment {
  /** UTC, ISO 8601. */
  at: string;
  /** The snapshot the moment was named by, if any. */
  snapshot: Snapshot | null;
}

const taken = (s: Snapshot): SinceMoment => ({ at: new Date(Date.parse(s.at)).toISOString(), snapshot: s });

export function resolveSince(raw: string, snapshots: readonly Snapshot[]): SinceMoment | null {
  const named = snapshots.find((s) => s.id === raw) ?? snapshots.find((s) => s.name === raw);
  if (named) return taken(named);
  const at = parseSince(raw);
  return at ? { at, snapshot: null } : null;
}

/** The last reportback: the latest snapshot (see above), or null when the map has none. */
export function lastReportback(snapshots: readonly Snapshot[]): Snapshot | null {
  let latest: Snapshot | null = null;
  for (const s of snapshots) if (!latest || Date.parse(s.at) >= Date.parse(latest.at)) latest = s;
  return latest;
}

/** Since when, as the app offers it: the last reportback, one snapshot, or a date (YYYY-MM-DD, local midnight). */
export type SinceChoice = { kind: 'last' } | { kind: 'snapshot'; id: string } | { kind: 'date'; date: string };

/** The moment a choice names on a map with these snapshots; null when it names none (no snapshot yet, a bad date). */
export function choiceMoment(choice: SinceChoice, snapshots: readonly Snapshot[]): SinceMoment | null {
  if (choice.kind === 'date') {
    const at = /^\d{4}-\d{2}-\d{2}$/.test(choice.date) ? parseSince(choice.date) : null;
    return at ? { at, snapshot: null } : null;
  }
  const s = choice.kind === 'last' ? lastReportback(snapshots) : snapshots.find((x) => x.id === choice.id);
  return s ? taken(s) : null;
}

/** What `--since` (and the export's `since`) takes for a choice: the snapshot's id, or the moment. */
export function choiceSpec(choice: SinceChoice, snapshots: readonly Snapshot[]): string | null {
  const moment = choiceMoment(choice, snapshots);
  return moment ? (moment.snapshot?.id ?? moment.at) : null;
}
