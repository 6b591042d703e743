/**
 * The maps list reads each map's town, title and last save from its meta row alone (readSummary),
 * behind the same guards as an open, and the host opens a listed map by its key without reading the
 * others.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Host } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { readSummary } from '../../electron/store/summary';
import { craftedMap, WIPE_TRIGGER } from './hostile';
import { copyFixture, fixtureMap, sha256, tempDir } from './helpers';

describe('readSummary', () => {
  it('gives the town, title and last save the map itself has, and leaves the file as it was', () => {
    const file = path.join(tempDir(), 'town.powermap');
    const map = fixtureMap('examples/example-2.json');
    MapDocument.create(file, map).close();
    const before = sha256(file);
    const doc = MapDocument.open(file, { readOnly: true });
    const { town, title, updatedAt } = doc.map;
    doc.close();
    expect(readSummary(file)).toEqual({ town, title, updatedAt });
    expect(town).toBe(map.town);
    expect(sha256(file)).toBe(before);
  });

  it('reads a map of an older version in place', () => {
    const v1 = copyFixture('v1.powermap');
    const before = sha256(v1);
    const summary = readSummary(v1);
    expect(summary?.town).toMatch(/\S/);
    expect(sha256(v1)).toBe(before);
  });

  it('refuses what an open refuses before any query: another program’s file, a crafted schema, a newer version', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.powermap');
    fs.writeFileSync(text, 'not a map');
    const other = path.join(dir, 'other.powermap');
    new Database(other).exec('CREATE TABLE t (x)');
    const crafted = craftedMap(WIPE_TRIGGER);
    const newer = path.join(dir, 'newer.powermap');
    MapDocument.create(newer, fixtureMap('examples/example-2.json')).close();
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    for (const file of [text, other, crafted, newer, path.join(dir, 'missing.powermap')]) expect(readSummary(file), file).toBeNull();
  });
});

describe('the host', () => {
  it('lists a folder of maps and opens one by its key, with a crafted map beside them left out', async () => {
    const data = tempDir('pm-summary-host-');
    const mapsDir = path.join(data, 'maps');
    fs.mkdirSync(mapsDir);
    const map = fixtureMap('examples/example-2.json');
    for (const town of ['Alpha', 'Beta']) MapDocument.create(path.join(mapsDir, `${town}.powermap`), { ...map, town }).close();
    craftedMap(WIPE_TRIGGER, 'wiper.powermap', mapsDir);
    const host = new Host({ kind: 'browser', version: 'test', dataDir: data, mapsDir, dialogs: null, systemLanguage: 'en' });
    try {
      const listed = await host.handlers['maps.recent']({});
      expect(listed.map((m) => [m.fileName, m.town])).toEqual([
        ['Alpha.powermap', 'Alpha'],
        ['Beta.powermap', 'Beta'],
      ]);
      const opened = await host.handlers['maps.open']({ key: listed[1]!.key });
      expect(opened.map.town).toBe('Beta');
      expect(opened.map.actors).toHaveLength(map.actors.length);
      const unknown = await Promise.resolve()
        .then(() => host.handlers['maps.open']({ key: 'f'.repeat(24) }))
        .then(() => 'opened', (e: { code?: string }) => e.code);
      expect(unknown).toBe('not-found');
    } finally {
      host.closeAll();
    }
  });
});
