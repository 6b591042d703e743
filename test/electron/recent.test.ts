/** Recent maps: the app's list (start screen, File › Open Recent) and the OS's list, kept together. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentWindows } from '../../electron/main/documentWindows';
import { RecentMaps } from '../../electron/main/recent';
import { makeHost, mapFile, tempDir } from './helpers';

function setup() {
  const osRecent: string[] = [];
  let cleared = 0;
  const fakeApp = { addRecentDocument: (f: string) => osRecent.push(f), clearRecentDocuments: () => cleared++ };
  let recent: RecentMaps | null = null;
  const dir = tempDir();
  const { host } = makeHost({ dir, onOpened: (f) => recent!.opened(f) });
  recent = new RecentMaps(host, fakeApp);
  let id = 1;
  const windows = new DocumentWindows(host, { create: () => ({ id: id++, focus: () => {} }), show: () => {} });
  return { host, recent, windows, dir, osRecent, cleared: () => cleared };
}

describe('recent maps', () => {
  it('puts every opened map on the OS list and at the top of the app list, with town and title', () => {
    const { recent, windows, dir, osRecent } = setup();
    const a = mapFile(dir, 'a.powermap', 'Alpha', 'Selectboard');
    const b = mapFile(dir, 'b.powermap', 'Beta', 'Council');
    windows.openFile(a);
    windows.openFile(b);
    expect(osRecent).toEqual([a, b]);
    expect(recent.menuEntries().map((r) => [r.town, r.title, r.fileName, r.exists])).toEqual([
      ['Beta', 'Council', 'b.powermap', true],
      ['Alpha', 'Selectboard', 'a.powermap', true],
    ]);
    // Reopening moves it back to the top, without a duplicate.
    windows.openFile(a);
    windows.remove(windows.windowShowing(a)!.id);
    windows.openFile(a);
    expect(recent.menuEntries().map((r) => r.town)).toEqual(['Alpha', 'Beta']);
  });

  it('shows a moved or deleted map as missing, and hands out paths only for files that exist', () => {
    const { recent, windows, dir } = setup();
    const a = mapFile(dir, 'a.powermap', 'Alpha');
    const w = windows.openFile(a);
    windows.remove(w.id);
    const key = recent.menuEntries()[0]!.key;
    expect(recent.pathOf(key)).toBe(a);
    fs.renameSync(a, path.join(dir, 'moved.powermap'));
    expect(recent.menuEntries()[0]).toMatchObject({ town: 'Alpha', exists: false });
    expect(recent.pathOf(key)).toBeNull();
    expect(recent.pathOf('no-such-key')).toBeNull();
  });

  it('keeps the last change of a map that was edited', async () => {
    const { recent, windows, dir, host } = setup();
    const w = windows.openFile(mapFile(dir, 'a.powermap', 'Alpha'));
    const docId = windows.docIdOf(w.id)!;
    const { updatedAt } = await windows.handlersFor(w.id)['maps.apply']({ docId, op: { type: 'map.update', patch: { title: 'Renamed' } } });
    windows.remove(w.id);
    const entry = recent.menuEntries()[0]!;
    expect(entry.title).toBe('Renamed');
    expect(windows.all()).toHaveLength(0);
    expect(host.listMaps()[0]!.updatedAt).toBe(updatedAt);
  });

  it('clears both lists', () => {
    const { recent, windows, dir, host, cleared } = setup();
    windows.openFile(mapFile(dir, 'a.powermap', 'Alpha'));
    recent.clear();
    expect(cleared()).toBe(1);
    expect(host.settings.read().recent).toEqual([]);
    expect(host.settings.read().lastOpened).toBeNull();
  });
});
