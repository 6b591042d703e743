/**
 * Files from elsewhere, through the real app in Chromium and the real loopback host: a crafted map
 * in the maps folder cannot hang the start screen, an older (version 1) map is listed and opens, a
 * crafted map dropped on the window is refused in words, and the size limit for a drop is the same
 * all the way through (a 49.5 MB map opens; a 50.5 MB file is "too big", with the limit); two such
 * messages at once stack instead of covering each other.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../shared/limits';
import { craftedMap, ENDLESS_META_VIEW, WIPE_TRIGGER } from '../store/hostile';
import { FIXTURES, sha256 } from '../store/helpers';
import { launchBrowser, RENDERER_DIR, startApp, type App } from './harness';
import { runBrowserFallback } from '../../electron/main/browserFallback';
import { SettingsFile } from '../../electron/host/settings';

const en = createTranslator('en');
let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Drops a file built in the page (so a 50 MB file need not cross the driver): `text` padded with spaces to `size` bytes. */
async function dropPadded(page: Page, name: string, text: string, size: number) {
  await page.evaluate(
    ({ name, text, size }) => {
      const head = new TextEncoder().encode(text);
      const file = new File([head, ' '.repeat(Math.max(0, size - head.length))], name, { type: 'application/json' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text, size },
  );
}

async function dropBytes(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const arr = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([arr], name));
      for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

function dataDirWith(files: (mapsDir: string) => void): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-hostile-e2e-'));
  const mapsDir = path.join(dataDir, 'maps');
  fs.mkdirSync(mapsDir);
  files(mapsDir);
  return dataDir;
}

describe('files from elsewhere in the app', { timeout: 180_000 }, () => {
  it('lists an older map and skips a crafted one on the start screen (no hang), and opens the older map', async () => {
    let endless = '';
    const dataDir = dataDirWith((maps) => {
      endless = craftedMap(ENDLESS_META_VIEW, 'endless.powermap', maps);
      fs.copyFileSync(path.join(FIXTURES, 'v1.powermap'), path.join(maps, 'riverton.powermap'));
    });
    const before = sha256(endless);
    app = await startApp({ dataDir });
    const item = app.page.locator('.recent-item');
    await item.first().waitFor();
    expect(await item.locator('.recent-town').allTextContents()).toEqual(['Riverton']);
    await item.first().click();
    await app.page.getByText('Ana Ruiz').first().waitFor();
    // Opened in the app, the older map was upgraded after a backup, as designed.
    expect(fs.readdirSync(path.join(dataDir, 'maps')).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
    expect(sha256(endless)).toBe(before);
    expect(app.problems).toEqual([]);
  });

  it('opens a dropped older map and refuses a dropped crafted one in words', async () => {
    app = await startApp();
    await dropBytes(app.page, 'wiper.powermap', fs.readFileSync(craftedMap(WIPE_TRIGGER)));
    await app.page.getByText(en('errors.foreign-schema')).waitFor();
    await dropBytes(app.page, 'riverton.powermap', fs.readFileSync(path.join(FIXTURES, 'v1.powermap')));
    await app.page.getByText('Ana Ruiz').first().waitFor();
  });

  it('opens a 49.5 MB map dropped on the window, and calls a 50.5 MB file too big, naming the limit', async () => {
    app = await startApp();
    const map = fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8');
    await dropPadded(app.page, 'big.json', map, MAX_IMPORT_BYTES + 512 * 1024);
    await app.page.getByText(en('export.errors.tooBig', { limit: MAX_IMPORT_MB })).waitFor();
    await dropPadded(app.page, 'council.json', map, MAX_IMPORT_BYTES - 512 * 1024);
    await app.page.getByText('Winooski').first().waitFor({ timeout: 120_000 });
    const maps = fs.readdirSync(app.mapsDir).filter((f) => f.endsWith('.powermap'));
    expect(maps).toHaveLength(1);
  });

  it('stacks two messages shown at once (a crafted map refused, a file too big), each closed on its own', async () => {
    app = await startApp();
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await dropBytes(page, 'wiper.powermap', fs.readFileSync(craftedMap(WIPE_TRIGGER)));
    const refused = page.locator('.error-banner').filter({ hasText: en('errors.foreign-schema') });
    await refused.waitFor();
    await dropPadded(page, 'big.json', '{}', MAX_IMPORT_BYTES + 512 * 1024);
    const tooBig = page.locator('.error-banner').filter({ hasText: en('export.errors.tooBig', { limit: MAX_IMPORT_MB }) });
    await tooBig.waitFor();
    const [a, b] = [(await refused.boundingBox())!, (await tooBig.boundingBox())!];
    const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
    expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)} do not overlap`).toBe(true);
    // Each has its own close button; closing one leaves the other.
    await tooBig.getByRole('button', { name: en('launch.drop.dismiss') }).click();
    await tooBig.waitFor({ state: 'detached' });
    expect(await refused.isVisible()).toBe(true);
    await refused.getByRole('button', { name: en('launch.drop.dismiss') }).click();
    await refused.waitFor({ state: 'detached' });
  });

  it('opens the app from the launch file npm start gives the browser (the key is in the file, not on a command line)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-launch-'));
    const file = path.join(dataDir, 'riverton.powermap');
    fs.copyFileSync(path.join(FIXTURES, 'v1.powermap'), file);
    new SettingsFile(dataDir, 'en').touchRecent({ path: file, town: 'Riverton', title: '', updatedAt: '' }, '2026-11-28T00:00:00Z');
    const given: string[] = [];
    const fallback = await runBrowserFallback({ rendererDir: RENDERER_DIR, dataDir, systemLanguage: 'en', out: () => undefined, openBrowser: async (u) => (given.push(u), true) });
    const context = await launchBrowser();
    try {
      expect(given[0]).toMatch(/^file:/);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(given[0]!);
      await page.waitForURL((u) => u.protocol === 'http:');
      // The last map opened through the API, so the key arrived; the address bar no longer shows it.
      await page.getByText('Ana Ruiz').first().waitFor();
      expect(page.url()).not.toContain('token');
    } finally {
      await context.close();
      await fallback.close();
    }
  });
});
