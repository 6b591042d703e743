/**
 * Nothing lost, round 2 (issue 12, items 1, 2 and 4; issue 11, item 12), through the real parts:
 * real map files, the real `powermap` binary, real second processes killed with SIGKILL.
 * - An export never replaces a map (the input under any name, a map open elsewhere, any map).
 * - A map replaced under its name while open is treated as gone, never written to in secret.
 * - Backups and imports appear whole or not at all.
 * - Readers (`check`, `project`, `export`) work while the app has the map open; a second writer is refused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess, ChildProcessWithoutNullStreams } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { createTranslator } from '../../shared/i18n';
import { Host } from '../../electron/host/handlers';
import { watchMapFile } from '../../electron/main/fileWatch';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { APPLICATION_ID } from '../../electron/store/header';
import { migrate } from '../../electron/store/migrations';
import { powermap, powermapChild } from '../cli/run';
import { lines, spawnTs } from './support/child';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-safety-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const NOW = '2026-11-01T00:00:00.000Z';
const en = createTranslator('en');
const figures: string[] = [];
afterAll(() => {
  for (const f of figures) console.log(`[reliability] ${f}`);
});

function seeded(file: string, town = 'Riverton'): void {
  const map: PowerMap = { ...emptyMap(town, 'Safety', NOW), actors: [newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true, x: 0.5, y: 0.5 })] };
  MapDocument.create(file, map).close();
}

function actorIds(file: string): string[] {
  const doc = MapDocument.open(file, { readOnly: true });
  try {
    return doc.map.actors.map((a) => a.id);
  } finally {
    doc.close();
  }
}

function storeFailure(run: () => unknown): StoreError {
  try {
    run();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected a StoreError');
}

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected a StoreError');
}

const partials = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.partial') || n.endsWith('.partial-journal'));

/** A map held open for writing by a second, real process (as the app or `serve` would). */
async function holdOpen(file: string) {
  const child = spawnTs('test/reliability/holdChild.ts', [file]);
  const out = lines(child);
  await out.waitFor(/^READY \d+$/);
  return {
    async add(id: string) {
      child.stdin.write(`add ${id}\n`);
      await out.waitFor(new RegExp(`^ADDED ${id}$`));
    },
    async kill() {
      child.kill('SIGKILL');
      await out.closed;
    },
  };
}

describe('an export never replaces a map', { timeout: 240_000 }, () => {
  it('refuses the input itself, under its own name, a symlink or a hard link, and leaves it byte for byte', () => {
    const dir = tmp();
    const file = path.join(dir, 't.powermap');
    seeded(file);
    fs.symlinkSync(file, path.join(dir, 'alias.csv'));
    fs.linkSync(file, path.join(dir, 'hard.csv'));
    const before = hash(file);
    for (const out of ['t.powermap', 'alias.csv', 'hard.csv']) {
      const r = powermap(['export', 't.powermap', '--format', 'csv', '--out', out], {}, dir);
      expect(r.code, out).toBe(1);
      expect(r.stderr).toContain(en('errors.replaces-map'));
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(hash(file)).toBe(before);
    expect(actorIds(file)).toEqual(['m1']);
    figures.push('export onto its own map (same name, symlink, hard link): 3 refused, map unchanged');
  });

  it('refuses a map another program has open, whose later edits are then kept', async () => {
    const dir = tmp();
    const open = path.join(dir, 'open.powermap');
    const other = path.join(dir, 'other.powermap');
    seeded(open, 'Open');
    seeded(other, 'Other');
    const holder = await holdOpen(open);
    try {
      const r = powermap(['export', other, '--format', 'json', '--out', open]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(en('errors.replaces-map'));
      await holder.add('after-export');
    } finally {
      await holder.kill();
    }
    expect(actorIds(open)).toEqual(['m1', 'after-export']);
  });

  it('replaces any other file whole, through a temporary file and a rename, leaving no temporary behind', () => {
    const dir = tmp();
    const file = path.join(dir, 't.powermap');
    seeded(file);
    const out = path.join(dir, 'report.csv');
    fs.writeFileSync(out, 'an older report\n');
    const inodeBefore = fs.statSync(out).ino;
    const r = powermap(['export', file, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('Ana Ruiz');
    // A new file took the name: the old one was never half overwritten in place.
    expect(fs.statSync(out).ino).not.toBe(inodeBefore);
    expect(partials(dir)).toEqual([]);
  });

  it('in the desktop export dialog, refuses the open map (and any map), and the map keeps working', async () => {
    const dir = tmp();
    const file = path.join(dir, 'desk.powermap');
    const closed = path.join(dir, 'closed.powermap');
    seeded(file);
    seeded(closed, 'Closed');
    let chosen = file;
    const host = new Host({
      kind: 'electron',
      version: 'test',
      dataDir: dir,
      mapsDir: dir,
      systemLanguage: 'en',
      dialogs: {
        chooseNewMapPath: async () => null,
        chooseMapToOpen: async () => null,
        chooseSaveAsPath: async () => null,
        chooseExportPath: async () => chosen,
      },
    });
    try {
      const { docId } = host.openPath(file);
      const before = [hash(file), hash(closed)];
      for (const target of [file, closed]) {
        chosen = target;
        const e = await rejection(Promise.resolve(host.handlers['maps.export']({ docId, format: 'csv', lang: 'en', paper: 'letter' })));
        expect(e.code).toBe('replaces-map');
      }
      expect([hash(file), hash(closed)]).toEqual(before);
      host.handlers['maps.apply']({ docId, op: { type: 'actor.add', actor: newActor('i1', 'influencer', 'Faith coalition') } });
      chosen = path.join(dir, 'desk.csv');
      expect((await host.handlers['maps.export']({ docId, format: 'csv', lang: 'en', paper: 'letter' })).fileName).toBe('desk.csv');
      expect(fs.readFileSync(chosen, 'utf8')).toContain('Faith coalition');
    } finally {
      host.closeAll();
    }
    expect(actorIds(file)).toEqual(['m1', 'i1']);
  });
});

describe('a map replaced under its name while open', () => {
  /** What a sync client or `mv restored.powermap map.powermap` does: a different file takes the name. */
  function replaceUnder(file: string, town: string): string {
    const other = path.join(path.dirname(file), `incoming-${town}.powermap`);
    seeded(other, town);
    fs.renameSync(other, file);
    return hash(file);
  }

  it('refuses the next edit as file-gone instead of writing it to the unlinked file, and says so when asked', () => {
    const dir = tmp();
    const file = path.join(dir, 'synced.powermap');
    seeded(file);
    const host = new Host({ kind: 'browser', version: 'test', dataDir: dir, mapsDir: dir, dialogs: null, systemLanguage: 'en' });
    try {
      const { docId } = host.openPath(file);
      host.handlers['maps.apply']({ docId, op: { type: 'actor.add', actor: newActor('before', 'influencer', 'Before') } });
      expect(host.handlers['maps.state']({ docId })).toEqual({ revision: 1, problem: null });
      const replaced = replaceUnder(file, 'Elsewhere');
      expect(host.handlers['maps.state']({ docId })).toEqual({ revision: 1, problem: 'file-gone' });
      const e = storeFailure(() => host.handlers['maps.apply']({ docId, op: { type: 'actor.add', actor: newActor('after', 'influencer', 'After') } }));
      expect(e.code).toBe('file-gone');
      // The file now under the name is someone else's and stays exactly as it arrived.
      expect(hash(file)).toBe(replaced);
    } finally {
      host.closeAll();
    }
    expect(actorIds(file)).toEqual(['m1']);
  });

  it("is reported by the desktop window's file watch, which knows the file by device and inode", async () => {
    const dir = tmp();
    const file = path.join(dir, 'watched.powermap');
    seeded(file);
    const doc = MapDocument.open(file);
    const seen: string[] = [];
    const stop = watchMapFile(file, (p) => seen.push(p), 20, doc.identity);
    try {
      replaceUnder(file, 'Restored');
      await expect.poll(() => seen, { timeout: 10_000 }).toEqual(['file-gone']);
    } finally {
      stop();
      doc.close();
    }
  });
});

/** A version-1 map of about `mb` megabytes, so that copying it takes long enough to be interrupted. */
function bigV1Map(file: string, mb: number): void {
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.transaction(() => {
    migrate(db, 0, 1);
    db.prepare(
      `INSERT INTO meta (id, town, title, stances, body_name, seats, rule_basis, rule_threshold, rule_quorum, tie_breaker,
        executive_actor, executive_override, created_at, updated_at)
       VALUES (1, 'Oldtown', '', '[0.95,0.8,0.5,0.2,0.05]', 'Council', 5, 'whole', '"majority"', NULL, NULL, NULL, NULL, ?, ?)`,
    ).run(NOW, NOW);
    const add = db.prepare(`INSERT INTO actors (id, pos, kind, name, role, notes) VALUES (?, ?, 'influencer', ?, '', ?)`);
    for (let i = 0; i < mb * 10; i++) add.run(`a${i}`, i, `Person ${i}`, `${i}`.padEnd(100_000, 'n'));
  })();
  db.close();
}

/** Starts a process and SIGKILLs it the moment a file whose name passes `trigger` appears in `dir`. */
async function killWhenAppears(dir: string, trigger: (name: string) => boolean, start: () => ChildProcess) {
  let fired: string | null = null;
  // Only stdout and stderr are read; the CLI child has no stdin.
  const child = start() as ChildProcessWithoutNullStreams;
  const watcher = fs.watch(dir, (_event, name) => {
    if (!fired && name && trigger(name)) {
      fired = name;
      child.kill('SIGKILL');
    }
  });
  const out = lines(child);
  const code = await out.closed;
  watcher.close();
  return { fired, code, stdout: out.all };
}

describe('interrupted work leaves nothing that looks valid', { timeout: 300_000 }, () => {
  it('a SIGKILL during the pre-upgrade backup leaves no truncated .bak; the next open makes a whole one', async () => {
    const dir = tmp();
    const file = path.join(dir, 'old.powermap');
    bigV1Map(file, 40);
    const original = hash(file);
    const size = fs.statSync(file).size;
    // Killed at the first file the upgrade creates in the folder.
    const run = await killWhenAppears(dir, (n) => n.includes('.v1-'), () => spawnTs('test/reliability/upgradeChild.ts', [file]));
    expect(run.fired).not.toBeNull();
    expect(run.code).not.toBe(0);
    expect(hash(file)).toBe(original);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.bak'))) {
      expect(fs.statSync(path.join(dir, name)).size, name).toBe(size);
      expect(hash(path.join(dir, name))).toBe(original);
    }
    // The next open (in a process of its own) upgrades it, keeps a whole backup and clears the debris.
    const again = lines(spawnTs('test/reliability/upgradeChild.ts', [file]));
    await again.waitFor(/^DONE 400$/, 120_000);
    await again.closed;
    const baks = fs.readdirSync(dir).filter((n) => n.endsWith('.bak'));
    expect(baks.length).toBeGreaterThanOrEqual(1);
    for (const name of baks) expect(hash(path.join(dir, name))).toBe(original);
    expect(partials(dir)).toEqual([]);
    figures.push(`SIGKILL during a 40 MB pre-upgrade backup (at "${run.fired}"): no truncated .bak, original unchanged`);
  });

  it('a SIGKILL during powermap import leaves no stub under the map name; importing again works', async () => {
    const dir = tmp();
    const json = path.join(dir, 'big.json');
    const actors = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, kind: 'influencer', name: `Person ${i}`, notes: 'n'.repeat(2000) }));
    fs.writeFileSync(json, JSON.stringify({ format: 'powermap', version: 1, town: 'Bigtown', body: { seats: 5 }, actors }));
    const out = path.join(dir, 'big.powermap');
    const run = await killWhenAppears(dir, (n) => n !== 'big.json', () => powermapChild(['import', json, out]));
    expect(run.fired).not.toBeNull();
    if (fs.existsSync(out)) {
      // Only a finished map is ever published under the name.
      expect(actorIds(out)).toHaveLength(3000);
    } else {
      const again = powermap(['import', json, out]);
      expect(again.code, again.stderr).toBe(0);
      expect(actorIds(out)).toHaveLength(3000);
      expect(partials(dir)).toEqual([]);
    }
    const check = powermap(['check', out]);
    expect(check.code, check.stderr).toBe(0);
    figures.push(`SIGKILL during import of 3,000 actors (at "${run.fired}"): no stub under the map name`);
  });
});

describe('reading a map the app has open', { timeout: 240_000 }, () => {
  it('check, project and export read its committed state; a second writer is refused with locked', async () => {
    const dir = tmp();
    const file = path.join(dir, 'shared.powermap');
    seeded(file);
    const holder = await holdOpen(file);
    try {
      await holder.add('i1');
      const check = powermap(['check', file]);
      expect(check.code, check.stderr).toBe(0);
      expect(check.stdout).toContain('Riverton');
      const project = powermap(['project', file, '--json']);
      expect(project.code, project.stderr).toBe(0);
      expect(JSON.parse(project.stdout).town).toBe('Riverton');
      const exported = powermap(['export', file, '--format', 'json']);
      expect(exported.code, exported.stderr).toBe(0);
      expect(JSON.parse(exported.stdout).actors.map((a: { id: string }) => a.id)).toEqual(['m1', 'i1']);
      // A reader in this process too, while the holder keeps writing.
      const reader = MapDocument.open(file, { readOnly: true });
      expect(reader.map.actors.map((a) => a.id)).toEqual(['m1', 'i1']);
      reader.close();
      await holder.add('i2');
      // Only a second writer is kept out: in this process, and a real second program.
      expect(storeFailure(() => MapDocument.open(file)).code).toBe('locked');
      const second = spawnTs('test/reliability/holdChild.ts', [file]);
      const secondOut = lines(second);
      expect(await secondOut.closed).not.toBe(0);
      expect(secondOut.all.some((l) => l.startsWith('READY'))).toBe(false);
      const serve = powermap(['serve', file, '--port', '0', '--no-open']);
      expect(serve.code).toBe(1);
      expect(serve.stderr).toContain(en('errors.locked'));
    } finally {
      await holder.kill();
    }
    expect(actorIds(file)).toEqual(['m1', 'i1', 'i2']);
    expect(fs.existsSync(`${file}-writer`)).toBe(true);
    // The lock died with the holder: the map opens for writing again, and closing removes the sidecar.
    const doc = MapDocument.open(file);
    doc.close();
    expect(fs.readdirSync(dir)).toEqual(['shared.powermap']);
  });
});
