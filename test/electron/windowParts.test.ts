/** The smaller desktop pieces: remembered window places, file dialogs, crash prompts, the native addon path. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchForCrashes } from '../../electron/main/crash';
import { electronDialogs, withMapExtension } from '../../electron/main/dialogs';
import { fileProblem, watchMapFile } from '../../electron/main/fileWatch';
import { addonFor, electronBindingPath } from '../../electron/main/nativeBinding';
import { fitOnScreen, WindowStateFile } from '../../electron/main/windowState';
import { createTranslator } from '../../shared/i18n';
import { tempDir } from './helpers';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const second = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('window placement', () => {
  it('keeps bounds that are on a screen, pulls in ones that hang off, and drops ones on a screen that is gone', () => {
    expect(fitOnScreen({ x: 100, y: 80, width: 1200, height: 800 }, [screen])).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
    expect(fitOnScreen({ x: 1500, y: 600, width: 1200, height: 800 }, [screen])).toEqual({ x: 720, y: 280, width: 1200, height: 800 });
    expect(fitOnScreen({ x: 2000, y: 100, width: 1000, height: 700 }, [screen, second])).toEqual({ x: 2000, y: 100, width: 1000, height: 700 });
    expect(fitOnScreen({ x: 2000, y: 100, width: 1000, height: 700 }, [screen])).toBeNull();
    expect(fitOnScreen({ x: 0, y: 0, width: 4000, height: 3000 }, [screen])).toEqual(screen);
  });

  it('remembers each map’s window across launches, and survives a damaged file', () => {
    const dir = tempDir();
    const a = new WindowStateFile(dir);
    a.set('map-a', { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    a.set('map-b', { bounds: { x: 30, y: 40, width: 1100, height: 800 }, maximized: true });
    const b = new WindowStateFile(dir);
    expect(b.get('map-a')).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    expect(b.get('map-b')?.maximized).toBe(true);
    expect(b.get('map-c')).toBeNull();
    fs.writeFileSync(path.join(dir, 'windows.json'), '{ not json');
    expect(new WindowStateFile(dir).get('map-a')).toBeNull();
  });
});

describe('file dialogs', () => {
  const t = createTranslator('es');

  it('choose .powermap files, in the UI language, and add the extension a name lacks', async () => {
    const asked: Record<string, unknown>[] = [];
    const answers = [
      { canceled: false, filePath: '/home/ana/Riverton' },
      { canceled: true, filePath: '' },
    ];
    const fake = {
      showSaveDialog: async (_w: unknown, o?: unknown) => (asked.push((o ?? _w) as Record<string, unknown>), answers.shift()!),
      showOpenDialog: async (_w: unknown, o?: unknown) => (asked.push((o ?? _w) as Record<string, unknown>), { canceled: false, filePaths: ['/home/ana/hill.powermap'] }),
    };
    const d = electronDialogs(fake as never, () => null, () => t, () => '/home/ana/PowerMap');
    expect(await d.chooseNewMapPath('riverton-2026-11-28.powermap')).toBe('/home/ana/Riverton.powermap');
    expect(await d.chooseSaveAsPath('x.powermap')).toBeNull();
    expect(await d.chooseMapToOpen()).toBe('/home/ana/hill.powermap');
    expect(asked[0]).toMatchObject({ title: '¿Dónde quiere guardar el mapa nuevo?', defaultPath: path.join('/home/ana/PowerMap', 'riverton-2026-11-28.powermap'), filters: [{ name: 'Mapas de poder', extensions: ['powermap'] }] });
    expect(asked[2]).toMatchObject({ title: 'Abrir un mapa de poder', properties: ['openFile'] });
    expect(withMapExtension('/a/b.PowerMap')).toBe('/a/b.PowerMap');
    expect(withMapExtension('/a/b.json')).toBe('/a/b.json.powermap');
  });
});

describe('crash and hang prompts', () => {
  function setup(response: number) {
    const on = new Map<string, (...a: unknown[]) => void>();
    let reloaded = 0;
    let closed = 0;
    const shown: Record<string, unknown>[] = [];
    const win = { isDestroyed: () => false, close: () => closed++, webContents: { on: (e: string, l: (...a: unknown[]) => void) => on.set(e, l) } };
    const dialog = { showMessageBox: async (_w: unknown, o: Record<string, unknown>) => (shown.push(o), { response, checkboxChecked: false }) };
    watchForCrashes(win as never, dialog as never, () => createTranslator('en'), () => reloaded++);
    return { on, shown, reloaded: () => reloaded, closed: () => closed };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('offers to reload a crashed page, saying nothing was lost', async () => {
    const s = setup(0);
    s.on.get('render-process-gone')!({}, { reason: 'crashed', exitCode: 1 });
    await settle();
    expect(s.shown[0]).toMatchObject({ message: 'This window stopped working.', buttons: ['Reload', 'Close window'] });
    expect(String(s.shown[0]!.detail)).toMatch(/already saved/);
    expect(s.reloaded()).toBe(1);
  });

  it('closes the window if the user says so, and ignores a clean exit', async () => {
    const s = setup(1);
    s.on.get('render-process-gone')!({}, { reason: 'clean-exit', exitCode: 0 });
    await settle();
    expect(s.shown).toHaveLength(0);
    s.on.get('render-process-gone')!({}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(s.closed()).toBe(1);
  });

  it('lets the user wait out a hang', async () => {
    const s = setup(1);
    s.on.get('unresponsive')!();
    await settle();
    expect(s.shown[0]).toMatchObject({ message: 'This window is not responding.', buttons: ['Reload', 'Wait'] });
    expect(s.reloaded()).toBe(0);
  });
});

describe('native addon for Electron', () => {
  it('is looked up outside the ASAR archive in the packaged app and in dist/native in development', () => {
    expect(electronBindingPath('/repo')).toBe(path.join('/repo', 'dist', 'native', 'better_sqlite3.node'));
    expect(electronBindingPath('C:\\Program Files\\PowerMap\\resources\\app.asar')).toContain('app.asar.unpacked');
  });

  it('says clearly how to build it when it is missing', () => {
    const find = addonFor('/nowhere', {});
    expect(() => find()).toThrow(/--electron-native/);
    const nodeBuild = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(addonFor('/nowhere', { POWERMAP_SQLITE_ADDON: nodeBuild })()).toBe(nodeBuild);
  });
});

describe('watching the map file', () => {
  it('reports a file made read-only and then deleted, each once', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.powermap');
    fs.writeFileSync(file, 'x');
    expect(fileProblem(file)).toBeNull();
    const seen: string[] = [];
    const stop = watchMapFile(file, (p) => seen.push(p), 20);
    try {
      fs.chmodSync(file, 0o444);
      await expect.poll(() => seen, { timeout: 5000 }).toEqual(['read-only']);
      fs.rmSync(file);
      await expect.poll(() => seen, { timeout: 5000 }).toEqual(['read-only', 'file-gone']);
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toEqual(['read-only', 'file-gone']);
    } finally {
      stop();
    }
  });
});
