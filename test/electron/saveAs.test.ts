/** Save As: an identical, independent copy through the store, and the window continues on it. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentWindows, type DocWindow } from '../../electron/main/documentWindows';
import { MapDocument } from '../../electron/store/document';
import { newActor } from '../../shared/model';
import type { Operation } from '../../shared/ops';
import { makeHost, mapFile } from './helpers';

let ids = 1;
const win = (): DocWindow => ({ id: ids++, focus: () => {} });

function setup() {
  const made = makeHost();
  const windows = new DocumentWindows(made.host, { create: win, show: () => {} });
  return { ...made, windows };
}

const read = (file: string) => {
  const doc = MapDocument.open(file, { readOnly: true });
  try {
    return doc.map;
  } finally {
    doc.close();
  }
};

const edits: Operation[] = [
  { type: 'actor.add', actor: newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true, role: 'Chair' }) },
  { type: 'actor.add', actor: newActor('i1', 'influencer', 'Faith coalition') },
  { type: 'actors.move', moves: [{ id: 'm1', x: 0.7, y: 0.8 }] },
  { type: 'link.add', link: { from: 'i1', to: 'm1', strength: 0.5 } },
];

describe('Save As', () => {
  it('writes an identical copy, moves the window onto it, and leaves the original independent', async () => {
    const { windows, dialogs, dir } = setup();
    const original = mapFile(dir, 'riverton.powermap', 'Riverton', 'Selectboard');
    const w = windows.openFile(original);
    const h = windows.handlersFor(w.id);
    const docId = windows.docIdOf(w.id)!;
    for (const op of edits) await h['maps.apply']({ docId, op });
    const before = (await h['maps.get']({ docId })).map;

    const copy = path.join(dir, 'copies', 'riverton-copy.powermap');
    fs.mkdirSync(path.dirname(copy));
    dialogs.answers.push(copy);
    const opened = await h['maps.saveAs']({ docId });

    expect(dialogs.asked).toEqual(['saveAs']);
    expect(opened.fileName).toBe('riverton-copy.powermap');
    expect(opened.map).toEqual(before);
    expect(windows.docIdOf(w.id)).toBe(opened.docId);
    expect(windows.fileOf(w.id)).toBe(copy);
    // The old document is closed: its file is free, and the page can no longer write to it.
    await expect(Promise.resolve().then(() => h['maps.get']({ docId }))).rejects.toMatchObject({ code: 'not-found' });
    expect(read(original)).toEqual(before);

    // Independent: an edit to the copy does not reach the original.
    await h['maps.apply']({ docId: opened.docId, op: { type: 'map.update', patch: { title: 'Copy only' } } });
    windows.remove(w.id);
    expect(read(copy).title).toBe('Copy only');
    expect(read(original).title).toBe('Selectboard');
    expect(read(original).actors).toEqual(before.actors);
    expect(fs.readdirSync(path.dirname(copy))).toEqual(['riverton-copy.powermap']);
  });

  it('changes nothing when the user cancels the dialog', async () => {
    const { windows, dialogs, dir } = setup();
    const w = windows.openFile(mapFile(dir, 'a.powermap', 'Alpha'));
    const docId = windows.docIdOf(w.id)!;
    dialogs.answers.push(null);
    await expect(windows.handlersFor(w.id)['maps.saveAs']({ docId })).rejects.toMatchObject({ code: 'cancelled' });
    expect(windows.docIdOf(w.id)).toBe(docId);
  });

  it('refuses to write over a map that is open in another window', async () => {
    const { windows, dialogs, dir } = setup();
    const a = windows.openFile(mapFile(dir, 'a.powermap', 'Alpha'));
    const bFile = mapFile(dir, 'b.powermap', 'Beta');
    const b = windows.openFile(bFile);
    dialogs.answers.push(bFile);
    await expect(windows.handlersFor(a.id)['maps.saveAs']({ docId: windows.docIdOf(a.id)! })).rejects.toMatchObject({ code: 'locked' });
    windows.remove(b.id);
    expect(read(bFile).town).toBe('Beta');
  });

  it('keeps every committed edit when the file disappears while open: the user can save a copy', async () => {
    const { windows, dialogs, dir } = setup();
    const file = mapFile(dir, 'gone.powermap', 'Riverton');
    const w = windows.openFile(file);
    const h = windows.handlersFor(w.id);
    const docId = windows.docIdOf(w.id)!;
    for (const op of edits) await h['maps.apply']({ docId, op });
    fs.rmSync(file);
    // The next edit is refused with a message, not lost silently…
    expect(() => h['maps.apply']({ docId, op: { type: 'map.update', patch: { title: 'late' } } })).toThrow(expect.objectContaining({ code: 'file-gone' }));
    // …and Save As still writes everything that was committed.
    const rescue = path.join(dir, 'rescued.powermap');
    dialogs.answers.push(rescue);
    const opened = await h['maps.saveAs']({ docId });
    expect(opened.map.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Faith coalition']);
    windows.remove(w.id);
    expect(read(rescue).links).toHaveLength(1);
    expect(read(rescue).actors.find((a) => a.id === 'm1')).toMatchObject({ x: 0.7, y: 0.8 });
  });

  it('reports a file made read-only while open', async () => {
    if (process.getuid?.() === 0 && process.platform !== 'linux') return;
    const { windows, dir } = setup();
    const file = mapFile(dir, 'ro.powermap', 'Riverton');
    const w = windows.openFile(file);
    fs.chmodSync(file, 0o444);
    expect(() => windows.handlersFor(w.id)['maps.apply']({ docId: windows.docIdOf(w.id)!, op: { type: 'map.update', patch: { title: 'x' } } })).toThrow(
      expect.objectContaining({ code: 'read-only' }),
    );
    fs.chmodSync(file, 0o644);
  });
});
