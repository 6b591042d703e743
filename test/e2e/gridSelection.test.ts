/**
 * Pressing, selecting and releasing on the grid (issue #16): the selection is drawn by the nodes
 * and hulls themselves and the editor follows a step behind the grid, so these check that what a
 * person sees after each gesture is still complete and right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { councilMap } from '../../bench/pages/fixture';
import { newActor } from '../../shared/model';
import { startApp, type App } from './harness';
import { closeReadReopen, openFixture, plotRect, waitSaved } from './gridHelpers';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

type Page = App['page'];

async function centre(page: Page, id: string): Promise<[number, number]> {
  const b = (await page.locator(`[data-actor-id="${id}"] .shape`).boundingBox())!;
  return [b.x + b.width / 2, b.y + b.height / 2];
}

const selectedIds = (page: Page) => page.locator('[data-actor-id].selected').evaluateAll((els) => els.map((el) => el.getAttribute('data-actor-id')));

describe('pressing and releasing on the grid', () => {
  it('shows a press as a selection at once, opens the editor, and commits the drag with the editor following', async () => {
    app = await startApp();
    const { page } = app;
    const file = await openFixture(app, councilMap());
    const editorTitle = page.locator('#editor-title');
    const where = page.locator('.editor-where');

    // Press (not released): Gina is selected, drawn with her halo, and the editor opens on her.
    const [gx, gy] = await centre(page, 'm6');
    await page.mouse.move(gx, gy);
    await page.mouse.down();
    expect(await selectedIds(page)).toEqual(['m6']);
    const gina = page.locator('[data-actor-id="m6"]');
    expect(await gina.getAttribute('aria-pressed')).toBe('true');
    expect(await gina.locator('.halo').count()).toBe(1);
    expect(await gina.locator('.label').textContent()).toBe('Gina Patel');
    await expect.poll(() => editorTitle.textContent()).toBe('Gina Patel');
    expect(await where.textContent()).toBe('Gina Patel, decision-maker, passive ally');

    // Drag her into the neutral column and release: the grid and the editor show the new column.
    const r = await plotRect(page);
    const to: [number, number] = [r.x + r.width * 0.5, r.y + r.height * 0.5];
    await page.mouse.move(to[0], to[1], { steps: 8 });
    await page.mouse.up();
    await waitSaved(page);
    expect(await gina.getAttribute('aria-label')).toBe('Gina Patel, decision-maker, neutral');
    await expect.poll(() => where.textContent()).toBe('Gina Patel, decision-maker, neutral');
    expect(await selectedIds(page)).toEqual(['m6']);

    // Pressing another actor moves the selection and the editor to her; the first loses her halo.
    const [ax, ay] = await centre(page, 'm0');
    await page.mouse.move(ax, ay);
    await page.mouse.down();
    await page.mouse.up();
    expect(await selectedIds(page)).toEqual(['m0']);
    expect(await gina.getAttribute('aria-pressed')).toBe('false');
    expect(await gina.locator('.halo').count()).toBe(0);
    await expect.poll(() => editorTitle.textContent()).toBe('Ana Ruiz');

    const onDisk = await closeReadReopen(app, file);
    const moved = onDisk.actors.find((a) => a.id === 'm6')!;
    expect(moved.x).toBeCloseTo(0, 1);
    expect(moved.y).toBeCloseTo(0.5, 1);
    expect(onDisk.actors.filter((a) => a.id !== 'm6')).toEqual(councilMap().actors.filter((a) => a.id !== 'm6'));
    expect(app.problems).toEqual([]);
  });

  it('marks a block selected when all its members are, and names the only actor selected even where names crowd', async () => {
    app = await startApp();
    const { page } = app;
    const map = councilMap();
    // Six influencers on one spot: the label layout has four sides to give, so two names are hidden.
    for (let i = 0; i < 6; i++) map.actors.push(newActor(`c${i}`, 'influencer', `Crowd ${i}`, { x: -0.1, y: 0.05 }));
    await openFixture(app, map);
    const hull = page.locator('[data-block-id="b1"]');
    expect(await hull.getAttribute('class')).not.toContain('selected');

    // Old guard is Eve (m4) and Frank (m5): a click and a Shift-click select both, and its hull.
    for (const [id, shift] of [['m4', false], ['m5', true]] as const) {
      const [x, y] = await centre(page, id);
      if (shift) await page.keyboard.down('Shift');
      await page.mouse.click(x, y);
      if (shift) await page.keyboard.up('Shift');
    }
    expect(await selectedIds(page)).toEqual(['m4', 'm5']);
    expect(await hull.getAttribute('class')).toContain('selected');
    await expect.poll(() => page.locator('#editor-title').textContent()).toBe('2 selected');

    const unnamed = await page.locator('[data-actor-id^="c"]:not(:has(.label))').evaluateAll((els) => els.map((el) => el.getAttribute('data-actor-id')!));
    expect(unnamed.length).toBeGreaterThan(0);
    const hidden = unnamed[0]!;
    // Selected from the keyboard (it is covered by the others): its name shows, to the right.
    await page.locator(`[data-actor-id="${hidden}"]`).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => selectedIds(page)).toEqual([hidden]);
    expect(await hull.getAttribute('class')).not.toContain('selected');
    const label = page.locator(`[data-actor-id="${hidden}"] .label`);
    expect(await label.textContent()).toBe(`Crowd ${hidden.slice(1)}`);
    // To the right of its dot: the label is centred in a box that starts past the dot.
    expect(Number(await label.getAttribute('x'))).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  it('puts the keyboard in the editor of the actor just reached, even when Enter comes before the editor follows', async () => {
    app = await startApp();
    const { page } = app;
    await openFixture(app, councilMap());
    await page.locator('[data-actor-id="m6"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => selectedIds(page)).toEqual(['m6']);
    await expect.poll(() => page.locator('#editor-title').textContent()).toBe('Gina Patel');
    // Hugo's node takes the focus (which selects him) and Enter follows in the same task, before
    // the editor, one painted frame behind the selection, can show him.
    await page.evaluate(() => {
      const hugo = document.querySelector('[data-actor-id="m7"]') as SVGGElement;
      hugo.focus();
      hugo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null)).toBe('Hugo Silva');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('actor-editor-name');
    expect(await selectedIds(page)).toEqual(['m7']);
    expect(app.problems).toEqual([]);
  });
});
