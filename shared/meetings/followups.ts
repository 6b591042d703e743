/**
 * Open follow-ups of the constituent meetings (DESIGN.md §10), relative to a local calendar day:
 * overdue (due before today), due (today or in the next 7 days), later, or without a date;
 * grouped by owner. Pure: the caller says what "today" is.
 */
import type { Meeting } from '../memory/model';

/** A follow-up is "due" (soon) from this many days before its date. */
export const DUE_WITHIN_DAYS = 7;

export type FollowUpStatus = 'overdue' | 'due' | 'later' | 'undated';
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['overdue', 'due', 'later', 'undated'];

export interface OpenFollowUp {
  meeting: Meeting;
  owner: string;
  due: string | null;
  status: FollowUpStatus;
}

export interface OwnerFollowUps {
  /** Trimmed; '' when nobody was named. */
  owner: string;
  items: OpenFollowUp[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, YYYY-MM-DD. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A calendar day `days` after `day` (both YYYY-MM-DD), counted on the calendar, not in hours. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function followUpStatus(due: string | null, today: string): FollowUpStatus {
  if (due === null) return 'undated';
  if (due < today) return 'overdue';
  return due <= addDays(today, DUE_WITHIN_DAYS) ? 'due' : 'later';
}

/** Every follow-up not done yet, soonest first (undated last, then by meeting date). */
export function openFollowUps(meetings: readonly Meeting[], today: string): OpenFollowUp[] {
  const open = meetings
    .filter((m) => m.followUp && !m.followUp.done)
    .map((m) => ({ meeting: m, owner: m.followUp!.owner.trim(), due: m.followUp!.due, status: followUpStatus(m.followUp!.due, today) }));
  return open.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.meeting.date.localeCompare(b.meeting.date));
}

/**
 * Open follow-ups by owner: owners in alphabetical order (in `locale`), nobody named last; each
 * owner's soonest first. `statuses` keeps only those kinds (the CLI lists due and overdue).
 */
export function followUpsByOwner(
  meetings: readonly Meeting[],
  today: string,
  locale: string,
  statuses: readonly FollowUpStatus[] = FOLLOW_UP_STATUSES,
): OwnerFollowUps[] {
  const groups = new Map<string, OpenFollowUp[]>();
  for (const f of openFollowUps(meetings, today)) {
    if (!statuses.includes(f.status)) continue;
    const key = f.owner.toLocaleLowerCase(locale);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...groups.values()]
    .map((items) => ({ owner: items[0]!.owner, items }))
    .sort((a, b) => (a.owner === '' ? 1 : 0) - (b.owner === '' ? 1 : 0) || collator.compare(a.owner, b.owner));
}
