/** Real hosts on real files in a fresh folder, for the desktop tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Host, type Dialogs } from '../../electron/host/handlers';
import { emptyMap } from '../../shared/model';
import { MapDocument } from '../../electron/store/document';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pm-desktop-'));
}

/** Dialogs that answer with whatever the test queued (null = the user cancelled). */
export class ScriptedDialogs implements Dialogs {
  answers: (string | null)[] = [];
  asked: string[] = [];
  private next(kind: string) {
    this.asked.push(kind);
    return Promise.resolve(this.answers.shift() ?? null);
  }
  chooseNewMapPath = () => this.next('new');
  chooseMapToOpen = () => this.next('open');
  chooseSaveAsPath = () => this.next('saveAs');
}

export function makeHost(opts: { dir?: string; onOpened?: (file: string) => void } = {}) {
  const dir = opts.dir ?? tempDir();
  const dialogs = new ScriptedDialogs();
  let tick = 0;
  const host = new Host({
    kind: 'electron',
    version: 'test',
    dataDir: path.join(dir, 'data'),
    mapsDir: path.join(dir, 'maps'),
    dialogs,
    systemLanguage: 'en',
    // A clock that moves, so "most recent first" is decided by order, not by luck.
    now: () => new Date(Date.UTC(2026, 10, 28, 12, 0, tick++)),
    onOpened: opts.onOpened,
  });
  return { host, dialogs, dir };
}

/** A map file on disk, made and closed through the real store. */
export function mapFile(dir: string, name: string, town: string, title = ''): string {
  const file = path.join(dir, name);
  MapDocument.create(file, emptyMap(town, title, '2026-11-01T10:00:00.000Z')).close();
  return file;
}
