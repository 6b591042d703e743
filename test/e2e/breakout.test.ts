/**
 * What a committee runs into in its first minutes (#11, items 6, 8, 9, 10): voting blocks named on
 * the grid and reachable by mouse and keyboard with their own editor; the link tool's instructions
 * and link strength; what unplaced members count as; the mayor-as-member template and seat roles
 * that follow a renamed body. Real renderer, real loopback host, real map file.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { councilMap } from '../../bench/pages/fixture';
import { column } from '../../shared/model';
import { startApp, type App } from './harness';
import { closeReadReopen, linkInkAt, midpointOf, openFixture, pixelOf, plotRect, waitSaved } from './gridHelpers';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const pressed = (page: Page, id: string) => page.locator(`[data-actor-id="${id}"]`).getAttribute('aria-pressed');
/** The ink of the Farm Bureau → Eve Larsen link around its middle: a thicker line leaves more. */
const linkMiddle = (page: Page) => {
  const { actors } = councilMap();
  return midpointOf(page, actors.find((a) => a.id === 'i1')!, actors.find((a) => a.id === 'm4')!);
};
const linkWidth = async (page: Page) => linkInkAt(page, await linkMiddle(page), 7);

describe('voting blocks on the grid', () => {
  it('shows each block name inside the plot, legibly, and a click on the hull selects the block', async () => {
    app = await startApp();
    const { page } = app;
    await openFixture(app, councilMap());
    for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const plot = await plotRect(page);
      for (const [id, name] of [['b0', 'Progressive caucus'], ['b1', 'Old guard']] as const) {
        const label = page.locator(`[data-block-id="${id}"] .block-label`);
        expect(await label.textContent()).toBe(name);
        const box = (await page.locator(`[data-block-id="${id}"] .block-name-pill`).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(plot.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
        expect(box.y).toBeGreaterThanOrEqual(plot.y - 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(plot.y + plot.height + 0.5);
        expect(Number.parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
        // The whole name is on its pill.
        const text = (await label.boundingBox())!;
        expect(text.width).toBeLessThanOrEqual(box.width);
      }
    }
    await page.locator('[data-block-id="b1"] .block-name-pill').click();
    await page.getByTestId('block-editor').waitFor();
    expect(await page.getByTestId('block-editor').getByRole('heading').textContent()).toContain('Old guard');
    expect([await pressed(page, 'm4'), await pressed(page, 'm5'), await pressed(page, 'm0')]).toEqual(['true', 'true', 'false']);
    // Clicking someone else lets the block go.
    await page.locator('[data-actor-id="m2"] .shape').click();
    await page.getByTestId('block-editor').waitFor({ state: 'detached' });
    expect(app.problems).toEqual([]);
  });

  it('reaches a block by Tab, selects it with Enter, moves its members with the arrows, and edits it; all undoable and on disk', async () => {
    app = await startApp();
    const { page } = app;
    const before = councilMap();
    const file = await openFixture(app, before);
    // Hulls are in the tab order right after the grid, with a name that says what they are.
    await page.locator('svg.grid-svg').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Voting block Progressive caucus, 3 members');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Voting block Old guard, 2 members');
    await page.keyboard.press('Enter');
    await page.getByTestId('block-editor').waitFor();
    expect(await pressed(page, 'm4')).toBe('true');
    expect(await page.locator('[data-block-id="b1"]').getAttribute('aria-pressed')).toBe('true');
    // Shift+→ moves both members a column's width toward ally, each press one edit.
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await waitSaved(page);
    expect(await page.locator('[data-actor-id="m4"]').getAttribute('aria-label')).toBe('Eve Larsen, decision-maker, neutral');
    expect(await page.locator('[data-actor-id="m5"]').getAttribute('aria-label')).toBe('Frank Odom, decision-maker, passive opponent');
    expect(await page.getByTestId('block-editor').isVisible()).toBe(true);

    // Rename, then cohesion from the keyboard (the slider commits when the key is let go).
    const editor = page.getByTestId('block-editor');
    await editor.locator('input[name="block-name"]').fill('Farm caucus');
    await editor.locator('input[name="block-name"]').press('Enter');
    await expect.poll(() => page.locator('[data-block-id="b1"] .block-label').textContent()).toBe('Farm caucus');
    expect(await page.locator('[data-block-id="b1"]').getAttribute('aria-label')).toBe('Voting block Farm caucus, 2 members');
    await editor.locator('input[name="block-cohesion"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => editor.textContent()).toContain('Votes together: 85% of the time');
    // Take a member out: the block stays selected, now with one member.
    await editor.getByRole('button', { name: 'Remove Frank Odom from the block' }).click();
    await expect.poll(() => pressed(page, 'm5')).toBe('false');
    expect(await editor.isVisible()).toBe(true);
    await waitSaved(page);

    // Each edit was one undo step: five undos give back the block and its members' places, five redos the edits.
    await page.locator('svg.grid-svg').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await page.locator('[data-block-id="b1"] .block-label').textContent()).toBe('Old guard');
    expect(await page.locator('[data-actor-id="m4"]').getAttribute('aria-label')).toBe('Eve Larsen, decision-maker, passive opponent');
    expect(await page.locator('[data-actor-id="m5"]').getAttribute('aria-label')).toBe('Frank Odom, decision-maker, active opponent');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);

    const after = await closeReadReopen(app, file);
    expect(after.blocks[1]).toEqual({ id: 'b1', name: 'Farm caucus', members: ['m4'], cohesion: 0.85 });
    const moved = (id: string) => after.actors.find((a) => a.id === id)!.x! - before.actors.find((a) => a.id === id)!.x!;
    expect(moved('m4')).toBeCloseTo(0.4, 6);
    expect(moved('m5')).toBeCloseTo(0.4, 6);
    expect(column(after.actors.find((a) => a.id === 'm4')!.x!)).toBe(2);
    expect(app.problems).toEqual([]);
  });
});

describe('influence links', () => {
  it('says how to draw and delete links while the tool is on, in the UI language; Esc stops (and lists names in Spanish)', async () => {
    app = await startApp({ language: 'es' });
    const { page } = app;
    await openFixture(app, councilMap());
    expect(await page.getByTestId('link-tool-hint').count()).toBe(0);
    await page.getByRole('button', { name: 'Dibujar vínculos' }).click();
    const hint = page.getByTestId('link-tool-hint');
    expect(await hint.textContent()).toContain('Arrastre desde una persona o grupo influyente hasta una persona que decide');
    expect(await hint.textContent()).toContain('oprima Supr');
    expect(await hint.textContent()).toContain('Esc');
    await page.keyboard.press('Escape');
    await hint.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Dibujar vínculos' }).getAttribute('aria-pressed')).toBe('false');
    // The hint's own button stops the tool too.
    await page.getByRole('button', { name: 'Dibujar vínculos' }).click();
    await page.getByRole('button', { name: 'Terminar (Esc)' }).click();
    await hint.waitFor({ state: 'detached' });
    // And a list of names reads as Spanish: "Eve Larsen y Frank Odom".
    await expect.poll(() => page.getByTestId('minimal-set').textContent()).toContain('Mover a Eve Larsen y Frank Odom a aliado activo');
    expect(app.problems).toEqual([]);
  });

  it('shows the pointing hand over a link, where a click picks it, and the plain pointer beside it', async () => {
    app = await startApp();
    const { page } = app;
    await openFixture(app, councilMap());
    const cursor = () => page.locator('svg.grid-svg').evaluate((el) => getComputedStyle(el).cursor);
    const [x, y] = await linkMiddle(page);
    // Beside the link: 40 px across it, where no link is painted.
    const { actors } = councilMap();
    const [ax, ay] = await pixelOf(page, actors.find((a) => a.id === 'i1')!.x!, actors.find((a) => a.id === 'i1')!.y!);
    const len = Math.hypot(x - ax, y - ay);
    const beside: [number, number] = [x - ((y - ay) / len) * 40, y + ((x - ax) / len) * 40];
    expect(await linkInkAt(page, beside, 8)).toBe(0);
    await page.mouse.move(x, y);
    await expect.poll(cursor).toBe('pointer');
    await page.mouse.move(...beside);
    await expect.poll(cursor).toBe('auto');
    await page.mouse.move(x, y);
    await expect.poll(cursor).toBe('pointer');
    // A click there picks the link the hand promised.
    await page.mouse.click(x, y);
    await page.getByTestId('link-editor').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('a picked link shows its strength; changing it is one undoable edit, drawn thicker and kept on disk', async () => {
    app = await startApp();
    const { page } = app;
    const file = await openFixture(app, councilMap());
    expect(await linkWidth(page)).toBeGreaterThan(0);
    // Click the middle of the Farm Bureau → Eve Larsen link.
    await page.mouse.click(...(await linkMiddle(page)));
    const editor = page.getByTestId('link-editor');
    await editor.waitFor();
    // Measured picked (drawn in the highlight colour), as it stays through the edit and its undo.
    const widthBefore = await linkWidth(page);
    expect(await editor.textContent()).toContain('Farm Bureau → Eve Larsen');
    expect(await editor.textContent()).toContain('Strength: 80%');
    await editor.locator('input[name="link-strength"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => editor.textContent()).toContain('Strength: 90%');
    await waitSaved(page);
    const widthAfter = await linkWidth(page);
    expect(widthAfter).toBeGreaterThan(widthBefore);
    await page.locator('svg.grid-svg').focus();
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await linkWidth(page)).toBe(widthBefore);
    await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);
    expect(await linkWidth(page)).toBe(widthAfter);
    const after = await closeReadReopen(app, file);
    expect(after.links.find((l) => l.from === 'i1' && l.to === 'm4')!.strength).toBe(0.9);
    expect(app.problems).toEqual([]);
  });
});

async function newMapFromTemplate(page: Page, hint: RegExp, seats?: number) {
  await page.getByRole('button', { name: /^(New map|Mapa nuevo)$/ }).click();
  await page.locator('input[name="town"]').fill('Riverton');
  await page.getByLabel(hint).check();
  if (seats !== undefined) await page.locator('input[name="template-seats"]').fill(String(seats));
  await page.locator('.dialog button[type="submit"]').click();
  await page.waitForSelector('.map-screen');
}

describe('members not placed yet', () => {
  it('says how many members are placed and that the others count as undecided, in English and Spanish', async () => {
    for (const [lang, hint, none, one, rest] of [
      ['en', /Vermont Selectboard of 5/, '0 of 5 members placed', '1 of 5 members placed', 'The 4 members not placed yet count as undecided (50% yes each)'],
      ['es', /Junta de Gobierno Local \(Selectboard\) de 5/, '0 de 5 integrantes colocados', '1 de 5 integrantes colocados', 'Los 4 integrantes que faltan por colocar cuentan como indecisos (50 % de sí cada uno)'],
    ] as const) {
      app = await startApp({ language: lang });
      const { page } = app;
      await newMapFromTemplate(page, hint);
      const note = page.getByTestId('placed-note');
      // Percentages are written as the language writes them ("50 %" with a no-break space in Spanish).
      const text = async () => (await note.textContent())?.replace(/\s/g, ' ');
      await expect.poll(text).toContain(none);
      await page.locator('[data-roster-id="seat-1"] button.place').click();
      await expect.poll(text).toContain(one);
      expect(await text()).toContain(rest);
      // With everyone placed the note goes.
      for (let i = 2; i <= 5; i++) await page.locator(`[data-roster-id="seat-${i}"] button.place`).click();
      await note.waitFor({ state: 'detached' });
      expect(app.problems).toEqual([]);
      await app.close();
      app = null;
    }
  });
});

describe('body templates and roles', () => {
  it('makes a City Council whose mayor votes as a member; renaming the body renames the seat roles in one undo step', async () => {
    app = await startApp();
    const { page } = app;
    await newMapFromTemplate(page, /mayor who votes as a member/, 7);
    await expect.poll(() => page.locator('[data-roster-id]').count()).toBe(7);
    expect(await page.locator('[data-roster-id="mayor"]').textContent()).toContain('Mayor');
    await expect.poll(() => page.getByTestId('expected').textContent()).toContain('of 4 needed');
    const roles = () => page.locator('[data-roster-id] .actor-meta').allTextContents();
    expect((await roles()).filter((r) => r === 'City councilor')).toHaveLength(6);

    await page.getByRole('button', { name: /Deciding body/ }).click();
    await page.locator('input[name="body-name"]').fill('Board of Aldermen');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await roles()).filter((r) => r === 'Board of Aldermen member').length).toBe(6);
    expect(await page.locator('[data-roster-id="mayor"] .actor-meta').textContent()).toBe('Mayor');
    await waitSaved(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await roles()).filter((r) => r === 'City councilor').length).toBe(6);
    expect(app.problems).toEqual([]);
  });
});
