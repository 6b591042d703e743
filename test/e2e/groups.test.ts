/**
 * Compare and reconcile in Chromium: the facilitator adds three groups' files to the open map, sees
 * the disagreements first with each group's chance, picks a value, applies it as one undo step, and
 * the map file holds the result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyOf } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import type { PowerMap } from '../../shared/model';
import { toInterchange } from '../../shared/schema';
import { fixtureMap } from '../store/helpers';
import { moreCommand } from './gridHelpers';
import { startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

function moved(title: string, moves: Record<string, number>): PowerMap {
  const map = fixtureMap('council-9.json');
  return { ...map, title, actors: map.actors.map((a) => (a.id in moves ? { ...a, x: moves[a.id]! } : a)) };
}

describe('compare groups', () => {
  it('reconciles three groups into the open map as one undoable step', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-groups-'));
    const maps = path.join(dataDir, 'maps');
    const incoming = path.join(dataDir, 'incoming');
    fs.mkdirSync(maps);
    fs.mkdirSync(incoming);
    const main = path.join(maps, 'winooski.powermap');
    MapDocument.create(main, fixtureMap('council-9.json')).close();
    // Robert Whitcomb (m5): active ally, active opponent, neutral → flagged, consensus neutral 0.1.
    const a = path.join(incoming, 'group-a.powermap');
    MapDocument.create(a, moved('Group A', { m5: 0.9, m3: 0.5 })).close();
    const b = path.join(incoming, 'group-b.powermap');
    MapDocument.create(b, moved('Group B', { m5: -0.9, m3: 0.5 })).close();
    const c = path.join(incoming, 'group-c.json');
    const cMap = moved('Group C', { m5: 0.1, m3: 0.5 });
    cMap.actors.push({ ...cMap.actors[0]!, id: 'new1', kind: 'influencer', name: 'Vermont ACLU', seat: false, x: 0.8, y: 0.4 });
    fs.writeFileSync(c, JSON.stringify(toInterchange(cMap)));

    app = await startApp({ dataDir, openKey: keyOf(main) });
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForSelector('.map-screen');
    await moreCommand(page, 'Breakout groups…');
    await page.getByRole('button', { name: 'Compare the groups’ maps instead…' }).click();
    await page.locator('.compare-dialog input[type="file"]').setInputFiles([a, b, c]);
    const table = page.getByTestId('compare-table');
    await table.waitFor();

    // Disagreements first.
    const firstRow = table.locator('tbody tr').first();
    expect(await firstRow.getAttribute('data-actor-id')).toBe('m5');
    expect(await firstRow.getAttribute('class')).toBe('flagged');
    expect(await table.locator('tbody tr.flagged').count()).toBe(1);
    await expect.poll(() => table.locator('tr[data-actor-id]', { hasText: 'Vermont ACLU' }).locator('.badge.new').count()).toBe(1);
    expect(await page.getByTestId('chance-range').getAttribute('aria-label')).toMatch(/^Group A: \d+%; Group B: \d+%; Group C: \d+%; consensus: \d+%$/);
    expect(await page.getByTestId('ghost-grid').locator('.ghost').count()).toBe(3);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'compare-1024-en.png') });

    // Tom (m3): every group says 0.5; Robert: the facilitator takes Group C's value.
    await page.getByLabel('Position to use for Robert Whitcomb').selectOption({ label: 'Group C (Neutral)' });
    await page.getByRole('button', { name: 'Apply to this map' }).click();
    await page.getByTestId('save-status').filter({ hasText: /^Saved$/ }).waitFor();

    const now = () => app!.host.docById(app!.host.openPath(main).docId).map;
    expect(now().actors.find((x) => x.id === 'm5')!.x).toBe(0.1);
    expect(now().actors.find((x) => x.id === 'm3')!.x).toBe(0.5);
    expect(now().actors.some((x) => x.name === 'Vermont ACLU')).toBe(true);

    // One undo step takes all of it back, in the file too.
    await page.keyboard.press('Control+z');
    await page.getByTestId('save-status').filter({ hasText: /^Saved$/ }).waitFor();
    await expect.poll(() => now().actors.some((x) => x.name === 'Vermont ACLU')).toBe(false);
    expect(now().actors.find((x) => x.id === 'm5')!.x).toBe(-0.05);
    expect(now().actors.find((x) => x.id === 'm3')!.x).toBe(0.35);
    expect(app.problems).toEqual([]);
  });

  it('names a file it cannot read, in Spanish, and keeps the others', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-groups-'));
    fs.mkdirSync(path.join(dataDir, 'maps'));
    const main = path.join(dataDir, 'maps', 'winooski.powermap');
    MapDocument.create(main, fixtureMap('council-9.json')).close();
    const good = path.join(dataDir, 'good.json');
    fs.writeFileSync(good, JSON.stringify(toInterchange(moved('Grupo A', { m5: 0.9 }))));
    const bad = path.join(dataDir, 'notes.json');
    fs.writeFileSync(bad, '{"format": "powermap", "version": 1, "town": 7}');
    app = await startApp({ dataDir, openKey: keyOf(main), language: 'es' });
    const { page } = app;
    await page.waitForSelector('.map-screen');
    await moreCommand(page, 'Grupos de trabajo…');
    await page.getByRole('button', { name: 'Mejor comparar los mapas de los grupos…' }).click();
    await page.locator('.compare-dialog input[type="file"]').setInputFiles([good, bad]);
    await page.getByRole('alert').filter({ hasText: 'No se pudo leer notes.json' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'notes.json' }).textContent()).toContain('town');
    await page.getByTestId('compare-table').waitFor();
    expect(await page.locator('.group-files li').count()).toBe(1);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'compare-1280-es.png') });
  });

  it('makes a copy per group in one step; each opens like any map and remembers its origin', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-groups-'));
    const maps = path.join(dataDir, 'maps');
    fs.mkdirSync(maps);
    const main = path.join(maps, 'winooski.powermap');
    MapDocument.create(main, fixtureMap('council-9.json')).close();
    app = await startApp({ dataDir, openKey: keyOf(main) });
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForSelector('.map-screen');
    await moreCommand(page, 'Breakout groups…');
    await page.locator('.copies-dialog select').selectOption('4');
    await page.getByLabel('Name of group 3').fill('Ward 3 neighbours');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'copies-1024-en.png') });
    await page.getByRole('button', { name: 'Make 4 copies' }).click();
    const made = page.getByTestId('copies-made');
    await made.waitFor();
    expect(await made.locator('li').allTextContents()).toEqual([
      'winooski-group-a.powermap',
      'winooski-group-b.powermap',
      'winooski-ward-3-neighbours.powermap',
      'winooski-group-d.powermap',
    ]);
    await page.getByRole('button', { name: 'Done' }).click();

    // Each copy is a whole map with the same people and ids, and says where it came from.
    const copy = MapDocument.open(path.join(maps, 'winooski-ward-3-neighbours.powermap'), { readOnly: true });
    try {
      expect(copy.map.title).toBe('No Polimigra — City Council — Ward 3 neighbours');
      expect(copy.map.actors.map((a) => [a.id, a.x])).toEqual(fixtureMap('council-9.json').actors.map((a) => [a.id, a.x]));
      expect(copy.origin).toMatchObject({ file: 'winooski.powermap', group: 'Ward 3 neighbours', town: 'Winooski', title: 'No Polimigra — City Council' });
    } finally {
      copy.close();
    }

    // It opens from the start screen like any map, in another tab, and the status bar names its origin.
    const second = await app.reopen(keyOf(path.join(maps, 'winooski-group-b.powermap')));
    await second.waitForSelector('.map-screen');
    expect(await second.getByTestId('origin').textContent()).toBe('Copy for Group B of winooski.powermap');
    expect(await page.getByTestId('origin').count()).toBe(0);
  });
});
