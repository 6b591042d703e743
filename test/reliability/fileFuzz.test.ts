/**
 * Damaged `.powermap` files: flipped bytes in the header and in pages, truncation, swapped and
 * zeroed pages. Opening one (read-write, as the app does) and `powermap check` must each either
 * refuse it with a translated code or open a valid map — never throw anything else, never hang,
 * and never change a byte of the input.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseInterchangeText } from '../../shared/schema';
import { createTranslator } from '../../shared/i18n';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { checkCommand } from '../../electron/cli/commands/check';
import { CliFailure, type CliContext } from '../../electron/cli/context';
import { seeded, type Rng } from './support/random';
import { randomOperation } from './support/ops';
import { ROOT } from './support/child';

const CASES = 400;
const SPAWNED_CHECKS = 6;
const t = createTranslator('en');
const hash = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** A realistic map: the nine-member council plus edits, with long notes spilling onto overflow pages. */
function validFile(dir: string): Buffer {
  const parsed = parseInterchangeText(fs.readFileSync(path.join(ROOT, 'test/fixtures/council-9.json'), 'utf8'), '2026-11-01T00:00:00.000Z');
  if (!parsed.ok) throw new Error('fixture');
  const file = path.join(dir, 'valid.powermap');
  const doc = MapDocument.create(file, parsed.map);
  const rng = seeded(99);
  for (let i = 0; i < 120; i++) {
    try {
      doc.apply(randomOperation(doc.map, rng, `f${i}`));
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
    }
  }
  doc.close();
  return fs.readFileSync(file);
}

type Mutation = 'header-flip' | 'page-flip' | 'truncate' | 'page-swap' | 'page-zero';
const MUTATIONS: Mutation[] = ['header-flip', 'page-flip', 'truncate', 'page-swap', 'page-zero'];

function mutate(valid: Buffer, kind: Mutation, rng: Rng): Buffer {
  const b = Buffer.from(valid);
  const pageSize = b.readUInt16BE(16);
  const pages = b.length / pageSize;
  const flip = (at: number) => (b[at] = b[at]! ^ (1 << rng.int(8)));
  switch (kind) {
    case 'header-flip':
      for (let i = 0, n = 1 + rng.int(3); i < n; i++) flip(rng.int(100));
      return b;
    case 'page-flip':
      for (let i = 0, n = 1 + rng.int(8); i < n; i++) flip(pageSize + rng.int(b.length - pageSize));
      return b;
    case 'truncate':
      return b.subarray(0, rng.int(b.length));
    case 'page-swap': {
      const [p, q] = [1 + rng.int(pages - 1), 1 + rng.int(pages - 1)];
      const tmp = Buffer.from(b.subarray(p * pageSize, (p + 1) * pageSize));
      b.copy(b, p * pageSize, q * pageSize, (q + 1) * pageSize);
      tmp.copy(b, q * pageSize);
      return b;
    }
    case 'page-zero': {
      const p = rng.int(pages);
      b.fill(0, p * pageSize, (p + 1) * pageSize);
      return b;
    }
  }
}

function quietContext(): CliContext & { output: string[] } {
  const output: string[] = [];
  return { t, lang: 'en', out: (s) => output.push(s), err: (s) => output.push(s), stopSignal: new Promise(() => undefined), output };
}

describe('damaged map files', () => {
  it(`are refused or opened whole, never crash, never change (${CASES} mutants)`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-filefuzz-'));
    const valid = validFile(dir);
    const rng = seeded(2026);
    const outcomes: Record<string, number> = {};
    const spawnedSamples: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const kind = MUTATIONS[i % MUTATIONS.length]!;
      const bytes = mutate(valid, kind, rng);
      const file = path.join(dir, `m${i}.powermap`);
      fs.writeFileSync(file, bytes);
      const before = hash(bytes);

      let outcome: string;
      try {
        const doc = MapDocument.open(file);
        expect(Array.isArray(doc.map.actors)).toBe(true);
        doc.close();
        outcome = 'opened';
      } catch (e) {
        if (!(e instanceof StoreError)) throw new Error(`mutant ${i} (${kind}) threw ${String(e)}`);
        expect(e.code, `mutant ${i} (${kind}): ${e.message}`).not.toBe('internal');
        expect(t(`errors.${e.code}`)).not.toBe(`errors.${e.code}`);
        outcome = e.code;
      }
      outcomes[`${kind}:${outcome}`] = (outcomes[`${kind}:${outcome}`] ?? 0) + 1;

      const ctx = quietContext();
      try {
        expect(await checkCommand.run([file], {}, ctx)).toBe(0);
        expect(outcome).toBe('opened');
      } catch (e) {
        if (!(e instanceof CliFailure)) throw new Error(`check of mutant ${i} (${kind}) threw ${String(e)}`);
        expect(outcome).not.toBe('opened');
      }
      expect(hash(fs.readFileSync(file)), `mutant ${i} (${kind}) was modified`).toBe(before);
      expect(fs.existsSync(`${file}-journal`)).toBe(false);
      if (spawnedSamples.length < SPAWNED_CHECKS && !spawnedSamples.some((s) => s.startsWith(kind))) spawnedSamples.push(`${kind}\t${file}`);
    }

    // The real command, as a user runs it: exit 0 or 1 with a message, never a stack trace.
    for (const sample of spawnedSamples) {
      const file = sample.split('\t')[1]!;
      const before = hash(fs.readFileSync(file));
      const r = spawnSync(process.execPath, ['bin/powermap.mjs', 'check', file], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(hash(fs.readFileSync(file))).toBe(before);
    }
    const opened = Object.entries(outcomes).filter(([k]) => k.endsWith(':opened')).reduce((n, [, v]) => n + v, 0);
    console.log(`[reliability] damaged files tried: ${CASES} (opened whole: ${opened}, refused: ${CASES - opened}); crashes: 0; modified: 0`);
    console.log(`[reliability] outcomes: ${JSON.stringify(outcomes)}`);
  }, 150_000);
});
