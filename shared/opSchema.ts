/** Runtime schema of an Operation, for validating what crosses the renderer↔host boundary. */
import { z } from 'zod';
import type { Operation } from './ops';
import { ACTOR_KINDS } from './model';
import { memoryOperationSchemas } from './memory/schema';
import { bodySchema, scenarioChangeSchema, thresholdSchema } from './schema';

const id = z.string().min(1).max(200);
const prob = z.number().min(0).max(1);
const alignment = z.number().min(-1).max(1);
const name = z.string().min(1).max(10_000);
const text = z.string().max(10_000);
const index = z.number().int().min(0).optional();
const list = <T extends z.ZodTypeAny>(t: T) => z.array(t).max(200_000);

export const actorStrict = z.strictObject({
  id,
  kind: z.enum(ACTOR_KINDS),
  name,
  role: text,
  notes: z.string().max(100_000),
  x: alignment.nullable(),
  y: prob.nullable(),
  seat: z.boolean(),
  pYes: prob.nullable(),
  pPresent: prob,
  recused: z.boolean(),
});

const actorPatch = actorStrict.omit({ id: true }).partial();
const blockStrict = z.strictObject({ id, name: text, members: list(id), cohesion: prob });
const linkStrict = z.strictObject({ from: id, to: id, strength: prob });
const bodyStrict = bodySchema.extend({ rule: z.strictObject({ basis: z.enum(['whole', 'cast']), threshold: thresholdSchema, quorum: z.number().int().min(0).nullable() }) });
const scenarioStrict = z.strictObject({ id, name, changes: list(scenarioChangeSchema) });
const move = z.strictObject({ id, x: alignment.nullable(), y: prob.nullable() });

export const operationSchema: z.ZodType<Operation> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('actor.add'), actor: actorStrict, index }),
    z.strictObject({ type: z.literal('actor.delete'), id }),
    z.strictObject({
      type: z.literal('actor.restore'),
      restore: z.strictObject({
        actor: actorStrict,
        index: z.number().int().min(0),
        links: list(z.strictObject({ link: linkStrict, index: z.number().int().min(0) })),
        block: z.strictObject({ id, index: z.number().int().min(0) }).nullable(),
        tieBreaker: z.boolean(),
        executive: z.strictObject({ actor: id, override: thresholdSchema }).nullable(),
        scenarioChanges: list(z.strictObject({ scenario: id, index: z.number().int().min(0), change: scenarioChangeSchema })),
      }),
    }),
    z.strictObject({ type: z.literal('actor.update'), id, patch: actorPatch }),
    z.strictObject({ type: z.literal('actors.move'), moves: list(move).min(1) }),
    z.strictObject({ type: z.literal('block.create'), block: blockStrict, index }),
    z.strictObject({ type: z.literal('block.delete'), id }),
    z.strictObject({ type: z.literal('block.update'), id, patch: blockStrict.pick({ name: true, cohesion: true }).partial() }),
    z.strictObject({ type: z.literal('block.setMembers'), id, members: list(id) }),
    z.strictObject({ type: z.literal('link.add'), link: linkStrict, index }),
    z.strictObject({ type: z.literal('link.remove'), from: id, to: id }),
    z.strictObject({ type: z.literal('link.update'), from: id, to: id, strength: prob }),
    z.strictObject({
      type: z.literal('map.update'),
      patch: z.strictObject({
        town: name.optional(),
        title: text.optional(),
        nextSteps: z.string().max(100_000).optional(),
        stances: z.tuple([prob, prob, prob, prob, prob]).optional(),
        body: bodyStrict.optional(),
      }),
    }),
    z.strictObject({ type: z.literal('scenario.add'), scenario: scenarioStrict, index }),
    z.strictObject({ type: z.literal('scenario.delete'), id }),
    z.strictObject({ type: z.literal('scenario.update'), id, patch: scenarioStrict.omit({ id: true }).partial() }),
    ...memoryOperationSchemas,
    z.strictObject({ type: z.literal('batch'), ops: z.array(operationSchema).max(10_000) }),
  ]),
) as z.ZodType<Operation>;
