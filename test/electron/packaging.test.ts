/**
 * The packaging configuration, loaded and validated by electron-builder's own code, then checked for
 * what PowerMap needs: targets, file association, native module outside the ASAR, fuses, icons.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { APP_ID } from '../../electron/main/appUrl';
import { electronBindingPath } from '../../electron/main/nativeBinding';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

async function load() {
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as Record<string, any>;
}

function targets(t: unknown): string[] {
  return (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));
}

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('electron-builder configuration', () => {
  it('is valid for electron-builder and names the app', async () => {
    const c = await load();
    expect(c.appId).toBe(APP_ID);
    expect(c.productName).toBe('PowerMap');
    expect(c.directories.buildResources).toBe('resources');
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', async () => {
    const c = await load();
    expect(targets(c.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targets(c.win.target)).toEqual(['nsis']);
    expect(targets(c.mac.target)).toEqual(['dmg']);
    expect(c.nsis.oneClick).toBe(false);
    expect(c.nsis.installerLanguages).toEqual(expect.arrayContaining(['en_US', 'es_ES']));
  });

  it('sets every fuse DESIGN.md §7 asks for', async () => {
    const c = await load();
    expect(c.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(c.asar).toBe(true);
  });

  it('associates .powermap files with the app, with their own icon on every platform', async () => {
    const c = await load();
    const assoc = c.fileAssociations.find((a: { ext: string }) => a.ext === 'powermap');
    expect(assoc).toMatchObject({ mimeType: 'application/x-powermap', role: 'Editor' });
    expect(assoc.name).toBeTruthy();
    for (const ext of ['icns', 'ico']) expect(fs.existsSync(path.join(root, 'resources', `${assoc.icon}.${ext}`)), ext).toBe(true);
    expect(c.linux.mimeTypes).toContain('application/x-powermap');
  });

  it('ships what the app loads, keeps the native module out of the ASAR, and never rebuilds node_modules', async () => {
    const c = await load();
    // electron-builder normalises `files` to [{ filter: [...] }].
    const files = (c.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', 'dist/native/better_sqlite3.node', '!node_modules/**']));
    expect(c.asarUnpack).toEqual(expect.arrayContaining(['dist/native/**', '**/*.node']));
    expect(c.npmRebuild).toBe(false);
    // Where the packaged app looks for the addon is where asarUnpack puts it.
    expect(electronBindingPath('/opt/PowerMap/resources/app.asar')).toBe(path.join('/opt/PowerMap/resources/app.asar.unpacked', 'dist', 'native', 'better_sqlite3.node'));
    expect(pkg.main).toBe('dist/electron/main/main.js');
    expect(pkg.scripts.dist).toMatch(/build\.mjs.*--electron-native.*electron-builder --config electron-builder\.yml/);
    // npm ci / npm test never build for Electron.
    expect(pkg.scripts.test).not.toMatch(/electron-native|electron-rebuild|install-app-deps/);
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/postinstall|electron-rebuild|install-app-deps/);
  });
});

describe('icon set', () => {
  const res = path.join(root, 'resources');

  it('has the SVG sources and every Linux PNG size, square and true to its name', () => {
    for (const svg of ['icon.svg', 'file-icon.svg']) expect(fs.readFileSync(path.join(res, svg), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    for (const s of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(path.join(res, 'icons', `${s}x${s}.png`))).toEqual([s, s]);
    expect(pngSize(path.join(res, 'icon.png'))).toEqual([1024, 1024]);
  });

  it('has Windows .ico files holding 16 to 256 pixels', () => {
    for (const name of ['icon.ico', 'file-icon.ico']) {
      const b = fs.readFileSync(path.join(res, name));
      expect(b.readUInt16LE(2)).toBe(1);
      const count = b.readUInt16LE(4);
      const sizes = Array.from({ length: count }, (_, i) => b.readUInt8(6 + 16 * i) || 256);
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
      for (let i = 0; i < count; i++) {
        const offset = b.readUInt32LE(6 + 16 * i + 12);
        expect(b.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
      }
    }
  });

  it('has macOS .icns files up to 1024 pixels', () => {
    for (const name of ['icon.icns', 'file-icon.icns']) {
      const b = fs.readFileSync(path.join(res, name));
      expect(b.subarray(0, 4).toString('ascii')).toBe('icns');
      expect(b.readUInt32BE(4)).toBe(b.length);
      const types: string[] = [];
      for (let at = 8; at < b.length; at += b.readUInt32BE(at + 4)) types.push(b.subarray(at, at + 4).toString('ascii'));
      expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10', 'icp4', 'icp5']));
    }
  });
});
