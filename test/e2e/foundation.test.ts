import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { MapDocument } from '../../electron/store/document';
import { createMapViaUi, startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the app in Chromium against the loopback host', () => {
  it('creates a map, adds an actor, and still has it after a reload and on disk', async () => {
    app = await startApp();
    const { page } = app;
    await createMapViaUi(page, 'Riverton', 'No Polimigra — Selectboard');
    await page.getByPlaceholder('Name, then Enter').fill('Ana Ruiz');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    await page.locator('.actor-name', { hasText: 'Ana Ruiz' }).waitFor();

    const files = fs.readdirSync(app.mapsDir).filter((f) => f.endsWith('.powermap'));
    expect(files).toHaveLength(1);
    await page.getByRole('button', { name: 'Close map' }).click();
    await page.getByRole('heading', { name: 'Your maps' }).waitFor();
    const doc = MapDocument.open(path.join(app.mapsDir, files[0]!), { readOnly: true });
    expect(doc.map.actors.map((a) => a.name)).toEqual(['Ana Ruiz']);
    expect(doc.map.town).toBe('Riverton');
    doc.close();
    expect(app.problems).toEqual([]);
  });

  it('renames and deletes an actor, and undo brings it back', async () => {
    app = await startApp();
    const { page } = app;
    await createMapViaUi(page, 'Brattleboro');
    for (const n of ['Ana Ruiz', 'Bob Chen']) {
      await page.getByPlaceholder('Name, then Enter').fill(n);
      await page.keyboard.press('Enter');
    }
    const row = page.locator('[data-actor-row]').nth(1);
    await row.getByRole('button', { name: 'Rename' }).click();
    await row.getByRole('textbox').fill('Roberto Chen');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.locator('.actor-name', { hasText: 'Roberto Chen' }).waitFor();
    await page.getByRole('button', { name: 'Delete Ana Ruiz' }).click();
    await expect.poll(() => page.locator('.actor-name').allTextContents()).toEqual(['Roberto Chen']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.actor-name').allTextContents()).toEqual(['Ana Ruiz', 'Roberto Chen']);
    await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
    const doc = [...fs.readdirSync(app.mapsDir)].find((f) => f.endsWith('.powermap'))!;
    app.host.closeAll();
    const reopened = MapDocument.open(path.join(app.mapsDir, doc), { readOnly: true });
    expect(reopened.map.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Roberto Chen']);
    reopened.close();
  });

  it('switches to Spanish, remembers it, and shows no English on the start screen', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Sus mapas' }).waitFor();
    const again = await app.reopen();
    await again.getByRole('button', { name: 'Mapa nuevo' }).waitFor();
    expect(await again.locator('html').getAttribute('lang')).toBe('es');
    const text = await again.locator('body').innerText();
    for (const english of ['New map', 'Your maps', 'Import a map', 'No maps yet']) expect(text).not.toContain(english);
  });
});
