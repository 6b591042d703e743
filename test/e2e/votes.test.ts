/**
 * Recorded votes and snapshots in Chromium, in English and Spanish: a roll call entered by tapping
 * (and by keyboard), the projection of that morning rebuilt from the file's journal and the Brier
 * score, a snapshot taken and renamed, and all of it in the map file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { keyOf } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { emptyMap, newActor } from '../../shared/model';
import { formatPercent } from '../../shared/projectionWords';
import { brierText, reviewVote } from '../../shared/votes';
import { moreCommand, readFromDisk } from './gridHelpers';
import { startApp, type App } from './harness';
import { votingMap } from './votesMap';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

const seated = (id: string, name: string, x: number, over = {}) => newActor(id, 'decision-maker', name, { seat: true, x, y: 0.5, ...over });

/**
 * Five seats, a majority of the whole (3). Cal moves from neutral to passive ally on 1 November and
 * Dan from passive opponent to active ally on 5 November, both at noon UTC, so the morning of
 * 3 November is the same map in every time zone: pYes 0.95, 0.75, 0.75, 0.25 and Eva 0.05 at
 * attendance 0.8.
 */
function riverton(): { dataDir: string; file: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-votes-'));
  fs.mkdirSync(path.join(dataDir, 'maps'));
  const file = path.join(dataDir, 'maps', 'riverton.powermap');
  const map = emptyMap('Riverton', 'No Polimigra', '2026-10-01T12:00:00.000Z');
  map.body = { ...map.body, name: 'Selectboard', seats: 5 };
  map.actors = [seated('a', 'Ana Ruiz', 0.9), seated('b', 'Bea Lamb', 0.5), seated('c', 'Cal Ortiz', 0), seated('d', 'Dan Wolfe', -0.5), seated('e', 'Eva Pike', -0.9, { pPresent: 0.8 })];
  const times = ['2026-11-01T12:00:00.000Z', '2026-11-05T12:00:00.000Z'];
  const doc = MapDocument.create(file, map, { now: () => times.shift()! });
  doc.apply({ type: 'actors.move', moves: [{ id: 'c', x: 0.5, y: 0.5 }] });
  doc.apply({ type: 'actors.move', moves: [{ id: 'd', x: 0.9, y: 0.5 }] });
  doc.close();
  return { dataDir, file };
}

const WORDS = {
  en: {
    votes: 'Votes',
    snapshots: 'Snapshots',
    adopted: 'Was it adopted?',
    yes: 'Yes',
    absent: 'Absent',
    save: 'Save vote',
    saved: 'Vote saved',
    close: 'Close',
    closeMap: 'Close map',
    take: 'Take a snapshot now',
    rename: 'Rename',
    save2: 'Save',
    snapshotName: 'Before the October council meeting',
    renamed: 'Before the November vote',
    measure: 'No Polimigra policy',
    percent: /64%/,
    dan: /25%/,
    brier: '0.038',
  },
  es: {
    votes: 'Votaciones',
    snapshots: 'Fotos del momento',
    adopted: '¿Se adoptó?',
    yes: 'Sí',
    absent: 'Ausente',
    save: 'Guardar votación',
    saved: 'Votación guardada',
    close: 'Cerrar',
    closeMap: 'Cerrar el mapa',
    take: 'Tomar una foto ahora',
    rename: 'Cambiar nombre',
    save2: 'Guardar',
    snapshotName: 'Antes de la reunión del concejo de octubre',
    renamed: 'Antes de la votación de noviembre',
    measure: 'Política No Polimigra',
    percent: /64\s%/,
    dan: /25\s%/,
    brier: '0,038',
  },
} as const;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** Whether the dialog fits the window (nothing of it cut off). */
const fits = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });

describe('recorded votes and snapshots in the app', { timeout: 240_000 }, () => {
  for (const lang of ['en', 'es'] as const) {
    it(`records a roll call by tapping, scores it against that morning, and takes a snapshot (${lang})`, async () => {
      const w = WORDS[lang];
      const { dataDir, file } = riverton();
      app = await startApp({ dataDir, openKey: keyOf(file), language: lang });
      const { page } = app;
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForSelector('.map-screen');

      await moreCommand(page, w.votes);
      const dialog = page.locator('.votes-dialog');
      await dialog.waitFor();
      await dialog.locator('input[name="date"]').fill('2026-11-03');
      await dialog.locator('input[name="measure"]').fill(w.measure);
      // The morning of 3 November: P(≥ 3 yes of 0.95, 0.75, 0.75, 0.25, 0.8 · 0.05) = 0.64278125.
      await expect.poll(() => page.getByTestId('votes-morning-chance').textContent()).toMatch(w.percent);
      // Dan was a passive opponent that morning (he moved two days later).
      expect(await dialog.locator('tr[data-member="d"] [data-testid="chance"]').textContent()).toMatch(w.dan);

      // One tap per member…
      const row = (id: string) => dialog.locator(`tr[data-member="${id}"]`);
      for (const id of ['a', 'b', 'c']) await row(id).getByText(w.yes, { exact: true }).click();
      // …or the keyboard: from Cal's ballot, Tab past Cal's "clear" to Dan's ballots, and → picks the second (No).
      await row('c').getByRole('radio', { name: w.yes }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      expect(await row('d').getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
      await row('e').getByText(w.absent, { exact: true }).click();
      await dialog.getByRole('radiogroup', { name: w.adopted }).getByText(w.yes, { exact: true }).click();

      // (0.05² + 0.25² + 0.25² + 0.25² + 0.04²) / 5 = (0.0025 + 3 · 0.0625 + 0.0016) / 5 = 0.03832
      await expect.poll(() => page.getByTestId('votes-brier').textContent()).toBe(w.brier);
      expect(await fits(page, '.votes-dialog')).toBe(true);
      await dialog.getByRole('button', { name: w.save }).click();
      await dialog.getByRole('status').filter({ hasText: w.saved }).waitFor();
      await dialog.locator('.votes-list li button[aria-current]').filter({ hasText: w.measure }).waitFor();
      await shoot(page, `votes-${lang}`);
      // A save is one undoable step. English: undo, redo, then edit a ballot; Spanish: delete, then undo.
      const listed = dialog.locator('.votes-list li');
      if (lang === 'en') {
        await page.keyboard.press('Control+z');
        await expect.poll(() => listed.count()).toBe(0);
        await page.keyboard.press('Control+Shift+z');
        await expect.poll(() => listed.count()).toBe(1);
        await row('e').getByText('No', { exact: true }).click();
        await dialog.getByRole('button', { name: 'Save changes' }).click();
        await dialog.getByRole('status').filter({ hasText: w.saved }).waitFor();
      } else {
        await dialog.getByRole('button', { name: 'Eliminar votación' }).click();
        await dialog.getByRole('status').filter({ hasText: 'Votación eliminada' }).waitFor();
        expect(await listed.count()).toBe(0);
        await page.keyboard.press('Control+z');
        await expect.poll(() => listed.count()).toBe(1);
      }
      await dialog.getByRole('button', { name: w.close, exact: true }).click();

      await moreCommand(page, w.snapshots);
      const snaps = page.locator('.snapshots-dialog');
      // The default name, with today's date, is seen whole at 1024×768.
      const nameBox = snaps.locator('input[name="snapshot-name"]');
      expect(await nameBox.inputValue()).toMatch(lang === 'en' ? /^Snapshot, / : /^Foto del momento, \d+ de \w+ de \d{4}$/);
      expect(await nameBox.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await snaps.locator('input[name="snapshot-name"]').fill(w.snapshotName);
      await snaps.getByRole('button', { name: w.take }).click();
      await snaps.locator('.snapshot-name', { hasText: w.snapshotName }).waitFor();
      await snaps.getByRole('button', { name: w.rename }).click();
      await snaps.locator('.snapshot-rename input').fill(w.renamed);
      await snaps.getByRole('button', { name: w.save2, exact: true }).click();
      await snaps.locator('.snapshot-name', { hasText: w.renamed }).waitFor();
      expect(await fits(page, '.snapshots-dialog')).toBe(true);
      await shoot(page, `snapshots-${lang}`);
      await snaps.getByRole('button', { name: w.close, exact: true }).click();

      // The map file holds both, journaled; the command line's numbers are the screen's.
      await page.getByRole('button', { name: w.closeMap }).click();
      await page.locator('.recent-item').first().waitFor();
      const map = readFromDisk(file);
      expect(map.votes).toEqual([
        {
          id: expect.any(String),
          date: '2026-11-03',
          measure: w.measure,
          ballots: { a: 'yes', b: 'yes', c: 'yes', d: 'no', e: lang === 'en' ? 'no' : 'absent' },
          executive: null,
          adopted: true,
        },
      ]);
      expect(map.snapshots).toEqual([{ id: expect.any(String), name: w.renamed, at: expect.any(String) }]);
      const doc = MapDocument.open(file, { readOnly: true });
      const journal = doc.journal();
      doc.close();
      const edits = lang === 'en' ? ['vote.add', 'vote.delete', 'vote.add', 'vote.update'] : ['vote.add', 'vote.delete', 'vote.add'];
      expect(journal.map((e) => e.op.type)).toEqual(['actors.move', 'actors.move', ...edits, 'snapshot.add', 'snapshot.update']);
      const review = reviewVote(map, journal, map.votes[0]!);
      expect(review.projectedPAdopt).toBeCloseTo(0.64278125, 12);
      // Eva's "no" scores as her "absent" did: (0.04 − 0)² either way.
      expect(review.brier).toBeCloseTo(0.03832, 12);
      expect(app.problems).toEqual([]);
    });
  }
});

/**
 * A council with 2,000 journaled edits and four recorded votes: the mornings are worked out in a
 * worker. Its script is held back at first, so the dialog is seen while it works (the list of votes
 * at once, the morning marked as being worked out, no figures); once it is let through, each vote
 * shows the figures the command line's code (shared/votes) computes in Node from the same file.
 */
describe('the mornings of a long history, worked out in a worker', { timeout: 240_000 }, () => {
  const WORKING = { en: 'Working out the projection of that morning…', es: 'Calculando la proyección de esa mañana…' } as const;
  for (const lang of ['en', 'es'] as const) {
    it(`shows the list at once, then each vote's morning as shared/votes gives it (${lang})`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-votes-long-'));
      fs.mkdirSync(path.join(dataDir, 'maps'));
      const file = votingMap(path.join(dataDir, 'maps'), 2000);
      const doc = MapDocument.open(file, { readOnly: true });
      const { map } = doc;
      const journal = doc.journal();
      doc.close();
      const reviews = map.votes.map((v) => reviewVote(map, journal, v));
      expect(reviews.map((r) => r.projectedPAdopt)).not.toContain(null);

      app = await startApp({ dataDir, openKey: keyOf(file), language: lang });
      const { page, context } = app;
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let asked = 0;
      await context.route(/mornings\.worker-[\w-]+\.js$/, async (route) => {
        asked++;
        await held;
        await route.continue();
      });
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForSelector('.map-screen');
      await moreCommand(page, WORDS[lang].votes);
      const dialog = page.locator('.votes-dialog');
      const listed = dialog.locator('.votes-list li');
      await expect.poll(() => listed.count()).toBe(4);
      const morning = page.getByTestId('votes-morning');
      await expect.poll(() => page.getByTestId('votes-working').textContent()).toBe(WORKING[lang]);
      await expect.poll(() => asked).toBeGreaterThan(0);
      expect(await morning.getAttribute('aria-busy')).toBe('true');
      expect(await page.getByTestId('votes-morning-chance').count()).toBe(0);
      expect(await page.getByTestId('votes-brier').count()).toBe(0);
      expect(await dialog.locator('tr[data-member="m0"] [data-testid="chance"]').textContent()).toBe('…');
      expect(await dialog.locator('.votes-list').textContent()).not.toContain('Brier');
      await shoot(page, `votes-working-${lang}`);

      release();
      await expect.poll(() => morning.getAttribute('aria-busy')).toBe('false');
      expect(await page.getByTestId('votes-working').count()).toBe(0);
      await shoot(page, `votes-long-${lang}`);
      // The list: every vote's Brier score.
      for (const [i, r] of reviews.entries()) expect(await listed.nth(i).textContent()).toContain(brierText(r.brier!, lang));
      // Each vote, picked in the list: its chance that morning, each member's, and the score.
      for (const i of [3, 0, 2, 1]) {
        const r = reviews[i]!;
        await listed.nth(i).getByRole('button').click();
        await expect.poll(() => page.getByTestId('votes-morning-chance').textContent()).toBe(formatPercent(r.projectedPAdopt!, lang));
        expect(await page.getByTestId('votes-brier').textContent()).toBe(brierText(r.brier!, lang));
        for (const m of r.members) expect(await dialog.locator(`tr[data-member="${m.id}"] [data-testid="chance"]`).textContent()).toBe(formatPercent(m.pYesBallot!, lang));
      }
      expect(app.problems).toEqual([]);
    });
  }
});
