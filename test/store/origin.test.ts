/** Schema version 3: a breakout group's copy keeps the map it was made from; older maps have none. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { copyFixture, fixtureMap, tempDir } from './helpers';

describe('a copy\u2019s origin', () => {
  it('is written with the copy, in the same file, and read back after reopening', () => {
    const file = path.join(tempDir(), 'group-a.powermap');
    const origin = { file: 'winooski.powermap', title: 'Council', town: 'Winooski', group: 'Group A', createdAt: '2026-12-02T10:00:00.000Z' };
    MapDocument.create(file, fixtureMap('council-9.json'), { origin }).close();
    const doc = MapDocument.open(file);
    expect(doc.origin).toEqual(origin);
    doc.close();
  });

  it('is null for an ordinary map, and for an upgraded version 1 map', () => {
    const plain = path.join(tempDir(), 'plain.powermap');
    MapDocument.create(plain, fixtureMap('council-9.json')).close();
    const doc = MapDocument.open(plain);
    expect(doc.origin).toBeNull();
    doc.close();
    const old = MapDocument.open(copyFixture('v1.powermap'));
    expect(old.origin).toBeNull();
    old.close();
  });
});
