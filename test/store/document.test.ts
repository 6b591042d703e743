import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { APPLICATION_ID } from '../../electron/store/header';
import { SCHEMA_VERSION } from '../../electron/store/migrations';
import { newActor } from '../../shared/model';
import { copyFixture, fixtureMap, sha256, tempDir } from './helpers';

function pragma(file: string, name: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
}

function expectRefused(file: string, code: string) {
  const before = fs.existsSync(file) ? sha256(file) : null;
  let caught: unknown;
  try {
    MapDocument.open(file).close();
  } catch (e) {
    caught = e;
  }
  expect(caught, `opening ${path.basename(file)} should be refused`).toBeDefined();
  expect((caught as { code: string }).code).toBe(code);
  if (before) expect(sha256(file)).toBe(before);
  expect(fs.existsSync(`${file}-journal`)).toBe(false);
}

describe('the document file', () => {
  it('is a self-contained SQLite file with our application id, rollback journal and schema version', () => {
    const file = path.join(tempDir(), 'riverton.powermap');
    MapDocument.create(file, fixtureMap('examples/example-4.json')).close();
    expect(pragma(file, 'application_id')).toBe(APPLICATION_ID);
    expect(pragma(file, 'user_version')).toBe(SCHEMA_VERSION);
    expect(pragma(file, 'journal_mode')).toBe('delete');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['riverton.powermap']);
  });

  it('keeps every edit across closing and reopening', () => {
    const file = path.join(tempDir(), 'm.powermap');
    const doc = MapDocument.create(file, fixtureMap('examples/example-2.json'));
    doc.apply({ type: 'actor.add', actor: newActor('n1', 'influencer', 'Faith coalition', { x: 0.8, y: 0.4, notes: 'línea 1\nlínea 2' }) });
    doc.apply({ type: 'actors.move', moves: [{ id: 'm1', x: -0.5, y: 0.25 }, { id: 'm2', x: null, y: null }] });
    doc.apply({ type: 'link.add', link: { from: 'n1', to: 'm3', strength: 0.7 } });
    doc.apply({ type: 'block.setMembers', id: 'b1', members: ['m2', 'm1', 'm4'] });
    doc.apply({ type: 'actor.delete', id: 'm5' });
    doc.apply({ type: 'map.update', patch: { nextSteps: 'Call Ana by Friday', stances: [0, 0.2, 0.5, 0.8, 1] } });
    const inMemory = doc.map;
    doc.close();
    const again = MapDocument.open(file);
    expect(again.map).toEqual(inMemory);
    expect(again.map.actors.find((a) => a.id === 'm2')).toMatchObject({ x: null, y: null });
    again.close();
  });

  it('refuses a text file, a zero-byte file, another application’s SQLite file and a truncated map, unchanged', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.powermap');
    fs.writeFileSync(text, 'Selectboard members:\nAna Ruiz\n');
    expectRefused(text, 'not-sqlite');

    const empty = path.join(dir, 'empty.powermap');
    fs.writeFileSync(empty, '');
    expectRefused(empty, 'empty-file');

    const foreign = path.join(dir, 'budget.powermap');
    const db = new Database(foreign);
    db.exec('CREATE TABLE expenses (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO expenses (amount) VALUES (12.5);');
    db.close();
    expectRefused(foreign, 'other-app');

    const good = path.join(dir, 'good.powermap');
    MapDocument.create(good, fixtureMap('examples/example-4.json')).close();
    const truncated = path.join(dir, 'truncated.powermap');
    fs.writeFileSync(truncated, fs.readFileSync(good).subarray(0, fs.statSync(good).size - 4096 - 100));
    expectRefused(truncated, 'corrupt');
  });

  it('refuses a map from a newer PowerMap without touching it', () => {
    const file = path.join(tempDir(), 'future.powermap');
    MapDocument.create(file, fixtureMap('examples/example-1.json')).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expectRefused(file, 'newer-version');
  });

  it('refuses a map whose pages fail the integrity check', () => {
    const file = path.join(tempDir(), 'damaged.powermap');
    const map = fixtureMap('examples/example-4.json');
    map.actors.push(...Array.from({ length: 400 }, (_, i) => newActor(`a${i}`, 'influencer', `Person ${i} ${'x'.repeat(50)}`)));
    MapDocument.create(file, map).close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over an interior b-tree page of the actors table, leaving the header intact.
    for (let i = pageSize * 3 + 8; i < pageSize * 3 + 200; i++) bytes[i] = 0xff - (bytes[i] ?? 0);
    fs.writeFileSync(file, bytes);
    expectRefused(file, 'corrupt');
  });

  it('opens a read-only file read-only and says so', () => {
    const file = path.join(tempDir(), 'ro.powermap');
    MapDocument.create(file, fixtureMap('examples/example-1.json')).close();
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const doc = MapDocument.open(file);
    expect(doc.readOnly).toBe(true);
    expect(doc.map.actors).toHaveLength(5);
    expect(() => doc.apply({ type: 'actor.delete', id: 'm1' })).toThrow(expect.objectContaining({ code: 'read-only' }));
    doc.close();
    expect(sha256(file)).toBe(before);
  });

  it('refuses a second writer while the map is open', () => {
    const file = path.join(tempDir(), 'busy.powermap');
    const doc = MapDocument.create(file, fixtureMap('examples/example-1.json'));
    expect(() => MapDocument.open(file)).toThrow(expect.objectContaining({ code: 'locked' }));
    doc.close();
    MapDocument.open(file).close();
  });

  it('migrates a version 1 map in one step, after backing it up', () => {
    const file = copyFixture('v1.powermap');
    const before = sha256(file);
    const doc = MapDocument.open(file);
    expect(doc.map.town).toBe('Riverton');
    expect(doc.map.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Bob Chen', 'Faith coalition']);
    expect(doc.map.blocks).toEqual([{ id: 'b1', name: 'Business caucus', members: ['m1', 'm2'], cohesion: 0.8 }]);
    expect(doc.map.links).toEqual([{ from: 'i1', to: 'm1', strength: 0.5 }]);
    expect(doc.map.body.rule).toEqual({ basis: 'whole', threshold: 'majority', quorum: 3 });
    expect(doc.map.nextSteps).toBe('');
    expect(doc.map.scenarios).toEqual([]);
    doc.apply({ type: 'map.update', patch: { nextSteps: 'Turn out 20 people' } });
    doc.close();
    expect(pragma(file, 'user_version')).toBe(SCHEMA_VERSION);
    const backups = fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^v1\.powermap\.v1-.*\.bak$/);
    expect(sha256(path.join(path.dirname(file), backups[0]!))).toBe(before);
  });

  it('opens a read-only old map read-only, upgraded in a private copy, and leaves the file alone', () => {
    const file = copyFixture('v1.powermap');
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const doc = MapDocument.open(file);
    expect(doc.readOnly).toBe(true);
    expect(doc.map.town).toBe('Riverton');
    expect(doc.map.scenarios).toEqual([]);
    doc.close();
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['v1.powermap']);
  });

  it('reads a writable version 1 map for a reader without changing a byte or leaving a backup', () => {
    const file = copyFixture('v1.powermap');
    const before = sha256(file);
    const doc = MapDocument.open(file, { readOnly: true });
    expect(doc.map.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Bob Chen', 'Faith coalition']);
    expect(doc.map.nextSteps).toBe('');
    doc.close();
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['v1.powermap']);
    expect(pragma(file, 'user_version')).toBe(1);
  });

  it('saves an identical, independent copy with the backup API', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.powermap');
    const doc = MapDocument.create(file, fixtureMap('examples/example-3.json'));
    await doc.saveCopy(path.join(dir, 'b.powermap'));
    doc.apply({ type: 'actor.delete', id: 'm1' });
    const copy = MapDocument.open(path.join(dir, 'b.powermap'));
    expect(copy.map.actors.map((a) => a.id)).toContain('m1');
    expect(doc.map.actors.map((a) => a.id)).not.toContain('m1');
    copy.close();
    doc.close();
  });

  it('refuses an operation that does not fit, and changes nothing', () => {
    const file = path.join(tempDir(), 'x.powermap');
    const doc = MapDocument.create(file, fixtureMap('examples/example-2.json'));
    const before = doc.map;
    expect(() => doc.apply({ type: 'block.create', block: { id: 'b2', name: 'Dup', members: ['m1'], cohesion: 1 } })).toThrow(
      expect.objectContaining({ code: 'op-rejected' }),
    );
    expect(doc.map).toBe(before);
    doc.close();
    expect(MapDocument.open(file).map.blocks).toHaveLength(1);
  });
});
