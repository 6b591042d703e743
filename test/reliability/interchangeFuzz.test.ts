/**
 * Interchange JSON from anywhere: random values, valid maps with one field broken, and the classic
 * hostile inputs (1 MB names, 100,000 actors, deep nesting, duplicate ids, dangling references,
 * invalid Unicode, a BOM, CRLF). Parsing never throws; it accepts a valid map or names a field.
 * What it accepts imports through the host into a file that reopens as the same map.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseInterchangeText, type ParseResult } from '../../shared/schema';
import { dispatch } from '../../electron/host/dispatch';
import { Host } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { ROOT } from './support/child';
import { MAP_LIMITS } from '../../shared/mapLimits';

const FIXTURE = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/council-9.json'), 'utf8')) as Record<string, unknown>;
const RUNS = 300;
let tried = 0;

function parse(text: string): ParseResult {
  tried++;
  const r = parseInterchangeText(text, '2026-11-01T00:00:00.000Z');
  if (!r.ok) {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(typeof p.field === 'string' && p.field.length > 0 && typeof p.message === 'string').toBe(true);
  }
  return r;
}

function newHost() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-ifuzz-'));
  return new Host({ kind: 'browser', version: 'test', dataDir, mapsDir: path.join(dataDir, 'maps'), dialogs: null, systemLanguage: 'en' });
}

/** Imports through the contract and reopens the file: it must hold exactly what was parsed. */
async function importAndReopen(host: Host, text: string) {
  const parsed = parse(text);
  const r = await dispatch(host.handlers, 'maps.importJson', { text });
  expect(r.ok).toBe(parsed.ok);
  if (!r.ok || !parsed.ok) return r;
  const opened = r.value as { docId: string };
  const file = host.docById(opened.docId).file;
  host.closeAll();
  const doc = MapDocument.open(file, { readOnly: true });
  const { updatedAt: _a, createdAt: _b, ...got } = doc.map;
  const { updatedAt: _c, createdAt: _d, ...want } = parsed.map;
  doc.close();
  expect(JSON.stringify(got)).toBe(JSON.stringify(want).replace(/\\ud[89ab][0-9a-f]{2}(?!\\udc|\\udd|\\ude|\\udf)/gi, '\\ufffd'));
  return r;
}

/** Sets `value` at a random path inside `doc` (objects and arrays), or deletes the key. */
function breakAt(doc: unknown, choices: number[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc);
  let node = copy as Record<string | number, unknown>;
  for (let depth = 0; depth < choices.length; depth++) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = keys[choices[depth]! % keys.length]!;
    const child = node[key];
    if (depth === choices.length - 1 || child === null || typeof child !== 'object') {
      if (remove && !Array.isArray(node)) delete node[key];
      else node[key] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

describe('interchange JSON from anywhere', () => {
  it('never throws on random JSON values and random text', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void parse(JSON.stringify(v))), { numRuns: RUNS, seed: 11 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parse(s)), { numRuns: RUNS, seed: 12 });
  });

  it('refuses a valid map with one field broken naming a field, or accepts it whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.jsonValue(), fc.constant(null), fc.string(), fc.double(), fc.constant('\ud800'), fc.constant({})),
        fc.boolean(),
        (choices, value, remove) => {
          const r = parse(JSON.stringify(breakAt(FIXTURE, choices, value, remove)));
          if (r.ok) expect(r.map.actors.length).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: RUNS * 2, seed: 13 },
    );
  });

  it('imports what it accepts into a file that reopens the same, with a BOM, CRLF and odd Unicode', async () => {
    const host = newHost();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (names, crlf) => {
          const doc = { ...FIXTURE, actors: names.map((name, i) => ({ id: `x${i}`, kind: 'influencer', name, notes: name })), blocks: [], links: [], scenarios: [], body: { seats: 3 } };
          let text = `\uFEFF${JSON.stringify(doc, null, 2)}`;
          if (crlf) text = text.replace(/\n/g, '\r\n');
          const r = await importAndReopen(host, text);
          expect(r.ok).toBe(true);
        },
      ),
      { numRuns: 25, seed: 14 },
    );
    host.closeAll();
  });

  it('refuses the classic hostile inputs with a named field, and survives the big ones', async () => {
    const host = newHost();
    const base = { ...FIXTURE };
    const refused = (text: string, field: RegExp) => {
      const r = parse(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.field).toMatch(field);
    };
    const actors = FIXTURE.actors as Record<string, unknown>[];
    refused(JSON.stringify({ ...base, actors: [{ ...actors[0], name: 'n'.repeat(1_000_000) }] }), /^actors\[0\]\.name$/);
    refused(JSON.stringify({ ...base, town: 't'.repeat(1_000_000) }), /^town$/);
    refused(JSON.stringify({ ...base, actors: [actors[0], actors[0]] }), /^actors\[1\]\.id$/);
    refused(JSON.stringify({ ...base, links: [{ from: 'm1', to: 'nobody' }] }), /^links\[0\]\.to$/);
    refused(JSON.stringify({ ...base, blocks: [{ id: 'b', members: ['ghost'] }] }), /^blocks\[0\]\.members\[0\]$/);
    refused(JSON.stringify({ ...base, body: { ...(base.body as object), tieBreaker: 'ghost' } }), /^body\.tieBreaker$/);
    refused(JSON.stringify({ ...base, actors: 'everyone' }), /^actors$/);
    refused(JSON.stringify({ ...base, actors: [{ ...actors[0], x: '0.5' }] }), /^actors\[0\]\.x$/);
    refused(JSON.stringify({ ...base, version: 3 }), /^version$/);
    refused('{"format":"powermap",', /^\(json\)$/);
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    refused(`{"format":"powermap","version":1,"town":"T","body":{"seats":1},"actors":${deep(100_000)}}`, /.+/);
    // Deep nesting under an unknown field is ignored, as unknown fields are.
    expect(parse(`{"format":"powermap","version":1,"town":"T","body":{"seats":1},"extra":${deep(5_000)}}`).ok).toBe(true);

    // A hundred thousand people are refused, naming the list; as many as a map holds come in whole.
    const many = Array.from({ length: 100_000 }, (_, i) => ({ id: `a${i}`, kind: 'influencer', name: `Person ${i}`, x: (i % 200) / 100 - 1, y: 0.5 }));
    const crowd = JSON.stringify({ ...base, actors: many, blocks: [], links: [], body: { seats: 1 } });
    refused(crowd, /^actors$/);
    expect(await importAndReopen(host, crowd)).toMatchObject({ ok: false, error: { code: 'invalid-json', params: { field: 'actors' } } });
    const r = await importAndReopen(host, JSON.stringify({ ...base, actors: many.slice(0, MAP_LIMITS.actors), blocks: [], links: [], body: { seats: 1 } }));
    expect(r.ok).toBe(true);
    host.closeAll();
    console.log(`[reliability] interchange documents tried: ${tried}; crashes: 0`);
  }, 120_000);
});
