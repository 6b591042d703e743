/** Which window a map opens in: launch arguments, the open-file queue, and one window per map. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentWindows, type DocWindow } from '../../electron/main/documentWindows';
import { mapFilesFromArgv, OpenQueue } from '../../electron/main/launchArgs';
import { keyOf } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { newActor } from '../../shared/model';
import { makeHost, mapFile } from './helpers';

class FakeWindow implements DocWindow {
  static next = 1;
  readonly id = FakeWindow.next++;
  focused = 0;
  shown: string[] = [];
  constructor(readonly openKey: string | null) {}
  focus() {
    this.focused++;
  }
}

function setup() {
  const { host, dialogs, dir } = makeHost();
  const created: FakeWindow[] = [];
  const windows = new DocumentWindows<FakeWindow>(host, {
    create: (key) => {
      const w = new FakeWindow(key);
      created.push(w);
      return w;
    },
    show: (w, key) => w.shown.push(key),
  });
  return { host, dialogs, dir, windows, created };
}

describe('launch arguments', () => {
  it('picks the map files out of a command line, resolved where it was run', () => {
    const argv = ['/opt/PowerMap/powermap', '--allow-file-access', 'Riverton.PowerMap', '/abs/hill.powermap', 'notes.txt', '-psn_0_123', 'Riverton.PowerMap'];
    expect(mapFilesFromArgv(argv, '/home/ana')).toEqual([path.resolve('/home/ana/Riverton.PowerMap'), path.resolve('/abs/hill.powermap')]);
    // `electron .` in development: the app folder is not a map.
    expect(mapFilesFromArgv(['/usr/bin/electron', '.'], '/repo')).toEqual([]);
  });

  it('holds files that arrive before the app is ready, then hands each over once, in order', () => {
    const q = new OpenQueue();
    q.push('/a.powermap');
    q.push('/b.powermap');
    expect(q.waiting).toBe(2);
    const got: string[] = [];
    q.start((f) => got.push(f));
    q.push('/c.powermap');
    expect(got).toEqual(['/a.powermap', '/b.powermap', '/c.powermap']);
    expect(q.waiting).toBe(0);
  });
});

describe('one window per open map', () => {
  it('opens a map in a new window, and focuses that window when it is opened again', () => {
    const { windows, created, dir } = setup();
    const file = mapFile(dir, 'riverton.powermap', 'Riverton');
    const win = windows.openFile(file);
    expect(created).toHaveLength(1);
    expect(win.openKey).toBe(keyOf(file));
    expect(windows.fileOf(win.id)).toBe(path.resolve(file));
    const again = windows.openFile(path.join(dir, '.', 'riverton.powermap'));
    expect(again).toBe(win);
    expect(created).toHaveLength(1);
    expect(win.focused).toBe(2);
  });

  it('uses the empty start-screen window it was asked from, but never a window showing a map', () => {
    const { windows, created, dir } = setup();
    const empty = windows.newWindow();
    const a = windows.openFile(mapFile(dir, 'a.powermap', 'Alpha'), empty);
    expect(a).toBe(empty);
    expect(empty.shown).toEqual([keyOf(path.join(dir, 'a.powermap'))]);
    const b = windows.openFile(mapFile(dir, 'b.powermap', 'Beta'), a);
    expect(b).not.toBe(a);
    expect(created).toHaveLength(2);
    expect(windows.fileOf(a.id)).toBe(path.join(dir, 'a.powermap'));
    expect(windows.fileOf(b.id)).toBe(path.join(dir, 'b.powermap'));
  });

  it('reports a file that is not a map without opening a window', () => {
    const { windows, created, dir } = setup();
    const bad = path.join(dir, 'bad.powermap');
    fs.writeFileSync(bad, 'this is not a database');
    expect(() => windows.openFile(bad)).toThrow(expect.objectContaining({ code: 'not-sqlite' }));
    expect(created).toHaveLength(0);
  });

  it("lets a window's page reach only its own map", async () => {
    const { windows, dir } = setup();
    const a = windows.openFile(mapFile(dir, 'a.powermap', 'Alpha'));
    const b = windows.openFile(mapFile(dir, 'b.powermap', 'Beta'));
    const docA = windows.docIdOf(a.id)!;
    const asB = windows.handlersFor(b.id);
    const op = { type: 'actor.add' as const, actor: newActor('x', 'decision-maker', 'Intruder') };
    expect(() => asB['maps.apply']({ docId: docA, op })).toThrow(expect.objectContaining({ code: 'not-found' }));
    await expect(asB['maps.close']({ docId: docA })).rejects.toMatchObject({ code: 'not-found' });
    expect(windows.docIdOf(b.id)).not.toBeNull();
    await windows.handlersFor(a.id)['maps.apply']({ docId: docA, op });
    expect((await windows.handlersFor(a.id)['maps.get']({ docId: docA })).map.actors).toHaveLength(1);
  });

  it('focuses the window that shows a map when another window asks to open it', async () => {
    const { windows, dir, host } = setup();
    const file = mapFile(dir, 'a.powermap', 'Alpha');
    const a = windows.openFile(file);
    const start = windows.newWindow();
    const before = a.focused;
    await expect(windows.handlersFor(start.id)['maps.open']({ key: keyOf(file) })).rejects.toMatchObject({ code: 'cancelled' });
    expect(a.focused).toBe(before + 1);
    expect(windows.docIdOf(start.id)).toBeNull();
    expect(host.listMaps().find((m) => m.key === keyOf(file))).toBeTruthy();
  });

  it('closes the map when its window closes, unlocking the file', () => {
    const { windows, dir } = setup();
    const file = mapFile(dir, 'a.powermap', 'Alpha');
    const a = windows.openFile(file);
    // Held with an exclusive lock while open.
    expect(() => MapDocument.open(file).apply({ type: 'map.update', patch: { title: 'x' } })).toThrow();
    windows.remove(a.id);
    const doc = MapDocument.open(file);
    doc.apply({ type: 'map.update', patch: { title: 'after' } });
    doc.close();
    expect(windows.all()).toHaveLength(0);
  });

  it('follows a page that closes its map and opens another in the same window', async () => {
    const { windows, dir, dialogs } = setup();
    const start = windows.newWindow();
    const h = windows.handlersFor(start.id);
    dialogs.answers.push(path.join(dir, 'new.powermap'));
    const created = await h['maps.create']({ town: 'Riverton', title: '' });
    expect(windows.docIdOf(start.id)).toBe(created.docId);
    await h['maps.close']({ docId: created.docId });
    expect(windows.docIdOf(start.id)).toBeNull();
    const reopened = await h['maps.open']({ key: keyOf(path.join(dir, 'new.powermap')) });
    expect(windows.docIdOf(start.id)).toBe(reopened.docId);
  });
});
