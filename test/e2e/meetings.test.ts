/**
 * Constituent meetings end to end (issue 13), in real Chromium against the real loopback host, in
 * English and in Spanish: log a meeting from a member's editor, accept the move it suggests (one
 * undo step with the meeting), see it in the list and its follow-up as overdue, mark it done, and
 * find the meeting's id on the journal entry in the map file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { keyOf } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { createTranslator } from '../../shared/i18n';
import { addDays, localDay } from '../../shared/meetings/followups';
import { formatDay } from '../../shared/meetings/words';
import { MAP_LIMITS } from '../../shared/mapLimits';
import { columnCentre, emptyMap, newActor } from '../../shared/model';
import { formatPercent } from '../../shared/projectionWords';
import { moreCommand } from './gridHelpers';
import { startApp, type App } from './harness';

const SHOTS = process.env.POWERMAP_SCREENSHOTS;

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

function riverton(dir: string): string {
  const file = path.join(dir, 'riverton.powermap');
  const map = emptyMap('Riverton', 'No Polimigra — Selectboard', new Date().toISOString());
  map.body = { ...map.body, seats: 3 };
  map.actors = [
    newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true, x: 0, y: 0.5 }),
    newActor('m2', 'decision-maker', 'Bea Núñez', { seat: true, x: -0.5, y: 0.6 }),
    newActor('m3', 'decision-maker', 'Cal Whitcomb', { seat: true, x: 0.5, y: 0.4 }),
    newActor('i1', 'influencer', 'Faith coalition', { x: 0.8, y: 0.3 }),
  ];
  MapDocument.create(file, map).close();
  return file;
}

/** Clicks a button that downloads a file; the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pm-dl-')), d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** With POWERMAP_SCREENSHOTS set: the screen at 1024×768 and at 1280×720, then back to the test's size. */
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  const size = page.viewportSize()!;
  for (const [width, height] of [[1024, 768], [1280, 720]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
  }
  await page.setViewportSize(size);
};

for (const language of ['en', 'es'] as const) {
  it(`logs a meeting from a member's editor, moves the member with it in one undo step, and follows it up (${language})`, async () => {
    const t = createTranslator(language);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-meetings-'));
    fs.mkdirSync(path.join(dataDir, 'maps'));
    const file = riverton(path.join(dataDir, 'maps'));
    app = await startApp({ dataDir, openKey: keyOf(file), language });
    const { page } = app;
    await page.setViewportSize(language === 'en' ? { width: 1280, height: 720 } : { width: 1024, height: 768 });
    await page.waitForSelector('.map-screen');
    const stored = () => app!.host.openDocs()[0]!.map;
    const saved = () => page.getByTestId('save-status').filter({ hasText: new RegExp(`^${t('status.saved')}$`) }).waitFor();
    const today = localDay(new Date());
    const due = addDays(today, -2);

    // From Ana's editor: the form opens on her, with today's date.
    await page.locator('[data-actor-id="m1"]').click();
    await page.getByRole('button', { name: t('meetings.logFromEditor') }).click();
    const dialog = page.getByRole('dialog', { name: t('meetings.form.titleNew') });
    await dialog.waitFor();
    expect(await dialog.locator('input[name="date"]').inputValue()).toBe(today);
    expect(await dialog.getByRole('checkbox', { name: 'Ana Ruiz' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Bea Núñez' }).isChecked()).toBe(false);
    await dialog.locator('input[name="attendees"]').fill('Olga; two Ward 3 voters');
    await dialog.locator('input[name="ask"]').fill('Co-sponsor the policy');
    await dialog.locator('select[name="response"]').selectOption('leaning-yes');
    await dialog.locator('input[name="commitment"]').fill('Will read it, call back, then decide');
    await dialog.locator('input[name="owner"]').fill('Olga');
    await dialog.locator('input[name="due"]').fill(due);
    await dialog.locator('textarea[name="notes"]').fill('Asked about the budget;\nwants the sheriff’s view');
    await shot(page, `meeting-form-${language}`);
    await dialog.getByRole('button', { name: t('meetings.form.save') }).click();

    // Leaning yes suggests the Passive-ally column; accepting saves the meeting and the move together.
    await dialog.getByText(`${t('column.2')} → ${t('column.3')}`).waitFor();
    expect(await dialog.getByRole('checkbox', { name: /Ana Ruiz/ }).isChecked()).toBe(true);
    // Ana to 0.75 beside Bea's 0.25 and Cal's 0.75: two of three, 50 % → 65.6 %.
    expect(await dialog.getByTestId('offer-chance').textContent()).toBe(
      t('meetings.offer.chance', { before: formatPercent(0.5, language), after: formatPercent(0.65625, language) }),
    );
    await shot(page, `meeting-offer-${language}`);
    await dialog.getByRole('button', { name: t('meetings.offer.accept') }).click();
    await dialog.waitFor({ state: 'detached' });
    await saved();
    const meeting = stored().meetings[0]!;
    expect(meeting).toMatchObject({
      date: today,
      with: ['m1'],
      attendees: 'Olga; two Ward 3 voters',
      ask: 'Co-sponsor the policy',
      response: 'leaning-yes',
      followUp: { owner: 'Olga', due, done: false },
      notes: 'Asked about the budget;\nwants the sheriff’s view',
    });
    expect(stored().actors.find((a) => a.id === 'm1')!.x).toBeCloseTo(columnCentre(3), 4);

    // Her editor names the last meeting with her.
    await page.getByRole('button', { name: t('meetings.lastMet', { date: formatDay(today, language), response: t('meetings.response.leaning-yes') }) }).waitFor();

    // The list, by keyboard (M), shows it with its response.
    await page.locator('[data-actor-id="m1"]').focus();
    await page.keyboard.press('m');
    const list = page.getByRole('dialog', { name: t('meetings.title') });
    const row = list.locator(`[data-meeting-id="${meeting.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(formatDay(today, language));
    expect(await row.locator('.response-badge').textContent()).toBe(t('meetings.response.leaning-yes'));
    await shot(page, `meetings-list-${language}`);
    const csv = await download(page, list.getByRole('button', { name: t('meetings.list.exportCsv') }));
    expect(csv.name).toMatch(/^riverton-\d{4}-\d\d-\d\d\.meetings\.csv$/);
    expect(csv.text).toContain(`${today},Ana Ruiz,Olga; two Ward 3 voters,Co-sponsor the policy,${t('meetings.response.leaning-yes')}`);
    await list.getByRole('status').filter({ hasText: csv.name }).waitFor();

    // The follow-up is overdue, under its owner; marking it done takes it off the list.
    await list.getByRole('tab', { name: t('meetings.tabs.followUps') }).click();
    const olga = list.getByRole('region', { name: 'Olga' });
    await olga.waitFor();
    expect(await olga.locator('.status-badge').textContent()).toBe(t('meetings.status.overdue'));
    expect(await olga.locator('.follow-up-due').textContent()).toBe(formatDay(due, language));
    await shot(page, `meetings-followups-${language}`);
    const ics = await download(page, list.getByRole('button', { name: t('meetings.followUps.exportIcs') }));
    expect(ics.name).toMatch(/\.followups\.ics$/);
    expect(ics.text).toContain(`UID:followup-${meeting.id}@powermap.local\r\nDTSTAMP:`);
    expect(ics.text).toContain(`DTSTART;VALUE=DATE:${due.replace(/-/g, '')}\r\n`);
    expect(ics.text).toContain(`SUMMARY:${t('meetings.ics.summaryOwner', { names: 'Ana Ruiz', owner: 'Olga' })}\r\n`);
    await olga.getByRole('checkbox').click();
    await list.getByText(t('meetings.followUps.empty')).waitFor();
    await saved();
    expect(stored().meetings[0]!.followUp).toEqual({ owner: 'Olga', due, done: true });

    // Undo: the follow-up is open again; once more, and the meeting and Ana's move go together.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().meetings[0]?.followUp?.done).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().meetings.length).toBe(0);
    expect(stored().actors.find((a) => a.id === 'm1')!.x).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stored().meetings[0]?.followUp?.done).toBe(true);
    await saved();

    // Edit: a firm yes now, saved without moving her; then delete, and undo brings it back.
    await page.locator('[data-actor-id="m1"]').focus();
    await page.keyboard.press('m');
    await list.getByRole('button', { name: t('meetings.list.editLabel', { date: formatDay(today, language), names: 'Ana Ruiz' }) }).click();
    const edit = page.getByRole('dialog', { name: t('meetings.form.titleEdit') });
    expect(await edit.locator('input[name="ask"]').inputValue()).toBe('Co-sponsor the policy');
    await edit.locator('select[name="response"]').selectOption('yes');
    await edit.getByRole('button', { name: t('meetings.form.save') }).click();
    await edit.getByText(`${t('column.3')} → ${t('column.4')}`).waitFor();
    await edit.getByRole('button', { name: t('meetings.offer.decline') }).click();
    await row.locator('.response-badge').filter({ hasText: t('meetings.response.yes') }).waitFor();
    await saved();
    expect(stored().meetings[0]!.response).toBe('yes');
    expect(stored().actors.find((a) => a.id === 'm1')!.x).toBeCloseTo(columnCentre(3), 4);
    await list.getByRole('button', { name: t('meetings.list.deleteLabel', { date: formatDay(today, language), names: 'Ana Ruiz' }) }).click();
    await list.getByText(t('meetings.list.empty')).waitFor();
    await saved();
    expect(stored().meetings).toEqual([]);
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored().meetings.map((m) => m.response)).toEqual(['yes']);
    await saved();

    // The file: the meeting and its move are one journal entry, filed under the meeting's id.
    await page.getByRole('button', { name: t('toolbar.close') }).click();
    await page.locator('.recent-item').first().waitFor();
    const doc = MapDocument.open(file, { readOnly: true });
    try {
      expect(doc.map.meetings.map((m) => m.id)).toEqual([meeting.id]);
      const journal = doc.journal();
      const logged = journal.find((e) => e.op.type === 'batch' && e.op.ops[0]!.type === 'meeting.add')!;
      expect(logged.meeting).toBe(meeting.id);
      expect(logged.op).toMatchObject({ type: 'batch', ops: [{ type: 'meeting.add' }, { type: 'actors.move', moves: [{ id: 'm1' }] }] });
      // Marking the follow-up done and the later edit are filed under the meeting too.
      // (The undo and redo between them are journaled as edits of their own.)
      const filed = journal.filter((e) => e.op.type === 'meeting.update' && e.meeting !== null);
      expect(filed.map((e) => e.meeting)).toEqual([meeting.id, meeting.id]);
      expect(filed.map((e) => (e.op as { patch: object }).patch)).toEqual([{ followUp: { owner: 'Olga', due, done: true } }, { response: 'yes' }]);
    } finally {
      doc.close();
    }
    expect(app.problems).toEqual([]);
  });
}

it('lists long logs 50 at a time, newest first (meetings, snapshots), and refuses a meeting past the map’s limit with a message (es)', async () => {
  const t = createTranslator('es');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-meetings-'));
  fs.mkdirSync(path.join(dataDir, 'maps'));
  const file = path.join(dataDir, 'maps', 'long-log.powermap');
  const map = emptyMap('Riverton', 'No Polimigra', new Date().toISOString());
  map.actors = [newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true, x: 0, y: 0.5 })];
  // A full log: the newest meeting on day 0 of the list, the oldest last.
  const day = (i: number) => addDays('2026-11-30', -i);
  map.meetings = Array.from({ length: MAP_LIMITS.meetings }, (_, i) => ({
    id: `mt${i}`,
    date: day(i),
    with: ['m1'],
    attendees: '',
    ask: `Ask ${i}`,
    response: 'undecided' as const,
    commitment: '',
    followUp: null,
    notes: '',
  })).reverse();
  map.snapshots = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, name: `Foto ${i}`, at: `${day(i)}T18:00:00.000Z` }));
  MapDocument.create(file, map).close();
  app = await startApp({ dataDir, openKey: keyOf(file), language: 'es' });
  const { page } = app;
  await page.waitForSelector('.map-screen');
  await page.keyboard.press('m');
  const rows = page.locator('.meeting-list > li');
  await expect.poll(() => rows.count()).toBe(50);
  expect(await rows.first().getAttribute('data-meeting-id')).toBe('mt0');
  await page.getByText(t('meetings.list.count', { count: MAP_LIMITS.meetings })).waitFor();
  // "Show 50 older": 50 more, and the keyboard goes on from the first of them.
  await page.getByRole('button', { name: t('meetings.list.showOlder', { count: 50 }) }).click();
  await expect.poll(() => rows.count()).toBe(100);
  expect(await rows.nth(50).getAttribute('data-meeting-id')).toBe('mt50');
  expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-meeting-id'))).toBe('mt50');

  // The log is full: a new meeting is refused, with the limit said, and nothing is added.
  await page.getByRole('button', { name: t('meetings.list.log') }).click();
  const form = page.getByRole('dialog', { name: t('meetings.form.titleNew') });
  await form.getByRole('checkbox', { name: 'Ana Ruiz' }).check();
  await form.getByRole('button', { name: t('meetings.form.save') }).click();
  await page.getByRole('alert').filter({ hasText: t('errors.mapFull.meetings', { max: MAP_LIMITS.meetings }) }).waitFor();
  expect(app.host.openDocs()[0]!.map.meetings).toHaveLength(MAP_LIMITS.meetings);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  // Snapshots likewise: the newest 50, then the 10 older.
  await moreCommand(page, t('snapshots.button'));
  const shots = page.locator('.snapshot-list > li');
  await expect.poll(() => shots.count()).toBe(50);
  expect(await shots.first().getAttribute('data-snapshot')).toBe('s0');
  await page.getByRole('button', { name: t('snapshots.showOlder', { count: 10 }) }).click();
  await expect.poll(() => shots.count()).toBe(60);
  expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-snapshot'))).toBe('s50');
  await expect.poll(() => page.getByRole('button', { name: t('snapshots.showOlder', { count: 10 }) }).count()).toBe(0);
  expect(app.problems).toEqual([]);
});
