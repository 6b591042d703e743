/**
 * What interchange version 2 adds to version 1 (DESIGN.md §10): the history of the actors' states,
 * snapshots, meetings and recorded votes. As in version 1, unknown fields are ignored, missing
 * optional fields take their defaults and anything invalid is refused naming the field.
 */
import { z } from 'zod';
import { limited } from '../limitedList';
import { BALLOTS, EXECUTIVE_ACTIONS, MEETING_RESPONSES } from '../memory/model';
import { calendarDate, instant } from '../memory/schema';
import { STATE_FIELDS, type HistoryState } from './history';

/** A long campaign journals many edits; its history is longer than any list of people. */
const MAX_HISTORY = 1_000_000;

const id = z.string().min(1).max(200);
const text = z.string().max(10_000);
const prob = z.number().min(0).max(1);

export const historyEntrySchema = z
  .object({
    at: z.iso.datetime({ offset: true, message: 'not a date and time (2026-09-14T18:30:00Z)' }),
    actor: id,
    x: z.number().min(-1).max(1).nullable().default(null),
    y: prob.nullable().default(null),
    pYes: prob.nullable().default(null),
    pPresent: prob.default(1),
    recused: z.boolean().default(false),
    meeting: id.optional(),
  })
  // As for an actor: both coordinates or neither.
  .transform((h) => (h.x === null || h.y === null ? { ...h, x: null, y: null } : h));

export const snapshotSchema = z.object({ id, name: z.string().min(1).max(10_000), at: instant });

export const meetingSchema = z.object({
  id,
  date: calendarDate,
  with: z.array(id).max(10_000).default([]),
  attendees: text.default(''),
  ask: text.default(''),
  response: z.enum(MEETING_RESPONSES).default('no-commitment'),
  commitment: text.default(''),
  followUp: z
    .object({ owner: text.default(''), due: calendarDate.nullable().default(null), done: z.boolean().default(false) })
    .nullable()
    .default(null),
  notes: z.string().max(100_000).default(''),
});

export const voteSchema = z.object({
  id,
  date: calendarDate,
  measure: text.default(''),
  ballots: z.record(id, z.enum(BALLOTS)).default({}),
  executive: z.enum(EXECUTIVE_ACTIONS).nullable().default(null),
  adopted: z.boolean(),
});

/** The fields version 2 adds, for `interchangeSchema` to extend version 1 with. */
export const version2Fields = {
  history: z.array(historyEntrySchema).max(MAX_HISTORY).default([]),
  snapshots: limited('snapshots', snapshotSchema),
  meetings: limited('meetings', meetingSchema),
  votes: limited('votes', voteSchema),
};

interface Version2 {
  actors: readonly (HistoryState & { id: string })[];
  history: readonly (HistoryState & { at: string; actor: string })[];
  snapshots: readonly { id: string }[];
  meetings: readonly { id: string }[];
  votes: readonly { id: string }[];
}

const show = (v: unknown) => JSON.stringify(v);

/**
 * Cross-checks of version 2: ids unique in each list, history entries about actors on the map and
 * oldest first, and each actor's last entry equal to its current fields. Meetings and votes may
 * name people who have left the map (they are history), so those references are not checked.
 */
export function checkVersion2(m: Version2, ctx: z.RefinementCtx): void {
  for (const list of ['snapshots', 'meetings', 'votes'] as const) {
    const seen = new Set<string>();
    m[list].forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  }
  const actors = new Map(m.actors.map((a) => [a.id, a]));
  const lastOf = new Map<string, number>();
  let previous = -Infinity;
  m.history.forEach((h, i) => {
    if (!actors.has(h.actor)) ctx.addIssue({ code: 'custom', path: ['history', i, 'actor'], message: `unknown actor "${h.actor}"` });
    const t = Date.parse(h.at);
    if (t < previous) ctx.addIssue({ code: 'custom', path: ['history', i, 'at'], message: 'earlier than the entry before it (history is oldest first)' });
    previous = Math.max(previous, t);
    lastOf.set(h.actor, i);
  });
  for (const [actorId, i] of lastOf) {
    const actor = actors.get(actorId);
    const field = actor && STATE_FIELDS.find((k) => actor[k] !== m.history[i]![k]);
    if (actor && field) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', i, field],
        message: `the last entry for "${actorId}" must equal its current ${field} (${show(actor[field])}), not ${show(m.history[i]![field])}`,
      });
    }
  }
}
