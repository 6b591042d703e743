/**
 * Every contract method called with random and malformed arguments: validation rejects them with
 * an error code before any handler (and so any SQL) runs; a handler only ever sees arguments that
 * pass the method's schema; and nothing ever throws out of dispatch.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contract, METHODS, type Handlers, type Method } from '../../shared/contract';
import { dispatch } from '../../electron/host/dispatch';
import { Host } from '../../electron/host/handlers';
import { seeded } from './support/random';
import { randomOperation } from './support/ops';

const KNOWN_CODES = new Set([
  'invalid-arguments', 'unknown-method', 'not-found', 'not-sqlite', 'empty-file', 'other-app', 'newer-version', 'corrupt', 'read-only',
  'disk-full', 'locked', 'file-gone', 'op-rejected', 'invalid-json', 'cancelled', 'unsupported', 'io', 'migration-failed',
]);

function setup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cfuzz-'));
  const host = new Host({ kind: 'browser', version: 'test', dataDir, mapsDir: path.join(dataDir, 'maps'), dialogs: null, systemLanguage: 'en' });
  let reached = 0;
  // What each handler receives must already satisfy the method's schema: nothing unvalidated gets in.
  const guarded = Object.fromEntries(
    METHODS.map((m) => [
      m,
      (args: unknown) => {
        reached++;
        if (!contract[m].args.safeParse(args).success) throw new Error(`unvalidated arguments reached ${m}`);
        return (host.handlers[m] as (a: unknown) => unknown)(args);
      },
    ]),
  ) as unknown as Handlers;
  return { host, guarded, reached: () => reached };
}

/** Valid arguments for each method, as a starting point for near-miss mutations. */
function validArgs(docId: string): Record<Method, Record<string, unknown>> {
  return {
    'app.info': {},
    'settings.get': {},
    'settings.setLanguage': { language: 'es' },
    'maps.recent': {},
    'maps.create': { town: 'Riverton', title: 'T' },
    'maps.open': { key: 'abc' },
    'maps.openDialog': {},
    'maps.importJson': { text: '{}' },
    'maps.get': { docId },
    'maps.state': { docId },
    'maps.apply': { docId, op: { type: 'actors.move', moves: [{ id: 'm1', x: 0.1, y: 0.2 }] } },
    'maps.journal': { docId },
    'maps.journalText': { docId },
    'maps.saveAs': { docId },
    'maps.close': { docId },
    'maps.export': { docId, format: 'csv', lang: 'en' },
    'maps.importFile': { name: 'map.json', base64: 'e30=' },
    'groups.makeCopies': { docId, groups: ['Group A'] },
    'groups.readMap': { name: 'map.json', base64: 'e30=' },
    ...('maps.saveCopyOf' in contract ? { 'maps.saveCopyOf': { docId, map: { format: 'powermap', version: 1, town: 'T', body: { seats: 1 } } } } : {}),
  } as Record<Method, Record<string, unknown>>;
}

const wild = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, undefined, NaN, Infinity, -1, 1e308, '', 'x'.repeat(100_000), '\ud800', '__proto__', [], {}),
  fc.string({ unit: 'binary' }),
);

describe('the contract under random and malformed calls', () => {
  it('rejects what does not fit with a code, and only validated arguments reach a handler', async () => {
    const { host, guarded, reached } = setup();
    const created = await dispatch(host.handlers, 'maps.create', { town: 'Riverton', title: 'Fuzz' });
    if (!created.ok) throw new Error(created.error.message);
    const docId = (created.value as { docId: string }).docId;
    const valid = validArgs(docId);
    let calls = 0;
    let rejected = 0;
    const check = async (name: string, args: unknown) => {
      calls++;
      const r = await dispatch(guarded, name, args);
      if (!r.ok) {
        expect(KNOWN_CODES.has(r.error.code), `${name}: ${r.error.code} ${r.error.message}`).toBe(true);
        if (r.error.code === 'invalid-arguments' || r.error.code === 'unknown-method') rejected++;
      }
      return r;
    };
    const safeMethods = METHODS.filter((m) => m !== 'maps.close');

    // Entirely random arguments, for every method and for names that are not methods.
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...safeMethods), fc.string()), wild, async (name, args) => void (await check(name, args))),
      { numRuns: 1500, seed: 21 },
    );
    // Near misses: a valid call with one field replaced, removed or added.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...safeMethods), fc.nat(), wild, fc.constantFrom('replace', 'remove', 'add'), async (m, k, value, how) => {
        const args: Record<string, unknown> = { ...valid[m] };
        const keys = Object.keys(args);
        if (how === 'add' || !keys.length) args[`extra${k}`] = value;
        else if (how === 'remove') delete args[keys[k % keys.length]!];
        else args[keys[k % keys.length]!] = value;
        const r = await check(m, args);
        if (how === 'add') expect(r.ok).toBe(false);
      }),
      { numRuns: 1500, seed: 22 },
    );
    // Well-formed operations, some of which do not fit the map: applied or refused, never 'internal'.
    const rng = seeded(23);
    for (let i = 0; i < 800; i++) {
      const map = host.docById(docId).map;
      const op = i % 10 === 0 ? { type: 'actor.update', id: map.actors[0]?.id ?? 'm', patch: { x: 0.3 } } : randomOperation(map, rng, `c${i}`);
      const r = await check('maps.apply', { docId, op });
      if (!r.ok) expect(r.error.code).toBe('op-rejected');
    }
    expect(rejected).toBeGreaterThan(1000);
    console.log(`[reliability] contract calls tried: ${calls}; rejected by validation: ${rejected}; reached a handler: ${reached()} (all schema-valid); crashes: 0`);
    host.closeAll();
  }, 120_000);
});
