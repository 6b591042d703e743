import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { parseInterchangeText } from '../../shared/schema';
import type { PowerMap } from '../../shared/model';
import type { Operation } from '../../shared/ops';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function tempDir(prefix = 'pm-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function fixtureMap(name: string): PowerMap {
  const parsed = parseInterchangeText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), '2026-01-01T00:00:00.000Z');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.map;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The code of the StoreError `run` throws, or 'opened' when it throws nothing. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return (e as StoreError).code;
  }
  return 'opened';
}

/** Copies a fixture into a fresh folder and returns its path there. */
export function copyFixture(name: string, dir = tempDir()): string {
  const target = path.join(dir, path.basename(name));
  fs.copyFileSync(path.join(FIXTURES, name), target);
  return target;
}

/** A journal entry worked out in memory (the op, its true inverse), for createJournaled. */
export interface MadeEntry {
  id: string;
  at: string;
  op: Operation;
  inverse: Operation;
  meeting?: string | null;
}

/**
 * A map file at `map` whose journal holds `entries`, written in one transaction rather than one
 * fsynced edit each: a 10,000-entry history in a second, for benchmarks and fixtures.
 */
export function createJournaled(file: string, map: PowerMap, entries: readonly MadeEntry[], device: string): void {
  MapDocument.create(file, map).close();
  const db = new Database(file);
  const insert = db.prepare("INSERT INTO journal (id, at, device, author, op, inverse, meeting) VALUES (?, ?, ?, '', ?, ?, ?)");
  db.transaction(() => {
    for (const e of entries) insert.run(e.id, e.at, device, JSON.stringify(e.op), JSON.stringify(e.inverse), e.meeting ?? null);
  })();
  db.close();
}
