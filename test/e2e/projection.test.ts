/**
 * The projection panel in Chromium: a Selectboard of 5 from its template, members placed on the
 * grid by dragging, the panel's chance equal to what `powermap project` computes for the same file,
 * and the chance changing during a drag, before the pointer is released.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { powermap } from '../cli/run';
import { startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

async function plotPoint(page: Page, x: number, y: number): Promise<[number, number]> {
  const box = (await page.getByTestId('grid-plot').boundingBox())!;
  return [box.x + ((x + 1) / 2) * box.width, box.y + (1 - y) * box.height];
}

async function dragTo(page: Page, selector: string, x: number, y: number) {
  // Grab the entry by its name, away from its buttons.
  const from = (await page.locator(selector).locator('.actor-name').boundingBox())!;
  await page.mouse.move(from.x + 8, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(from.x + 11, from.y + 11, { steps: 2 });
  const [tx, ty] = await plotPoint(page, x, y);
  await page.mouse.move(tx, ty, { steps: 8 });
  await page.mouse.up();
}

const chance = async (page: Page) => Number(await page.getByTestId('chance').getAttribute('data-value'));

/** The chance once the panel has caught up with the map (it follows the grid's paint, then the worker). */
async function settledChance(page: Page) {
  await page.locator('[data-testid="projection-panel"][aria-busy="false"]').waitFor();
  return chance(page);
}

async function saved(page: Page) {
  await page.getByTestId('save-status').filter({ hasText: /^Saved$|^Guardado$/ }).waitFor();
}

/** Runs `powermap project` on the map's file; the app holds the file locked, so the map is closed for it and reopened. */
async function cliProject(app: App, args: string[] = []) {
  const { page } = app;
  await saved(page);
  await page.getByRole('button', { name: /^(Close map|Cerrar el mapa)$/ }).click();
  const item = page.locator('.recent-item').first();
  await item.waitFor();
  const file = path.join(app.mapsDir, fs.readdirSync(app.mapsDir).find((f) => f.endsWith('.powermap'))!);
  const r = powermap(['project', file, '--json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  await item.click();
  await page.waitForSelector('.map-screen');
  return JSON.parse(r.stdout);
}

describe('the projection panel', () => {
  it('builds a Selectboard of 5 from its template, matches the CLI, and follows a drag live', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New map' }).click();
    await page.locator('input[name="town"]').fill('Riverton');
    await page.getByLabel('Vermont Selectboard of 5').check();
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.waitForSelector('.map-screen');

    // Five unplaced seats, each neutral: P(at least 3 of 5 at 1/2) = 1/2.
    await expect.poll(() => page.locator('[data-roster-id]').count()).toBe(5);
    expect(await page.locator('[data-roster-id]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Seat 1')]));
    expect(await chance(page)).toBeCloseTo(0.5, 12);
    await expect.poll(() => page.getByTestId('expected').textContent()).toContain('of 3 needed');

    // Example 1's stances: 0.95, 0.75, 0.5, 0.25, 0.05.
    const xs = [0.9, 0.5, 0.0, -0.5, -0.9];
    for (let i = 0; i < 5; i++) {
      await dragTo(page, `[data-roster-id="seat-${i + 1}"]`, xs[i]!, 0.3 + 0.1 * i);
      await page.locator(`[data-actor-id="seat-${i + 1}"]`).waitFor();
    }
    await saved(page);
    const placed = await settledChance(page);
    expect(Math.abs(placed - (await cliProject(app)).pAdopt)).toBeLessThan(1e-9);
    expect(await settledChance(page)).toBe(placed);
    expect(placed).toBeCloseTo(0.5, 9);
    await expect.poll(() => page.getByTestId('whip-table').locator('tbody tr').count()).toBe(5);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'projection-en.png') });

    // Clicking a swing vote in the panel selects it on the grid.
    await page.getByTestId('swing-list').getByRole('button', { name: 'Seat 3' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-actor-id="seat-3"]')?.getAttribute('aria-selected') ?? document.querySelector('[data-actor-id="seat-3"]')?.getAttribute('class'))).toMatch(/true|selected/);

    // Drag Seat 3 (neutral) to passive opponent: the chance changes before the pointer is released.
    const node = (await page.locator('[data-actor-id="seat-3"]').boundingBox())!;
    // Grab the dot (left end of the node), not the gap beside its label.
    const grab = { x: node.x + node.height / 2, y: node.y + node.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x - 3, grab.y + 3, { steps: 2 });
    const [tx, ty] = await plotPoint(page, -0.5, 0.5);
    await page.mouse.move(tx, ty, { steps: 10 });
    await expect.poll(() => chance(page)).toBeLessThan(0.45);
    expect(await page.evaluate(() => document.querySelector('[data-testid="save-status"]')?.textContent)).toBe('Saved');
    await page.mouse.up();
    await saved(page);
    const after = await settledChance(page);
    expect(Math.abs(after - (await cliProject(app)).pAdopt)).toBeLessThan(1e-9);
    expect(app.problems).toEqual([]);
  });

  it('edits the deciding body in one undoable step, and tries a what-if without changing the map', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'New map' }).click();
    await page.locator('input[name="town"]').fill('Putney');
    await page.getByLabel('Vermont Selectboard of 3').check();
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.waitForSelector('.map-screen');
    await expect.poll(() => page.getByTestId('expected').textContent()).toContain('of 2 needed');

    await page.getByRole('button', { name: 'Deciding body…' }).click();
    await page.locator('select[name="threshold"]').selectOption('two-thirds');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('expected').textContent()).toContain('of 2 needed');
    await page.getByRole('button', { name: 'Deciding body…' }).click();
    await page.locator('select[name="threshold"]').selectOption('atLeast');
    await page.getByLabel('At least this many yes votes').fill('3');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('expected').textContent()).toContain('of 3 needed');
    // All three neutral: 1/8.
    expect(await chance(page)).toBeCloseTo(1 / 8, 12);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('expected').textContent()).toContain('of 2 needed');

    // What-if: Seat 1 becomes an active ally and Seat 2 misses the meeting.
    await page.getByRole('button', { name: 'New what-if' }).click();
    await page.getByRole('button', { name: 'Add change' }).click();
    await page.getByRole('button', { name: 'Add change' }).click();
    const changes = page.getByTestId('scenarios').locator('.scenario-changes li');
    await changes.nth(1).getByLabel('Change').selectOption('absent');
    // Seat 1 yes w.p. 0.95, Seat 2 absent, Seat 3 at 1/2: two of three needed → 0.95 × 0.5.
    await expect.poll(() => chance(page)).toBeCloseTo(0.475, 12);
    await expect.poll(() => page.getByTestId('scenario-compare').textContent()).toMatch(/Map: 50%.*What-if: 48%/);
    if (SHOTS) {
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByText('Qué pasaría si', { exact: false }).first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'projection-es.png') });
      await page.getByRole('button', { name: 'English' }).click();
    }
    // The map itself is unchanged; back on the map the chance is the map's again.
    await page.getByTestId('scenario-select').selectOption('');
    await expect.poll(() => chance(page)).toBeCloseTo(0.5, 12);
    expect((await cliProject(app, ['--scenario', 'What-if 1'])).pAdopt).toBeCloseTo(0.475, 12);

    // Apply it: one batch, one undo step.
    await page.getByTestId('scenario-select').selectOption({ label: 'What-if 1' });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Apply to map' }).click();
    await expect.poll(() => chance(page)).toBeCloseTo(0.475, 12);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => chance(page)).toBeCloseTo(0.5, 12);
    expect(app.problems).toEqual([]);
  });
});
