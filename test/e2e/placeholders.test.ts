/**
 * Input placeholders are read whole, in English and Spanish, on a 1024×768 and a 1280×720 screen:
 * "…oprima Ente…" teaches nothing. Chromium does not count a placeholder in an input's scrollWidth,
 * so each text input is measured holding its placeholder as its value (scrollWidth ≤ clientWidth);
 * a number input, which cannot hold text, by the placeholder's own font on a canvas.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { councilMap } from '../../bench/pages/fixture';
import { startApp, type App } from './harness';
import { openFixture } from './gridHelpers';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Every visible input with a placeholder that does not fit, as "placeholder (needs N px, has M px)". */
async function cutPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!el.placeholder || el.offsetParent === null) continue;
      const style = getComputedStyle(el);
      let needs: number;
      let has: number;
      if (el.type === 'number') {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = getComputedStyle(el, '::placeholder').font || style.font;
        needs = Math.ceil(ctx.measureText(el.placeholder).width);
        // The spin buttons take about 16 px of the content box.
        has = el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 16;
      } else {
        const value = el.value;
        el.value = el.placeholder;
        needs = el.scrollWidth;
        has = el.clientWidth;
        el.value = value;
      }
      if (needs > has) cut.push(`${el.placeholder} (needs ${needs} px, has ${has} px)`);
    }
    return cut;
  });
}

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];

describe('placeholders fit their inputs', () => {
  for (const language of ['en', 'es'] as const) {
    it(`in ${language === 'en' ? 'English' : 'Spanish'}, on the map screen and in its dialogs`, async () => {
      app = await startApp({ language });
      const { page } = app;
      const cut: string[] = [];
      const check = async (where: string) => {
        for (const s of SCREENS) {
          await page.setViewportSize(s);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          for (const c of await cutPlaceholders(page)) cut.push(`${where} at ${s.width}×${s.height}: ${c}`);
        }
      };
      // The new-map dialog.
      await page.getByRole('button', { name: /^(New map|Mapa nuevo)$/ }).click();
      await page.locator('input[name="town"]').waitFor();
      await check('new map');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^(Cancel|Cancelar)$/ }).click();

      const map = councilMap();
      map.actors.push({ ...map.actors[1]!, id: 'u1', name: 'Unplaced', x: null, y: null, seat: false });
      await openFixture(app, map);
      await check('map screen');
      // One actor selected: the editor's new-block field.
      await page.locator('[data-actor-id="m2"] .shape').click();
      await check('actor editor');
      // A what-if scenario's name.
      await page.getByRole('button', { name: /^(New what-if|Nuevo escenario)$/ }).click();
      await page.locator('.scenario-edit input').waitFor();
      await page.locator('.scenario-edit input').fill('');
      await check('what-if');
      // The deciding body dialog, its name emptied to show the placeholder.
      await page.getByRole('button', { name: /^(Deciding body|Órgano que decide)…$/ }).click();
      await page.locator('input[name="body-name"]').fill('');
      await check('deciding body');
      expect(cut).toEqual([]);
      expect(app.problems).toEqual([]);
    });
  }
});
