import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInterchangeText } from '../../shared/schema';
import type { PowerMap } from '../../shared/model';

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

/** Copies a fixture into a fresh folder and returns its path there. */
export function copyFixture(name: string, dir = tempDir()): string {
  const target = path.join(dir, path.basename(name));
  fs.copyFileSync(path.join(FIXTURES, name), target);
  return target;
}
