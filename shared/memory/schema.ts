/** Runtime schemas of the campaign memory: strict for operations, and the JSON lists stored in the file. */
import { z } from 'zod';
import { BALLOTS, EXECUTIVE_ACTIONS, MEETING_RESPONSES } from './model';
import type { MemoryOperation } from './ops';

const id = z.string().min(1).max(200);
const text = z.string().max(10_000);
const index = z.number().int().min(0).optional();
/** A calendar date; the day must exist (2026-02-30 is refused). */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
export const instant = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date and time');

export const actorIds = z.array(id).max(10_000);
export const ballotsSchema = z.record(id, z.enum(BALLOTS));

export const snapshotStrict = z.strictObject({ id, name: z.string().min(1).max(10_000), at: instant });
export const followUpStrict = z.strictObject({ owner: text, due: calendarDate.nullable(), done: z.boolean() });
export const meetingStrict = z.strictObject({
  id,
  date: calendarDate,
  with: actorIds,
  attendees: text,
  ask: text,
  response: z.enum(MEETING_RESPONSES),
  commitment: text,
  followUp: followUpStrict.nullable(),
  notes: z.string().max(100_000),
});
export const voteStrict = z.strictObject({
  id,
  date: calendarDate,
  measure: text,
  ballots: ballotsSchema,
  executive: z.enum(EXECUTIVE_ACTIONS).nullable(),
  adopted: z.boolean(),
});

export const memoryOperationSchemas = [
  z.strictObject({ type: z.literal('snapshot.add'), snapshot: snapshotStrict, index }),
  z.strictObject({ type: z.literal('snapshot.update'), id, patch: snapshotStrict.omit({ id: true }).partial() }),
  z.strictObject({ type: z.literal('snapshot.delete'), id }),
  z.strictObject({ type: z.literal('meeting.add'), meeting: meetingStrict, index }),
  z.strictObject({ type: z.literal('meeting.update'), id, patch: meetingStrict.omit({ id: true }).partial() }),
  z.strictObject({ type: z.literal('meeting.delete'), id }),
  z.strictObject({ type: z.literal('vote.add'), vote: voteStrict, index }),
  z.strictObject({ type: z.literal('vote.update'), id, patch: voteStrict.omit({ id: true }).partial() }),
  z.strictObject({ type: z.literal('vote.delete'), id }),
] as const;

// Keeps the schemas and the TypeScript union in step: a missing or extra field fails to compile.
type Parsed = z.infer<(typeof memoryOperationSchemas)[number]>;
const _sameShape: [Parsed] extends [MemoryOperation] ? ([MemoryOperation] extends [Parsed] ? true : never) : never = true;
void _sameShape;
