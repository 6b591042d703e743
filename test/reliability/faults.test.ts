/**
 * Faults around an open map: a full disk, the file made read-only, moved or deleted, a second
 * program, and an upgrade that fails halfway. Each gives a clear error code (translated in both
 * languages), leaves a valid file, and loses nothing that was acknowledged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { createTranslator } from '../../shared/i18n';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { APPLICATION_ID } from '../../electron/store/header';
import { migrate } from '../../electron/store/migrations';
import { bundled, lines, spawnTs, ROOT } from './support/child';

const tmp = (p = 'pm-fault-') => fs.mkdtempSync(path.join(os.tmpdir(), p));
const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const NOW = '2026-11-01T00:00:00.000Z';

function seeded(file: string): MapDocument {
  const map: PowerMap = { ...emptyMap('Riverton', 'Faults', NOW), actors: [newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true, x: 0.5, y: 0.5 })] };
  return MapDocument.create(file, map);
}

function failure(run: () => unknown): StoreError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return e as StoreError;
  }
  throw new Error('expected a StoreError');
}

function expectValid(file: string, actors: string[]): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  const doc = MapDocument.open(file, { readOnly: true });
  expect(doc.map.actors.map((a) => a.id)).toEqual(actors);
  doc.close();
}

/** Every refusal the user can meet here has a message in both languages. */
function expectTranslated(code: string): void {
  for (const lang of ['en', 'es'] as const) {
    const text = createTranslator(lang)(`errors.${code}`, { backup: 'x.bak' });
    expect(text).not.toBe(`errors.${code}`);
    expect(text.length).toBeGreaterThan(20);
  }
}

const bigNotes = (i: number) => `${i}`.padEnd(90_000, 'n');

function fillUntilFull(doc: MapDocument): { acked: string[]; error: StoreError } {
  const acked = doc.map.actors.map((a) => a.id);
  for (let i = 0; i < 10_000; i++) {
    const id = `big-${i}`;
    try {
      doc.apply({ type: 'actor.add', actor: newActor(id, 'influencer', `Filler ${i}`, { notes: bigNotes(i) }) });
      acked.push(id);
    } catch (e) {
      return { acked, error: e as StoreError };
    }
  }
  throw new Error('never filled up');
}

function tryMountTmpfs(): string | null {
  const dir = tmp('pm-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=640k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}
const smallDisk = process.platform === 'linux' ? tryMountTmpfs() : null;
afterAll(() => {
  if (smallDisk) execFileSync('umount', [smallDisk]);
});

describe('a full disk', () => {
  it('refuses the edit with disk-full (max_page_count), keeps the file valid and every earlier edit', () => {
    const file = path.join(tmp(), 'full.powermap');
    const doc = seeded(file);
    // The store's own connection, capped a few pages above its size: SQLite then reports SQLITE_FULL.
    const db = (doc as unknown as { db: Database.Database }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 60}`);
    const { acked, error } = fillUntilFull(doc);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('disk-full');
    expect(doc.map.actors.map((a) => a.id)).toEqual(acked);
    // Other edits that fit still work: the document is not broken by the refusal.
    doc.apply({ type: 'actors.move', moves: [{ id: 'm1', x: -0.5, y: 0.25 }] });
    doc.close();
    expectValid(file, acked);
    expectTranslated('disk-full');
  });

  it.runIf(smallDisk)('refuses the edit on a really full filesystem, and a copy can be saved elsewhere', async () => {
    const file = path.join(smallDisk!, 'full.powermap');
    const doc = seeded(file);
    const { acked, error } = fillUntilFull(doc);
    expect(error.code).toBe('disk-full');
    const copy = path.join(tmp(), 'copy.powermap');
    await doc.saveCopy(copy);
    doc.close();
    expectValid(file, acked);
    expectValid(copy, acked);
  });
});

describe('the file changes under an open map', () => {
  it('made read-only: edits are refused with read-only, the file is unchanged, a copy can be saved', async () => {
    const file = path.join(tmp(), 'ro.powermap');
    const doc = seeded(file);
    doc.apply({ type: 'actor.add', actor: newActor('i1', 'influencer', 'Faith coalition') });
    fs.chmodSync(file, 0o444);
    const before = hash(file);
    expect(failure(() => doc.apply({ type: 'actor.delete', id: 'i1' })).code).toBe('read-only');
    expect(doc.map.actors.map((a) => a.id)).toEqual(['m1', 'i1']);
    const copy = path.join(tmp(), 'copy.powermap');
    await doc.saveCopy(copy);
    doc.close();
    expect(hash(file)).toBe(before);
    expectValid(copy, ['m1', 'i1']);
    expectTranslated('read-only');
  });

  it('moved or deleted: edits are refused with file-gone, and the open map can still be saved as a copy', async () => {
    for (const how of ['moved', 'deleted'] as const) {
      const dir = tmp();
      const file = path.join(dir, 'gone.powermap');
      const doc = seeded(file);
      doc.apply({ type: 'actor.add', actor: newActor('i1', 'influencer', 'Faith coalition') });
      if (how === 'moved') fs.renameSync(file, path.join(dir, 'elsewhere.powermap'));
      else fs.rmSync(file);
      expect(failure(() => doc.apply({ type: 'actor.delete', id: 'i1' })).code).toBe('file-gone');
      expect(fs.existsSync(file)).toBe(false);
      const copy = path.join(dir, 'rescued.powermap');
      await doc.saveCopy(copy);
      doc.close();
      expectValid(copy, ['m1', 'i1']);
      if (how === 'moved') expectValid(path.join(dir, 'elsewhere.powermap'), ['m1', 'i1']);
    }
    expectTranslated('file-gone');
  });
});

describe('a second program opening the same map', () => {
  it('is refused with locked for writing (the store and powermap serve), while reading (the store and powermap check) works, and the file is not touched', async () => {
    const file = path.join(tmp(), 'shared.powermap');
    const doc = seeded(file);
    doc.apply({ type: 'actor.add', actor: newActor('i1', 'influencer', 'Faith coalition') });
    doc.close();
    const holder = spawnTs('test/reliability/holdChild.ts', [file]);
    const out = lines(holder);
    try {
      await out.waitFor(/^READY 2$/);
      const before = hash(file);
      expect(failure(() => MapDocument.open(file)).code).toBe('locked');
      const reader = MapDocument.open(file, { readOnly: true });
      expect(reader.map.actors.map((a) => a.id)).toEqual(['m1', 'i1']);
      reader.close();
      const check = execFileSync(process.execPath, ['bin/powermap.mjs', 'check', file, '--lang', 'es'], { cwd: ROOT, stdio: 'pipe' });
      expect(String(check)).toContain('Riverton');
      let status = 0;
      let stderr = '';
      try {
        execFileSync(process.execPath, ['bin/powermap.mjs', 'serve', file, '--port', '0', '--lang', 'es'], { cwd: ROOT, stdio: 'pipe' });
      } catch (e) {
        status = (e as { status: number }).status;
        stderr = String((e as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toContain(createTranslator('es')('errors.locked'));
      expect(stderr).not.toMatch(/at .*\.ts:\d+/);
      expect(hash(file)).toBe(before);
    } finally {
      holder.kill('SIGKILL');
      await out.closed;
    }
    expectValid(file, ['m1', 'i1']);
    expectTranslated('locked');
  });
});

describe('an upgrade that fails halfway', () => {
  it('leaves the original byte for byte, keeps the backup, and says migration-failed', () => {
    const dir = tmp();
    const file = path.join(dir, 'old.powermap');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.transaction(() => migrate(db, 0, 1)).immediate();
    db.prepare(`INSERT INTO meta (id, town, title, stances, body_name, seats, rule_basis, rule_threshold, created_at, updated_at)
      VALUES (1, 'Riverton', 'Old', '[0.05,0.25,0.5,0.75,0.95]', 'Selectboard', 5, 'whole', '"majority"', ?, ?)`).run(NOW, NOW);
    db.close();
    const before = hash(file);
    // The upgrade has to grow the file; a child allowed files of exactly this size gets EFBIG on
    // that write (Node ignores SIGXFSZ), after the backup (same size) was written whole.
    const blocks = fs.statSync(file).size / 1024;
    const child = spawnSync('bash', ['-c', `ulimit -f ${blocks}; exec "$0" "$@"`, process.execPath, bundled('test/reliability/openChild.ts'), file], {
      encoding: 'utf8',
    });
    const error = JSON.parse(child.stdout.trim()) as { ok: boolean; code: string; params: Record<string, string> };
    expect(error.code, child.stderr).toBe('migration-failed');
    expect(hash(file)).toBe(before);
    const backups = fs.readdirSync(dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toEqual([error.params.backup]);
    expect(hash(path.join(dir, backups[0]!))).toBe(before);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    check.close();
    expectTranslated('migration-failed');
  });
});
