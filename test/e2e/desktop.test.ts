/**
 * The desktop side of the renderer in real Chromium through the loopback host: the start screen's
 * recent maps, and the page's answers to desktop menu commands (sent through a stand-in for the
 * preload's `powermapMenu`, the one part Electron would provide).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyOf } from '../../electron/host/handlers';
import { SettingsFile } from '../../electron/host/settings';
import { MapDocument } from '../../electron/store/document';
import { emptyMap, newActor } from '../../shared/model';
import { MENU_COMMAND_EVENT } from '../../shared/menuCommands';
import { startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SCREENSHOTS = path.resolve(__dirname, '../../scratch');

/** A data folder with two maps in the maps folder and a recent entry whose file is gone. */
function dataWithMaps(): { dataDir: string; riverton: string; hillsdale: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-desktop-e2e-'));
  const maps = path.join(dataDir, 'maps');
  fs.mkdirSync(maps);
  const riverton = path.join(maps, 'riverton-2026-11-20.powermap');
  const hillsdale = path.join(maps, 'hillsdale-2026-11-27.powermap');
  const today = new Date().toISOString();
  MapDocument.create(riverton, {
    ...emptyMap('Riverton', 'No Polimigra — Selectboard', '2026-11-20T15:30:00.000Z'),
    actors: [newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true }), newActor('m2', 'decision-maker', 'Bob Chen', { seat: true })],
  }).close();
  MapDocument.create(hillsdale, emptyMap('Hillsdale', '', today)).close();
  const settings = new SettingsFile(dataDir, 'en');
  settings.touchRecent({ path: path.join(dataDir, 'gone', 'brattleboro.powermap'), town: 'Brattleboro', title: 'Council', updatedAt: '2026-10-01T10:00:00.000Z' }, '2026-11-01T00:00:00Z');
  settings.touchRecent({ path: hillsdale, town: 'Hillsdale', title: '', updatedAt: today }, '2026-11-02T00:00:00Z');
  settings.touchRecent({ path: riverton, town: 'Riverton', title: 'No Polimigra — Selectboard', updatedAt: '2026-11-20T15:30:00.000Z' }, '2026-11-03T00:00:00Z');
  return { dataDir, riverton, hillsdale };
}

const FAKE_MENU = `
  window.__menu = { listener: null, fire(c) { this.listener && this.listener(c); } };
  window.powermapMenu = { onCommand(l) { window.__menu.listener = l; return () => { window.__menu.listener = null; }; } };
`;

describe('start screen and recent maps', () => {
  it('lists recent maps with town, title, last change and file, most recent first, and opens one', async () => {
    const { dataDir, riverton } = dataWithMaps();
    app = await startApp({ dataDir });
    const { page } = app;
    const items = page.locator('.recent-item');
    await expect.poll(() => items.count()).toBe(3);
    expect(await page.locator('.recent-town').allTextContents()).toEqual(['Riverton', 'Hillsdale', 'Brattleboro']);
    expect(await page.locator('.recent-title').allTextContents()).toEqual(['No Polimigra — Selectboard', '(no title)', 'Council']);
    expect(await page.locator('.recent-file').allTextContents()).toEqual([
      'File: riverton-2026-11-20.powermap',
      'File: hillsdale-2026-11-27.powermap',
      'File: brattleboro.powermap',
    ]);
    const changed = await page.locator('.recent-changed').allTextContents();
    expect(changed[0]).toMatch(/^Changed Nov 20, 2026/);
    expect(changed[1]).toMatch(/^Changed today at /);
    expect(changed[2]).toBe('File not found');
    await expect.poll(() => items.nth(2).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop-start-en.png') });

    await page.getByRole('button', { name: 'Open Riverton — No Polimigra — Selectboard' }).click();
    await page.waitForSelector('.map-screen');
    await page.locator('.doc-title', { hasText: 'Riverton' }).waitFor();
    expect(app.host.settings.read().lastOpened).toBe(riverton);
    expect(app.problems).toEqual([]);
  });

  it('speaks Spanish on the start screen', async () => {
    const { dataDir } = dataWithMaps();
    app = await startApp({ dataDir, language: 'es' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Sus mapas' }).waitFor();
    const changed = await page.locator('.recent-changed').allTextContents();
    expect(changed[1]).toMatch(/^Cambiado hoy a las /);
    expect(changed[0]).toMatch(/^Cambiado el 20 nov 2026/);
    expect(await page.locator('.recent-title').nth(1).textContent()).toBe('(sin título)');
    expect(await page.locator('.recent-file').first().textContent()).toBe('Archivo: riverton-2026-11-20.powermap');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop-start-es.png') });
  });
});

describe('desktop menu commands in the page', () => {
  async function withFakeMenu(dataDir: string, openKey?: string) {
    app = await startApp({ dataDir });
    await app.context.addInitScript(FAKE_MENU);
    const page = await app.reopen(openKey);
    const fire = (command: string) => page.evaluate((c) => (window as unknown as { __menu: { fire(c: string): void } }).__menu.fire(c), command);
    return { page, fire };
  }

  it('File › New opens the new-map dialog on the start screen', async () => {
    const { dataDir } = dataWithMaps();
    const { page, fire } = await withFakeMenu(dataDir);
    await fire('file.new');
    await page.locator('.dialog input[name="town"]').waitFor();
  });

  it('Select All and Delete remove every person, Undo brings them back, all saved to the file', async () => {
    const { dataDir, riverton } = dataWithMaps();
    const { page, fire } = await withFakeMenu(dataDir, keyOf(riverton));
    await page.waitForSelector('.map-screen');
    const names = () => {
      const docId = app!.host.openPath(riverton).docId;
      return app!.host.docById(docId).map.actors.map((a) => a.name);
    };
    expect(names()).toEqual(['Ana Ruiz', 'Bob Chen']);
    await fire('edit.selectAll');
    await fire('edit.delete');
    await expect.poll(names).toEqual([]);
    await fire('edit.undo');
    await expect.poll(names).toEqual(['Ana Ruiz', 'Bob Chen']);
    await fire('edit.redo');
    await expect.poll(names).toEqual([]);
  });

  it('passes view commands on to the components as a DOM event, switches language, and closes the map', async () => {
    const { dataDir, riverton } = dataWithMaps();
    const { page, fire } = await withFakeMenu(dataDir, keyOf(riverton));
    await page.waitForSelector('.map-screen');
    await page.evaluate((name) => {
      (window as unknown as { seen: string[] }).seen = [];
      window.addEventListener(name, (e) => (window as unknown as { seen: string[] }).seen.push((e as CustomEvent).detail));
    }, MENU_COMMAND_EVENT);
    for (const c of ['view.zoomIn', 'view.zoomOut', 'view.zoomFit', 'map.export']) await fire(c);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['view.zoomIn', 'view.zoomOut', 'view.zoomFit', 'map.export']);
    await fire('language.es');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    expect(app!.host.settings.language()).toBe('es');
    // Main saw the file vanish: the page says so at once, in the UI language.
    await fire('file.gone');
    await page.getByText('El archivo del mapa se movió o se borró', { exact: false }).waitFor();
    await fire('file.close');
    await page.getByRole('heading', { name: 'Sus mapas' }).waitFor();
  });

  it('opens Meetings, History, Votes and Snapshots from the Map menu, never over another dialog', async () => {
    const { dataDir, riverton } = dataWithMaps();
    const { page, fire } = await withFakeMenu(dataDir, keyOf(riverton));
    await page.waitForSelector('[data-testid="grid-plot"]');
    for (const [command, dialog] of [
      ['map.meetings', '.meetings-dialog'],
      ['map.history', '.history-dialog'],
      ['map.votes', '.votes-dialog'],
      ['map.snapshots', '.snapshots-dialog'],
    ] as const) {
      await fire(command);
      await page.locator(dialog).waitFor();
      expect(await page.locator('.dialog-backdrop').count(), command).toBe(1);
      // Another of them asked for meanwhile waits until this one is closed.
      await fire(command === 'map.votes' ? 'map.snapshots' : 'map.votes');
      await page.waitForTimeout(200);
      expect(await page.locator('.dialog-backdrop').count(), command).toBe(1);
      await page.keyboard.press('Escape');
      await page.locator('.dialog-backdrop').waitFor({ state: 'detached' });
    }
  });

  it('zooms the grid and opens the export dialog from the menu', async () => {
    const { dataDir, riverton } = dataWithMaps();
    const { page, fire } = await withFakeMenu(dataDir, keyOf(riverton));
    await page.waitForSelector('[data-testid="grid-plot"]');
    const zoomText = page.locator('.grid-tools .zoom-level');
    await expect.poll(() => zoomText.textContent()).toBe('100%');
    await fire('view.zoomIn');
    await expect.poll(() => zoomText.textContent()).toBe('140%');
    await fire('view.zoomOut');
    await expect.poll(() => zoomText.textContent()).toBe('100%');
    await fire('map.export');
    await page.getByRole('dialog').waitFor();
  });
});

