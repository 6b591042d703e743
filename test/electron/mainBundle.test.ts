/**
 * The built main bundle (dist/electron/main/main.js, exactly what the installer ships) started in
 * Node against a recording stand-in for Electron: it must register the secure scheme, make a secure
 * window, answer only our page over IPC, route second launches and dropped files, offer to reload a
 * crashed page, and load SQLite through the `nativeBinding` path (here pointed at the Node build).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { readTextChunk } from '../../shared/export/pngChunks';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { mapFile, tempDir } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
let out: Record<string, any>;
let dir: string;

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = tempDir();
  const existing = mapFile(dir, 'hillsdale.powermap', 'Hillsdale', 'Council');
  mapFile(dir, 'dropped.powermap', 'Brattleboro', 'Selectboard');
  const run = spawnSync(
    process.execPath,
    [path.join(import.meta.dirname, 'fixtures', 'drive-main.mjs')],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        DRIVE_MAIN: path.join(root, 'dist/electron/main/main.js'),
        DRIVE_NEW_MAP: path.join(dir, 'riverton.powermap'),
        DRIVE_EXISTING_MAP: existing,
        DRIVE_DROPPED_MAP: path.join(dir, 'dropped.powermap'),
        DRIVE_EXPORT_PNG: path.join(dir, 'riverton.png'),
        POWERMAP_DATA_DIR: path.join(dir, 'data'),
        POWERMAP_SQLITE_ADDON: path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
      },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  out = JSON.parse(run.stdout);
}, 120_000);

describe('the built main process, with Electron faked', () => {
  it('registers the app:// scheme and opens a secure window on our page', () => {
    expect(out.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(out.firstWindow.url).toBe('app://powermap/index.html');
    expect(out.firstWindow.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(out.firstWindow.options.webPreferences.preload).toBe(path.join(root, 'dist/electron/preload/preload.cjs'));
    expect(out.page).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });
    expect(out.themeSource).toBe('system');
  });

  it('answers our page over IPC, and refuses other senders and invalid arguments', () => {
    expect(out.info).toEqual({ ok: true, value: { kind: 'electron', version: '9.9.9', nativeDialogs: true } });
    expect(out.foreign.ok).toBe(false);
    expect(out.iframe.ok).toBe(false);
    expect(out.badArgs).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('creates a map where the dialog said, through the native-binding path, and titles the window', () => {
    expect(out.created).toMatchObject({ ok: true, value: { fileName: 'riverton.powermap', map: { town: 'Riverton' } } });
    expect(out.titleAfterCreate).toBe('Riverton — Selectboard · PowerMap');
    const doc = MapDocument.open(path.join(dir, 'riverton.powermap'), { readOnly: true });
    expect(doc.map.title).toBe('Selectboard');
    doc.close();
  });

  it('builds the menu in the system language (Spanish here)', () => {
    expect(out.menuTop).toEqual(['Archivo', 'Editar', 'Ver', 'Mapa', 'Ayuda']);
  });

  it('opens a second launch’s map in its own window, focuses it the next time, and focuses the window a dropped file is already in', () => {
    expect(out.windowsAfterSecond).toBe(2);
    expect(out.secondUrl).toMatch(/^app:\/\/powermap\/index\.html#open=[0-9a-f]{24}$/);
    expect(out.windowsAfterThird).toBe(2);
    expect(out.secondFocusedAgain).toBe(true);
    expect(out.openFileFocusedFirst).toBe(true);
    expect(out.recentDocuments).toEqual([path.join(dir, 'riverton.powermap'), path.join(dir, 'hillsdale.powermap')]);
  });

  it('offers to reload a crashed page, and reopens its map', () => {
    expect(out.crashPrompt).toBe('Esta ventana dejó de funcionar.');
    expect(out.reloadedUrl).toMatch(/^app:\/\/powermap\/index\.html#open=[0-9a-f]{24}$/);
  });

  it('closes a window’s map with the window', () => {
    expect(out.windowsOpenAfterClose).toBe(1);
    // Hillsdale is free again: it can be opened for writing.
    const doc = MapDocument.open(path.join(dir, 'hillsdale.powermap'));
    doc.apply({ type: 'map.update', patch: { title: 'Free' } });
    doc.close();
  });

  it('opens a dropped map file itself (in a window of its own), only from our page and only a .powermap that exists', () => {
    expect(out.dropped).toEqual({ ok: true, value: null });
    expect(out.droppedWindowUrl).toMatch(/^app:\/\/powermap\/index\.html#open=[0-9a-f]{24}$/);
    expect(out.recentAfterDrop).toContain(path.join(dir, 'dropped.powermap'));
    expect(out.dropForeign).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    for (const refused of [out.dropNotAMap, out.dropRelative, out.dropMissing]) expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('draws PNG exports in its own host (not "not available here") and writes them where the dialog says', () => {
    expect(out.exportPng).toEqual({ ok: true, value: { fileName: 'riverton.png', mime: 'image/png', base64: null } });
    expect(out.captured).toBe(1);
    const png = fs.readFileSync(path.join(dir, 'riverton.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(readTextChunk(new Uint8Array(png))).toContain('Riverton');
  });
});
