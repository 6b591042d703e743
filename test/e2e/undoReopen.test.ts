/**
 * Undo survives reopening (DESIGN.md §10): the renderer rebuilds its undo and redo stacks from the
 * map's journal when the map opens, in real Chromium against the real host and file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { closeReadReopen, onlyMapFile, waitSaved } from './gridHelpers';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const needed = (page: Page) => page.getByTestId('expected').textContent();

async function setAtLeast(page: Page, votes: number) {
  await page.getByRole('button', { name: 'Deciding body…' }).click();
  await page.locator('select[name="threshold"]').selectOption('atLeast');
  await page.getByLabel('At least this many yes votes').fill(String(votes));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => needed(page)).toContain(`of ${votes} needed`);
  await waitSaved(page);
}

async function newSelectboard(page: Page) {
  await page.getByRole('button', { name: 'New map' }).click();
  await page.locator('input[name="town"]').fill('Putney');
  await page.getByLabel('Vermont Selectboard of 3').check();
  await page.getByRole('button', { name: 'Create map' }).click();
  await page.waitForSelector('.map-screen');
  await expect.poll(() => needed(page)).toContain('of 2 needed');
}

describe('undo after reopening', () => {
  it('Undo after closing and reopening the map undoes the last edit made before closing', async () => {
    app = await startApp();
    const { page } = app;
    await newSelectboard(page);
    await setAtLeast(page, 3);
    const onDisk = await closeReadReopen(app, onlyMapFile(app));
    expect(onDisk.body.rule.threshold).toEqual({ atLeast: 3 });
    await expect.poll(() => needed(page)).toContain('of 3 needed');
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(() => needed(page)).toContain('of 2 needed');
    await waitSaved(page);
    // And the undo itself is saved: the file holds the majority rule again.
    expect((await closeReadReopen(app, onlyMapFile(app))).body.rule.threshold).toBe('majority');
    expect(app.problems).toEqual([]);
  });

  it('two edits, one undone, then reopened: Redo does the undone edit again, Undo walks back both', async () => {
    app = await startApp();
    const { page } = app;
    await newSelectboard(page);
    await setAtLeast(page, 3);
    await setAtLeast(page, 1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => needed(page)).toContain('of 3 needed');
    await waitSaved(page);
    await closeReadReopen(app, onlyMapFile(app));
    await expect.poll(() => needed(page)).toContain('of 3 needed');
    const redo = page.getByRole('button', { name: 'Redo' });
    await expect.poll(() => redo.isEnabled()).toBe(true);
    await redo.click();
    await expect.poll(() => needed(page)).toContain('of 1 needed');
    await expect.poll(() => redo.isEnabled()).toBe(false);
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.click();
    await expect.poll(() => needed(page)).toContain('of 3 needed');
    await undo.click();
    await expect.poll(() => needed(page)).toContain('of 2 needed');
    await waitSaved(page);
    expect((await closeReadReopen(app, onlyMapFile(app))).body.rule.threshold).toBe('majority');
    expect(app.problems).toEqual([]);
  });
});
