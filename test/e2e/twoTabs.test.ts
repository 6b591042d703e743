/**
 * Two tabs on one map (issue 12, item 3), in real Chromium against the real loopback host: each
 * tab learns of the other's edits; a Deciding body dialog opened before the other tab saved changes
 * only what was changed in it; a clash (both changed the same thing) is refused with a message and
 * the tab then shows the current map; "Close map" in one tab leaves the other saving.
 */
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createTranslator } from '../../shared/i18n';
import { keyOf } from '../../electron/host/handlers';
import { createMapViaUi, startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const en = createTranslator('en');

async function addPerson(page: Page, name: string): Promise<void> {
  await page.getByPlaceholder('Name, then Enter').fill(name);
  await page.keyboard.press('Enter');
}

const openBody = (page: Page) => page.getByRole('button', { name: 'Deciding body…' }).click();
const saveBody = (page: Page) => page.getByRole('button', { name: 'Save', exact: true }).click();

it('keeps two tabs of one map in step, merges a stale dialog field by field, refuses a clash visibly, and survives one tab closing', async () => {
  app = await startApp();
  const a = app.page;
  await createMapViaUi(a, 'Riverton');
  const file = app.host.openDocs()[0]!.file;
  const b = await app.reopen(keyOf(file));
  await b.waitForSelector('.map-screen');
  const stored = () => app!.host.openDocs()[0]!.map;

  // An edit in B shows in A without anything done in A.
  await addPerson(b, 'Ana Ruiz');
  await expect.poll(() => a.locator('.actor-name').allTextContents(), { timeout: 20_000 }).toEqual(['Ana Ruiz']);

  // A opens the Deciding body dialog; meanwhile B saves a new voting rule.
  await openBody(a);
  await openBody(b);
  await b.locator('select[name="threshold"]').selectOption('two-thirds');
  await saveBody(b);
  await expect.poll(() => stored().body.rule.threshold).toBe('two-thirds');
  // A's dialog still shows the old rule; A renames the body, and only the name changes.
  expect(await a.locator('select[name="threshold"]').inputValue()).toBe('majority');
  await a.locator('input[name="body-name"]').fill('Town Council');
  await saveBody(a);
  await expect.poll(() => stored().body.name).toBe('Town Council');
  expect(stored().body.rule.threshold).toBe('two-thirds');
  await a.locator('.body-dialog').waitFor({ state: 'detached' });

  // Both rename the body from the same starting point: the later one is refused, with a message.
  await expect.poll(() => a.evaluate(() => document.querySelector('.toolbar') !== null)).toBe(true);
  await openBody(a);
  expect(await a.locator('input[name="body-name"]').inputValue()).toBe('Town Council');
  await openBody(b);
  await b.locator('input[name="body-name"]').fill('Board');
  await saveBody(b);
  await expect.poll(() => stored().body.name).toBe('Board');
  await a.locator('input[name="body-name"]').fill('Council of Riverton');
  await saveBody(a);
  await a.getByText(en('errors.stale')).waitFor();
  expect(stored().body.name).toBe('Board');
  expect(stored().body.rule.threshold).toBe('two-thirds');
  if (process.env.PM_SHOTS) await a.screenshot({ path: `${process.env.PM_SHOTS}/two-tabs-stale.png` });
  // A now shows the map as it is.
  await a.keyboard.press('Escape');
  await a.locator('.error-banner button').click();
  await openBody(a);
  expect(await a.locator('input[name="body-name"]').inputValue()).toBe('Board');
  expect(await a.locator('select[name="threshold"]').inputValue()).toBe('two-thirds');
  await a.keyboard.press('Escape');

  // B closes the map; A goes on editing, and its edits are saved.
  await b.getByRole('button', { name: 'Close map' }).click();
  await b.getByRole('button', { name: 'New map' }).waitFor();
  await addPerson(a, 'Bob Chen');
  await expect.poll(() => stored().actors.map((x) => x.name)).toEqual(['Ana Ruiz', 'Bob Chen']);
  await a.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  expect(await a.getByText(en('errors.not-found')).count()).toBe(0);
});
