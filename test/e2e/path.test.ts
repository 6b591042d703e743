/**
 * The path to victory in Chromium (issue 15): the 5-member council (Ana x 0.8, Tom 0.4, Liz 0.0,
 * Dev −0.4, Joe −0.8; Ana and Tom a block of cohesion 0.8; whole majority; 5 seats) shows Tom +1
 * and Liz +2 columns, 3 steps, 91.3%, with arrows on the grid, a target that can be changed, a
 * "Try it" scenario, a path that follows a drag before release, and the same in Spanish.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { powermap } from '../cli/run';
import { FIXTURES } from '../store/helpers';
import { startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

async function openCouncil(language: 'en' | 'es'): Promise<App> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-path-'));
  fs.mkdirSync(path.join(dataDir, 'maps'));
  const r = powermap(['import', path.join(FIXTURES, 'council-path.json'), path.join(dataDir, 'maps', 'riverton.powermap')]);
  expect(r.code, r.stderr).toBe(0);
  const a = await startApp({ dataDir, language });
  await a.page.locator('.recent-item').first().click();
  await a.page.waitForSelector('.map-screen');
  return a;
}

const headline = (page: Page) => page.getByTestId('path-headline').textContent();

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [w, h] of [[1280, 720], [1024, 768]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${w}x${h}.png`) });
    await page.getByTestId('path').screenshot({ path: path.join(SHOTS, `${name}-panel-${w}x${h}.png`) });
  }
}

describe('the path to victory', { timeout: 120_000 }, () => {
  it('shows Tom +1 and Liz +2 columns, 3 steps, 91.3%, arrows on the grid, and tries it as a scenario', async () => {
    app = await openCouncil('en');
    const { page } = app;
    await expect.poll(() => headline(page)).toContain('Move Tom from passive ally to active ally and Liz from neutral to active ally: 91%');
    expect(await page.getByTestId('path-summary').textContent()).toBe('3 steps, chance 91.3%');
    const steps = page.locator('.path-steps > li');
    expect(await steps.evaluateAll((els) => els.map((e) => [e.getAttribute('data-member-id'), e.querySelector('.path-columns')!.textContent]))).toEqual([
      ['tom', '+1 column'],
      ['liz', '+2 columns'],
    ]);
    // Who can reach Liz, strongest link first.
    expect(await steps.nth(1).locator('.reach').textContent()).toBe('Who can reach them: Teachers union and Faith coalition');
    // The smallest set stays as a secondary line.
    expect(await page.getByTestId('minimal-set').textContent()).toContain('Smallest set to move');

    // The grid: one arrow per member to move, ending at the centre of the target column.
    const arrows = page.locator('[data-testid="path-arrows"] [data-member-id]');
    expect(await arrows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-member-id'), e.getAttribute('data-to')]))).toEqual([
      ['tom', '4'],
      ['liz', '4'],
    ]);
    const end = await page.locator('[data-testid="path-arrows"] [data-member-id="liz"] line').evaluate((l) => l.getBoundingClientRect().right);
    const plot = (await page.getByTestId('grid-plot').boundingBox())!;
    expect(Math.abs(end - (plot.x + plot.width * 0.9))).toBeLessThan(6); // active ally's centre: x = 0.8
    await shot(page, 'path-en');

    // A lower target needs fewer steps.
    await page.locator('.path-target button', { hasText: '75%' }).click();
    await expect.poll(() => page.getByTestId('path-summary').textContent()).toMatch(/^[12] steps?, chance/);
    await page.getByTestId('path-target-input').fill('99');
    await page.getByTestId('path-target-input').press('Enter');
    await expect.poll(() => headline(page)).toMatch(/^99% is out of reach|^Move /);
    await page.locator('.path-target button', { hasText: '90%' }).click();
    await expect.poll(() => page.getByTestId('path-summary').textContent()).toBe('3 steps, chance 91.3%');

    // Try it: a what-if scenario with the path's moves, shown at once.
    await page.getByTestId('path-try').click();
    await expect.poll(() => page.getByTestId('scenario-select').inputValue()).not.toBe('');
    await expect.poll(async () => Number(await page.getByTestId('chance').getAttribute('data-value'))).toBeCloseTo(0.912676875, 9);
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toBe('Path to victory (90%)');
    expect(app.problems).toEqual([]);
  });

  it('follows a drag before the pointer is released, and speaks Spanish', async () => {
    app = await openCouncil('es');
    const { page } = app;
    await expect.poll(() => headline(page)).toMatch(/^Mueva a Tom de aliado pasivo a aliado activo y a Liz de neutral a aliado activo: 91\s%/);
    expect(await page.getByTestId('path-summary').textContent()).toMatch(/^3 pasos, probabilidad 91,3\s%$/);
    await shot(page, 'path-es');

    // Drag Liz to active ally and hold: the path no longer needs her.
    const liz = (await page.locator('[data-actor-id="liz"]').boundingBox())!;
    const plot = (await page.getByTestId('grid-plot').boundingBox())!;
    await page.mouse.move(liz.x + liz.width / 2, liz.y + liz.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.95, liz.y + liz.height / 2, { steps: 10 });
    await expect.poll(() => headline(page)).not.toContain('Liz');
    await page.mouse.up();
    expect(app.problems).toEqual([]);
  });
});
