/**
 * History in the app, in real Chromium against the real host and a map file whose journal the real
 * store wrote: the chance over time with meetings, snapshots and votes marked; what shifted since
 * the last reportback, with the moves drawn on the grid; one person's stance history; in English
 * and Spanish. POWERMAP_SCREENSHOTS=<dir> saves pictures at 1024×768 and 1280×720.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { shiftedSince } from '../../shared/history';
import { keyOf } from '../../electron/host/handlers';
import { drag, moreCommand, pixelOf, waitSaved } from './gridHelpers';
import { startApp, type App } from './harness';
import { campaignMap } from './historyMap';

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const WORDS = {
  en: {
    history: 'History',
    shiftedTab: 'What shifted',
    arrows: 'Show the moves on the grid',
    close: 'Close',
    stance: 'Stance over time',
    months: /Sep|Oct|Nov|Dec/,
    heading: 'What shifted since the snapshot “September reportback”',
    beaMove: 'Neutral → Passive ally',
    meeting: /Meeting of Sep 4, 2026 — Co-sponsor the policy/,
    danRow: /Dan Moss\s*Passive opponent\s*Neutral\s*\+/,
    faith: /Faith coalition\s*not on the map\s*Active ally/,
  },
  es: {
    history: 'Historial',
    shiftedTab: 'Qué cambió',
    arrows: 'Mostrar los movimientos en la cuadrícula',
    close: 'Cerrar',
    stance: 'Postura a lo largo del tiempo',
    months: /sept|oct|nov|dic/,
    heading: 'Qué cambió desde la foto del momento «September reportback»',
    beaMove: 'Neutral → Aliado pasivo',
    meeting: /Reunión del 4 sept 2026 — Co-sponsor the policy/,
    danRow: /Dan Moss\s*Oponente pasivo\s*Neutral\s*\+/,
    faith: /Faith coalition\s*no estaba en el mapa\s*Aliado activo/,
  },
} as const;

async function shoot(page: Page, name: string, show?: Locator) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(300);
    await show?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${name}-${w}x${h}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('history in the app', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'es'] as const) {
    const w = WORDS[lang];
    it(`shows the chance over time, what shifted since the last reportback with arrows on the grid, and a stance history (${lang})`, async () => {
      app = await startApp({ language: lang });
      const { page } = app;
      const file = campaignMap(app.mapsDir);
      // What the command line's code says shifted since the snapshot, read before the app opens the file.
      const doc = MapDocument.open(file, { readOnly: true });
      const expected = shiftedSince(doc.map, doc.journal(), '2026-09-20T20:00:00.000Z');
      doc.close();
      await page.reload();
      await page.locator('.recent-item').first().click();
      await page.getByTestId('grid-plot').waitFor();

      // The timeline: one point per journal change, the meeting, the snapshot and the vote marked.
      await moreCommand(page, w.history);
      const chart = page.getByTestId('timeline-chart');
      await chart.waitFor();
      expect(await chart.locator('circle.timeline-point').count()).toBe(9);
      expect(await chart.locator('[data-mark]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-mark')))).toEqual(['meeting', 'snapshot', 'vote']);
      const ticks = await page.getByTestId('timeline-tick').allTextContents();
      expect(ticks.length).toBeGreaterThan(1);
      for (const tick of ticks) expect(tick).toMatch(w.months);
      expect(await chart.getAttribute('aria-label')).toMatch(/\d+\s?%/);
      await shoot(page, `timeline-${lang}`);
      // The same figures as a table.
      await page.locator('.timeline-table summary').click();
      const table = await page.locator('.timeline-table table').innerText();
      // At 1024×768 the dialog scrolls as a whole: its Close button comes after the table, not over it.
      await page.setViewportSize({ width: 1024, height: 768 });
      const [tableBottom, closeTop] = await page.evaluate(() => [
        document.querySelector('.timeline-table table')!.getBoundingClientRect().bottom,
        document.querySelector('.history-dialog .dialog-actions button')!.getBoundingClientRect().top,
      ]);
      expect(closeTop).toBeGreaterThanOrEqual(tableBottom);
      await page.setViewportSize({ width: 1440, height: 900 });
      expect(table).toMatch(w.meeting);
      expect(table).toContain('Spoke at the forum');

      // What shifted since the last reportback (the latest snapshot).
      await page.getByRole('tab', { name: w.shiftedTab }).click();
      const view = page.getByTestId('shifted-view');
      await expect.poll(() => view.locator('h3').textContent()).toContain(w.heading);
      const rows = await page.getByTestId('shifted-table').locator('tbody tr').allInnerTexts();
      // Cal's move was undone: not a change. Largest share first; Faith coalition (no vote) last.
      expect(expected.changes.map((c) => c.name).sort()).toEqual(['Dan Moss', 'Eve Park', 'Faith coalition']);
      expect(rows.map((r) => r.split(/\t|\n/)[0])).toEqual(expected.changes.map((c) => c.name));
      expect(rows.find((r) => r.startsWith('Dan'))).toMatch(w.danRow);
      expect(rows[2]).toMatch(w.faith);
      const then = await page.getByTestId('chance-then').textContent();
      const now = await page.getByTestId('chance-now').textContent();
      expect(Number.parseInt(now!, 10)).toBeGreaterThan(Number.parseInt(then!, 10));
      await page.getByLabel(w.arrows).check();
      await shoot(page, `shifted-${lang}`);
      await page.getByRole('button', { name: w.close, exact: true }).click();

      // The moves on the grid: Dan and Eve moved (Faith coalition is new: no arrow).
      const arrows = page.getByTestId('shift-arrows');
      await arrows.waitFor();
      expect((await arrows.locator('[data-shift-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-shift-id')))).sort()).toEqual(['m4', 'm5']);
      await shoot(page, `shifted-grid-${lang}`);

      // Bea's stance over time, with the meeting behind her move.
      await page.locator('[data-actor-id="m2"] .shape').click();
      await page.getByText(w.stance).click();
      const stance = page.getByTestId('stance-history');
      await expect.poll(() => stance.locator('li').count()).toBe(1);
      const item = await stance.locator('li').innerText();
      expect(item).toContain(w.beaMove);
      expect(item).toMatch(w.meeting);
      await shoot(page, `stance-${lang}`, stance);

      // Switched off, the arrows leave the grid.
      await moreCommand(page, w.history);
      await page.getByRole('tab', { name: w.shiftedTab }).click();
      await page.getByLabel(w.arrows).uncheck();
      await page.getByRole('button', { name: w.close, exact: true }).click();
      await expect.poll(() => page.getByTestId('shift-arrows').count()).toBe(0);
      expect(app.problems).toEqual([]);
    });
  }
});

/**
 * The moves on the grid read the journal once for the moment chosen, not at every edit: they start
 * where each person stood at the snapshot and end where each stands on the screen, so an edit, its
 * undo and another tab's edit each move them at once, as shiftedSince on the host's file says.
 */
it('keeps the moves on the grid right through an edit, its undo and another tab, without reading the journal again', { timeout: 180_000 }, async () => {
  app = await startApp();
  const { page } = app;
  const file = campaignMap(app.mapsDir);
  await page.reload();
  await page.locator('.recent-item').first().click();
  await page.getByTestId('grid-plot').waitFor();
  const reads: string[] = [];
  page.on('request', (r) => void (r.url().endsWith('/api/maps.journalText') && reads.push(r.url())));

  await moreCommand(page, WORDS.en.history);
  await page.getByRole('tab', { name: WORDS.en.shiftedTab }).click();
  await page.getByLabel(WORDS.en.arrows).check();
  await page.getByRole('button', { name: WORDS.en.close, exact: true }).click();
  const arrows = page.getByTestId('shift-arrows').locator('[data-shift-id]');
  const shown = () => arrows.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-shift-id')).sort());
  // What the host's file says moved on the grid since the snapshot (September reportback).
  const moved = () => {
    const doc = app!.host.openDocs()[0]!;
    const { changes } = shiftedSince(doc.map, doc.journal(), '2026-09-20T20:00:00.000Z');
    return changes.filter((c) => c.then?.x != null && c.now?.x != null && (c.then.x !== c.now.x || c.then.y !== c.now.y)).map((c) => c.id).sort();
  };
  await expect.poll(shown).toEqual(['m4', 'm5']);
  const readsOn = reads.length;
  expect(readsOn).toBeGreaterThan(0);

  // Ana (an active ally since before the snapshot) dragged to neutral: an arrow from where she stood.
  const dragActor = async (p: Page, id: string, to: [number, number]) => {
    const box = (await p.locator(`[data-actor-id="${id}"] .shape`).boundingBox())!;
    await drag(p, [box.x + box.width / 2, box.y + box.height / 2], await pixelOf(p, ...to));
    await waitSaved(p);
  };
  await dragActor(page, 'm1', [0, 0.9]);
  await expect.poll(shown).toEqual(['m1', 'm4', 'm5']);
  expect(moved()).toEqual(['m1', 'm4', 'm5']);
  expect(await page.locator('[data-shift-id="m1"]').getAttribute('aria-label')).toBe('Ana Ruiz moved from Active ally to Neutral');
  // Undone: no arrow for her.
  await page.keyboard.press('Control+z');
  await waitSaved(page);
  await expect.poll(shown).toEqual(['m4', 'm5']);
  expect(moved()).toEqual(['m4', 'm5']);
  // Another tab drags Cal (an active opponent) to passive opponent: this tab shows his arrow.
  const other = await app.reopen(keyOf(file));
  await other.getByTestId('grid-plot').waitFor();
  await dragActor(other, 'm3', [-0.4, 0.9]);
  await expect.poll(shown, { timeout: 20_000 }).toEqual(['m3', 'm4', 'm5']);
  expect(moved()).toEqual(['m3', 'm4', 'm5']);
  expect(await page.locator('[data-shift-id="m3"]').getAttribute('aria-label')).toBe('Cal Ortiz moved from Active opponent to Passive opponent');
  // None of it read the journal again.
  expect(reads.length).toBe(readsOn);
  expect(app.problems).toEqual([]);
});
