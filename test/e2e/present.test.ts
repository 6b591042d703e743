/**
 * Presentation mode in Chromium at projector sizes: every slide fits without scrolling, slide text
 * is at least 24 px, clicker keys step through, B blanks, the language switches live, Esc leaves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { keyOf } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { fixtureMap } from '../store/helpers';
import { startApp, type App } from './harness';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

function councilData(): { dataDir: string; file: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-present-'));
  fs.mkdirSync(path.join(dataDir, 'maps'));
  const file = path.join(dataDir, 'maps', 'winooski.powermap');
  const map = fixtureMap('council-9.json');
  map.nextSteps = 'Meet Robert Whitcomb before the 14th\nBring three Ward 4 farmworkers to the hearing';
  map.links.push({ from: 'i4', to: 'm5', strength: 0.3 }, { from: 'i5', to: 'm5', strength: 0.9 });
  MapDocument.create(file, map).close();
  return { dataDir, file };
}

/** What a slide shows that could fail a projector: overflow, scrolling, text under 24 px. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.presentation .slide') as HTMLElement;
    const r = slide.getBoundingClientRect();
    const small: string[] = [];
    for (const el of slide.querySelectorAll<HTMLElement>('h1, p, li, div, span')) {
      if (el.closest('svg') || !el.textContent?.trim()) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (own && parseFloat(getComputedStyle(el).fontSize) < 24) small.push(`${el.tagName}.${el.className}: ${getComputedStyle(el).fontSize}`);
    }
    const clipped = [...slide.querySelectorAll<HTMLElement>('.slide-body > *')].filter((el) => el.getBoundingClientRect().bottom > r.bottom + 0.5).length;
    return {
      id: slide.dataset.slide,
      inside: r.left >= -0.5 && r.top >= -0.5 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5,
      // The page may be taller than the window underneath; it must not be able to scroll.
      scrolls:
        (document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth) &&
        getComputedStyle(document.documentElement).overflow !== 'hidden',
      overflow: slide.scrollHeight > slide.clientHeight + 1,
      clipped,
      small,
      text: slide.innerText,
    };
  });
}

describe('presentation mode', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits every slide at ${size.width}×${size.height}, steps with clicker keys, blanks and leaves`, async () => {
      const { dataDir, file } = councilData();
      app = await startApp({ dataDir, openKey: keyOf(file) });
      const { page } = app;
      await page.setViewportSize(size);
      await page.waitForSelector('.map-screen');
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.getByTestId('presentation').waitFor();

      const seen: string[] = [];
      for (let i = 0; i < 10; i++) {
        const m = await measure(page);
        if (seen.includes(m.id!)) break;
        seen.push(m.id!);
        expect(m, `${m.id}`).toMatchObject({ inside: true, scrolls: false, overflow: false, clipped: 0, small: [] });
        if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `present-${size.width}-${m.id}-en.png`) });
        await page.keyboard.press(['ArrowRight', 'Space', 'PageDown', 'ArrowDown'][i % 4]!);
      }
      expect(seen).toEqual(['map', 'count', 'swing', 'win', 'next']);

      // The swing slide names who can reach Robert, strongest first; the next steps are listed.
      await page.keyboard.press('Home');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      expect((await measure(page)).text).toContain('Can reach them: Dairy farmers');
      await page.keyboard.press('End');
      expect((await measure(page)).text).toContain('Bring three Ward 4 farmworkers to the hearing');
      await page.keyboard.press('PageUp');
      expect((await measure(page)).id).toBe('win');

      // B blanks the screen and brings the same slide back.
      await page.keyboard.press('b');
      await expect.poll(() => page.locator('.presentation .slide').count()).toBe(0);
      await page.keyboard.press('B');
      expect((await measure(page)).id).toBe('win');

      // Keys do not reach the map underneath: nothing was undone or moved.
      expect(app.host.docById(app.host.openPath(file).docId).map.actors.find((a) => a.id === 'm1')!.x).toBe(0.88);

      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
      await page.getByTestId('grid-plot').waitFor();
    });
  }

  it('switches language live on the slide being shown, and keeps Spanish text large', async () => {
    const { dataDir, file } = councilData();
    app = await startApp({ dataDir, openKey: keyOf(file) });
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForSelector('.map-screen');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.keyboard.press('ArrowRight');
    expect((await measure(page)).text).toContain('The vote count');
    await page.locator('.present-controls').getByRole('button', { name: 'Español' }).click();
    const es = await measure(page);
    expect(es.id).toBe('count');
    expect(es.text).toContain('El conteo de votos');
    expect(es.text).toContain('Probabilidad de adopción');
    for (let i = 0; i < 4; i++) {
      const m = await measure(page);
      expect(m, `${m.id}`).toMatchObject({ inside: true, scrolls: false, overflow: false, clipped: 0, small: [] });
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `present-1024-${m.id}-es.png`) });
      await page.keyboard.press('ArrowRight');
    }
    expect(app.problems).toEqual([]);
  });
});
