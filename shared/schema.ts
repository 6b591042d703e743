/**
 * The interchange format (DESIGN.md §5): `format: "powermap"`, `version: 1`, and version 2 with the
 * campaign memory (§10, `shared/interchange/`). Unknown fields are ignored, missing optional fields
 * take their defaults, anything invalid is refused naming the field.
 */
import { limited } from './limitedList';
import { MAP_LIMITS } from './mapLimits';
import { emptyMemory } from './memory/model';
import { z } from 'zod';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, INTERCHANGE_VERSION_2 } from './interchange/format';
import type { HistoryEntry } from './interchange/history';
import { checkVersion2, version2Fields } from './interchange/schema';
import { ACTOR_KINDS, DEFAULT_STANCES, type PowerMap, type Stances } from './model';

export { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, INTERCHANGE_VERSION_2, toInterchange } from './interchange/format';

const MAX_TEXT = 10_000;
const MAX_NOTES = 100_000;
const MAX_ITEMS = 200_000;

const prob = z.number().min(0).max(1);
const id = z.string().min(1).max(200);
const text = z.string().max(MAX_TEXT);

export const thresholdSchema = z.union([
  z.literal('majority'),
  z.literal('two-thirds'),
  z.object({ atLeast: z.number().int().min(1) }),
]);

export const ruleSchema = z.object({
  basis: z.enum(['whole', 'cast']).default('whole'),
  threshold: thresholdSchema.default('majority'),
  quorum: z.number().int().min(0).nullable().default(null),
});

export const bodySchema = z.object({
  name: text.default(''),
  seats: z.number().int().min(1).max(MAP_LIMITS.seats, { message: `more than a body has (at most ${MAP_LIMITS.seats})` }),
  rule: ruleSchema.default({ basis: 'whole', threshold: 'majority', quorum: null }),
  tieBreaker: id.nullable().default(null),
  executive: z
    .object({ actor: id, override: thresholdSchema.default('two-thirds') })
    .nullable()
    .default(null),
});

export const actorSchema = z
  .object({
    id,
    kind: z.enum(ACTOR_KINDS),
    name: z.string().min(1).max(MAX_TEXT),
    role: text.default(''),
    notes: z.string().max(MAX_NOTES).default(''),
    x: z.number().min(-1).max(1).nullable().default(null),
    y: prob.nullable().default(null),
    seat: z.boolean().default(false),
    pYes: prob.nullable().default(null),
    pPresent: prob.default(1),
    recused: z.boolean().default(false),
  })
  // An actor half-placed is not placed at all: both coordinates or neither.
  .transform((a) => (a.x === null || a.y === null ? { ...a, x: null, y: null } : a));

export const blockSchema = z.object({
  id,
  name: text.default(''),
  members: z.array(id).max(MAP_LIMITS.actors),
  cohesion: prob.default(1),
});

export const linkSchema = z.object({ from: id, to: id, strength: prob.default(0.5) });

export const scenarioChangeSchema = z.object({
  actor: id,
  x: z.number().min(-1).max(1).optional(),
  pYes: prob.nullable().optional(),
  pPresent: prob.optional(),
  recused: z.boolean().optional(),
});

export const scenarioSchema = z.object({
  id,
  name: z.string().min(1).max(MAX_TEXT),
  changes: z.array(scenarioChangeSchema).max(MAX_ITEMS).default([]),
});

const stancesSchema = z.tuple([prob, prob, prob, prob, prob]);

const version1Schema = z.object({
  format: z.literal(INTERCHANGE_FORMAT),
  version: z.literal(INTERCHANGE_VERSION),
  town: z.string().min(1).max(MAX_TEXT),
  title: text.default(''),
  stances: stancesSchema.default([...DEFAULT_STANCES] as Stances),
  body: bodySchema,
  actors: limited('actors', actorSchema),
  blocks: limited('blocks', blockSchema),
  links: limited('links', linkSchema),
  scenarios: limited('scenarios', scenarioSchema),
  nextSteps: z.string().max(MAX_NOTES).default(''),
  createdAt: z.string().max(64).optional(),
  updatedAt: z.string().max(64).optional(),
});

// A version-1 file's history or meetings (whatever they hold) are unknown fields, and ignored.
const version2Schema = version1Schema.extend({ version: z.literal(INTERCHANGE_VERSION_2), ...version2Fields });

export const interchangeSchema = z
  .discriminatedUnion('version', [version1Schema, version2Schema])
  .superRefine((m, ctx) => {
    const ids = new Map<string, number>();
    m.actors.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'id'], message: `duplicate id "${a.id}"` });
      ids.set(a.id, i);
    });
    const known = (path: (string | number)[], ref: string | null) => {
      if (ref !== null && !ids.has(ref)) ctx.addIssue({ code: 'custom', path, message: `unknown actor "${ref}"` });
    };
    known(['body', 'tieBreaker'], m.body.tieBreaker);
    known(['body', 'executive', 'actor'], m.body.executive?.actor ?? null);
    const blockIds = new Set<string>();
    const inBlock = new Map<string, string>();
    m.blocks.forEach((b, i) => {
      if (blockIds.has(b.id)) ctx.addIssue({ code: 'custom', path: ['blocks', i, 'id'], message: `duplicate id "${b.id}"` });
      blockIds.add(b.id);
      b.members.forEach((mem, j) => {
        known(['blocks', i, 'members', j], mem);
        const other = inBlock.get(mem);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['blocks', i, 'members', j], message: `"${mem}" is already in block "${other}"` });
        }
        inBlock.set(mem, b.id);
      });
    });
    const linkKeys = new Set<string>();
    m.links.forEach((l, i) => {
      known(['links', i, 'from'], l.from);
      known(['links', i, 'to'], l.to);
      if (l.from === l.to) ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: 'a link needs two different actors' });
      const key = `${l.from}\u0000${l.to}`;
      if (linkKeys.has(key)) ctx.addIssue({ code: 'custom', path: ['links', i], message: 'duplicate link' });
      linkKeys.add(key);
    });
    const seated = m.actors.filter((a) => a.seat).length;
    if (seated > m.body.seats) {
      ctx.addIssue({ code: 'custom', path: ['body', 'seats'], message: `${seated} actors have a seat but the body has ${m.body.seats} seats` });
    }
    if (m.body.rule.quorum !== null && m.body.rule.quorum > m.body.seats) {
      ctx.addIssue({ code: 'custom', path: ['body', 'rule', 'quorum'], message: 'quorum is larger than the number of seats' });
    }
    const scenarioIds = new Set<string>();
    m.scenarios.forEach((s, i) => {
      if (scenarioIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `duplicate id "${s.id}"` });
      scenarioIds.add(s.id);
      s.changes.forEach((c, j) => known(['scenarios', i, 'changes', j, 'actor'], c.actor));
    });
    if (m.version === INTERCHANGE_VERSION_2) checkVersion2(m, ctx);
  });

export interface FieldProblem {
  /** Dotted path of the bad field, e.g. `actors[2].x`. */
  field: string;
  message: string;
}

/**
 * A parsed file: the map (with its snapshots, meetings and votes from version 2) and the history
 * its journal starts from (empty for version 1: everyone arrives at the time of import).
 */
export type ParseResult = { ok: true; map: PowerMap; history: HistoryEntry[] } | { ok: false; problems: FieldProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out || '(root)';
}

export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.slice(0, 20).map((i) => ({ field: formatPath(i.path), message: i.message }));
}

/** Parses interchange JSON (already decoded) into a document; `now` fills missing timestamps. */
export function parseInterchange(data: unknown, now: string = new Date().toISOString()): ParseResult {
  const r = interchangeSchema.safeParse(data);
  if (!r.success) return { ok: false, problems: problemsOf(r.error) };
  const d = r.data;
  const v2 = d.version === INTERCHANGE_VERSION_2 ? d : null;
  const map: PowerMap = {
    town: d.town,
    title: d.title,
    stances: d.stances,
    body: d.body,
    actors: d.actors,
    blocks: d.blocks,
    links: d.links,
    scenarios: d.scenarios,
    nextSteps: d.nextSteps,
    ...(v2 ? { snapshots: v2.snapshots, meetings: v2.meetings, votes: v2.votes } : emptyMemory()),
    createdAt: d.createdAt ?? now,
    updatedAt: d.updatedAt ?? now,
  };
  return { ok: true, map, history: v2?.history ?? [] };
}

/** Decodes interchange text, naming the position of a JSON syntax error. */
export function parseInterchangeText(textIn: string, now?: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(textIn.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [{ field: '(json)', message: (e as Error).message }] };
  }
  return parseInterchange(data, now);
}

