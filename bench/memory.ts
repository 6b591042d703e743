/**
 * Campaign memory at its limits (issue #16), in real Chromium: `npm run bench memory`.
 * A 15-seat council whose map holds as many meetings, snapshots and recorded votes as a map may
 * (MAP_LIMITS) and a journal of BENCH_JOURNAL edits (default 50,000: a committee's two years).
 * Each repetition opens the map, then the Meetings dialog (and its follow-ups, and "Show older"),
 * the Snapshots, Votes and History dialogs (and the timeline's table), and reports the longest task the page ran in each step
 * (the Long Tasks API: tasks of 50 ms or more; "<50" when there were none), the median of
 * BENCH_REPS repetitions (default 3). The target is no task over 100 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Meeting, RecordedVote, Snapshot } from '../shared/memory/model';
import { MAP_LIMITS } from '../shared/mapLimits';
import { emptyMap, newActor, type PowerMap } from '../shared/model';
import { applyOperation, type Operation } from '../shared/ops';
import { moreCommand } from '../test/e2e/gridHelpers';
import { startApp } from '../test/e2e/harness';
import { createJournaled, type MadeEntry } from '../test/store/helpers';

const REPS = Number(process.env.BENCH_REPS ?? 3);
const JOURNAL = Number(process.env.BENCH_JOURNAL ?? 50_000);
const START = Date.parse('2025-03-01T00:00:00.000Z');
const SPAN = 600 * 86_400_000;
const RESPONSES = ['yes', 'leaning-yes', 'undecided', 'leaning-no', 'no', 'no-commitment'] as const;

/** The `i`th of `n` moments spread over the campaign's 600 days. */
const moment = (i: number, n: number) => new Date(START + Math.floor((i * SPAN) / Math.max(1, n)));
const day = (i: number, n: number) => moment(i, n).toISOString().slice(0, 10);

function writeMap(file: string): void {
  let map: PowerMap = emptyMap('Riverton', 'No Polimigra', '2025-02-01T12:00:00.000Z');
  map.body = { ...map.body, name: 'Council', seats: 15 };
  for (let i = 0; i < 15; i++) map.actors.push(newActor(`m${i}`, 'decision-maker', `Member ${i}`, { seat: true, x: ((i * 37) % 19) / 9.5 - 1, y: 0.5 + (i % 5) / 10 }));
  for (let i = 0; i < 35; i++) map.actors.push(newActor(`i${i}`, 'influencer', `Influencer ${i}`, { x: ((i * 53) % 21) / 10.5 - 1, y: (i % 8) / 10 }));
  const entries: MadeEntry[] = [];
  for (let i = 0; i < JOURNAL; i++) {
    const op: Operation = { type: 'actors.move', moves: [{ id: `m${(i * 11) % 15}`, x: ((i * 13) % 200) / 100 - 1, y: ((i * 29) % 100) / 100 }] };
    const applied = applyOperation(map, op);
    map = applied.map;
    entries.push({ id: `e-${i}`, at: moment(i, JOURNAL).toISOString(), op, inverse: applied.inverse });
  }
  map.meetings = Array.from({ length: MAP_LIMITS.meetings }, (_, i): Meeting => ({
    id: `mt${i}`,
    date: day(i, MAP_LIMITS.meetings),
    with: [`m${i % 15}`],
    attendees: 'Ana, Luis',
    ask: 'Vote yes on No Polimigra',
    response: RESPONSES[i % RESPONSES.length]!,
    commitment: i % 3 ? '' : 'Will think about it',
    followUp: i % 4 ? null : { owner: ['Ana', 'Luis', 'Olga'][i % 3]!, due: day(i + 3, MAP_LIMITS.meetings), done: i % 8 === 0 },
    notes: 'Met at city hall.',
  }));
  map.snapshots = Array.from({ length: MAP_LIMITS.snapshots }, (_, i): Snapshot => ({ id: `s${i}`, name: `Reportback ${i}`, at: moment(i, MAP_LIMITS.snapshots).toISOString() }));
  map.votes = Array.from({ length: MAP_LIMITS.votes }, (_, i): RecordedVote => ({
    id: `v${i}`,
    date: day(i, MAP_LIMITS.votes),
    measure: `Measure ${i}`,
    ballots: Object.fromEntries(Array.from({ length: 15 }, (_, m) => [`m${m}`, (['yes', 'no', 'abstain'] as const)[(m + i) % 3]!])),
    executive: null,
    adopted: i % 2 === 0,
  }));
  createJournaled(file, map, entries, 'bench');
}

/** The longest task (ms) the page ran while `act` and `shown` happened and for a while after; 0 if none reached 50 ms. */
async function longestDuring(page: Page, act: () => Promise<void>, shown: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; observer?: PerformanceObserver };
    w.observer?.disconnect();
    w.longest = 0;
    w.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    });
    w.observer.observe({ type: 'longtask' });
  });
  await act();
  await shown();
  await page.waitForTimeout(1500);
  return page.evaluate(() => Math.round((window as unknown as { longest: number }).longest));
}

const STEPS = ['open', 'meetings', 'follow-ups', 'show older', 'snapshots', 'votes', 'history', 'history table'] as const;
const results = new Map<string, number[]>(STEPS.map((s) => [s, []]));

for (let rep = 0; rep < REPS; rep++) {
  const app = await startApp();
  const { page } = app;
  fs.mkdirSync(app.mapsDir, { recursive: true });
  writeMap(path.join(app.mapsDir, 'memory.powermap'));
  await page.reload();
  await page.locator('.recent-item').first().waitFor();
  const dialog = () => page.getByRole('dialog').waitFor({ timeout: 120_000 });
  const closed = async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };
  const step = async (name: (typeof STEPS)[number], act: () => Promise<void>, shown: () => Promise<unknown>) => results.get(name)!.push(await longestDuring(page, act, shown));
  await step('open', () => page.locator('.recent-item').first().click(), () => page.locator('[data-actor-id="m0"]').waitFor({ timeout: 120_000 }));
  await step('meetings', () => page.keyboard.press('m'), dialog);
  await step('follow-ups', () => page.getByRole('tab', { name: 'Follow-ups' }).click(), () => page.locator('.owner-group').first().waitFor());
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await step('show older', () => page.getByRole('button', { name: /older meetings/ }).click(), () => page.locator('.meeting-list > li').nth(50).waitFor());
  await closed();
  await step('snapshots', () => moreCommand(page, 'Snapshots'), dialog);
  await closed();
  await step('votes', () => moreCommand(page, 'Votes'), () => page.locator('.votes-list[aria-busy="false"]').waitFor({ timeout: 120_000 }));
  await closed();
  await step('history', () => moreCommand(page, 'History'), () => page.getByTestId('timeline-chart').waitFor({ timeout: 120_000 }));
  await step('history table', () => page.locator('.timeline-table summary').click(), () => page.locator('.timeline-table table').waitFor());
  await app.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${MAP_LIMITS.meetings} meetings, ${MAP_LIMITS.snapshots} snapshots, ${MAP_LIMITS.votes} votes, ${JOURNAL} journal entries; longest task per step (median of ${REPS}):`);
for (const [name, xs] of results) console.log(`  ${name.padEnd(13)} ${String(median(xs) || '<50').padStart(4)} ms   (runs: ${xs.map((x) => x || '<50').join(', ')})`);
