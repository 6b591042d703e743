/**
 * A `.powermap` dropped on the browser version (real renderer in Chromium, real loopback host, files
 * on disk). A browser hands over bytes, never a path: the file itself opens when it is the same file
 * as one in the maps folder; otherwise a copy opens and the page says so, in the user's language.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { emptyMap } from '../../shared/model';
import { startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

function makeMap(file: string, town: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  MapDocument.create(file, emptyMap(town, 'Selectboard', '2026-11-01T10:00:00.000Z')).close();
  return fs.readFileSync(file);
}

/** Drops a file onto the window the way a user's drag from the desktop does. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  const dt = await page.evaluateHandle(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([arr], name, { type: 'application/octet-stream' }));
      return transfer;
    },
    { name, b64: bytes.toString('base64') },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
}

/** The files the host has open right now. */
const openFiles = (a: App) => [...(a.host as unknown as { docs: Map<string, { file: string }> }).docs.values()].map((d) => d.file);
const mapsIn = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.powermap')).sort();

describe('a dropped .powermap in the browser version', { timeout: 120_000 }, () => {
  it('opens the file itself when it is in the maps folder, and says so', async () => {
    app = await startApp();
    const original = path.join(app.mapsDir, 'riverton.powermap');
    const bytes = makeMap(original, 'Riverton');
    await dropFile(app.page, 'riverton.powermap', bytes);
    await app.page.waitForSelector('.map-screen');
    await expect.poll(() => app!.page.locator('.drop-notice').textContent()).toContain('Opened riverton.powermap from the PowerMap maps folder');
    expect(openFiles(app)).toEqual([original]);
    expect(mapsIn(app.mapsDir)).toEqual(['riverton.powermap']);
    expect(app.problems).toEqual([]);
  });

  it('opens a copy of a file from elsewhere, says so in Spanish, and leaves the dropped file alone', async () => {
    app = await startApp({ language: 'es' });
    const elsewhere = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-elsewhere-')), 'hillsdale.powermap');
    const bytes = makeMap(elsewhere, 'Hillsdale');
    // A map of the same name but other content in the maps folder is not the dropped file either.
    makeMap(path.join(app.mapsDir, 'hillsdale.powermap'), 'Hillsdale (old)');
    await dropFile(app.page, 'hillsdale.powermap', bytes);
    await app.page.waitForSelector('.map-screen');
    const notice = app.page.locator('.drop-notice');
    await expect.poll(() => notice.textContent()).toContain('Este navegador no puede abrir hillsdale.powermap en el lugar donde está');
    expect(await notice.getAttribute('role')).toBe('status');
    const [copy] = openFiles(app);
    expect(path.dirname(copy!)).toBe(app.mapsDir);
    expect(copy).not.toBe(path.join(app.mapsDir, 'hillsdale.powermap'));
    expect(await notice.textContent()).toContain(path.basename(copy!));
    expect(mapsIn(app.mapsDir)).toHaveLength(2);
    expect(fs.readFileSync(elsewhere).equals(bytes)).toBe(true);
    // The copy holds the dropped map.
    const docs = (app.host as unknown as { docs: Map<string, { file: string; map: { town: string } }> }).docs;
    expect([...docs.values()].map((d) => d.map.town)).toEqual(['Hillsdale']);
    await notice.getByRole('button', { name: 'Cerrar este mensaje' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});
