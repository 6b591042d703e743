/**
 * Smoke test of the real desktop app through Playwright's Electron driver. It needs the Electron
 * binary (downloaded by `npm ci` on a machine with internet) and the Electron build of SQLite, which
 * it makes with `node scripts/build.mjs --electron-native`. Where the binary is missing (as on the
 * offline build machine) it is reported as skipped, never as passed. On Linux without a display,
 * run it under `xvfb-run`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/contract';
import { createMapViaUi } from './harness';

const root = path.resolve(__dirname, '../..');

function electronBinary(): string | null {
  try {
    const bin = createRequire(import.meta.url)('electron') as unknown;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();

describe.skipIf(!electron)('the real desktop app (Electron)', () => {
  it('starts sandboxed on its own page, exposes only the bridge, and saves a new map where the dialog says', async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--electron-native'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-electron-'));
    const app = await _electron.launch({
      executablePath: electron!,
      args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, POWERMAP_DATA_DIR: dataDir, ELECTRON_RUN_AS_NODE: '' },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('#root > *:not(.loading)');
      expect(page.url()).toMatch(/^app:\/\/powermap\//);
      expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual([
        'undefined',
        'undefined',
      ]);
      expect(await page.evaluate(() => Object.keys(window.powermap ?? {}).sort())).toEqual([...METHODS].sort());
      const file = path.join(dataDir, 'riverton.powermap');
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
      }, file);
      await createMapViaUi(page, 'Riverton', 'Selectboard');
      expect(fs.existsSync(file)).toBe(true);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())).toBe('Riverton — Selectboard · PowerMap');
    } finally {
      await app.close();
    }
  });
});
