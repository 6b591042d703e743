/**
 * The Votes dialog on a long history (issue #16), in real Chromium: `npm run bench votes`.
 * A 15-seat council with 10,000 journal entries and four recorded votes (test/e2e/votesMap.ts), with
 * 50 people on the map and with 500 (the rewinding's cost grows with both).
 * Each repetition opens the dialog from the More menu and waits until every vote's morning is
 * shown, with a Chromium trace running (CDP Tracing, toplevel: every task the renderer's
 * main thread runs) and the page recording its frame intervals. Reported: the longest task of the
 * renderer's main thread, the longest frame interval and the time until the figures show, each the
 * median of BENCH_REPS repetitions (default 5).
 * BASELINE_RENDERER=<dir> (another build, e.g. `git worktree add` of main and its
 * `node scripts/build-renderer.mjs`) serves that build beside this one, both pages measured in
 * turns so that the machine's load falls on both alike, and prints baseline / this build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { Host, keyOf } from '../electron/host/handlers';
import { startLoopback } from '../electron/host/loopback';
import { launchBrowser, RENDERER_DIR } from '../test/e2e/harness';
import { moreCommand } from '../test/e2e/gridHelpers';
import { votingMap } from '../test/e2e/votesMap';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const ENTRIES = 10_000;
const builds = [{ name: 'this build', dir: RENDERER_DIR }];
if (process.env.BASELINE_RENDERER) builds.unshift({ name: 'baseline', dir: path.resolve(process.env.BASELINE_RENDERER) });

interface Figures {
  longestTask: number;
  longestFrame: number;
  shown: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function open(dir: string, influencers: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-votes-'));
  const mapsDir = path.join(dataDir, 'maps');
  fs.mkdirSync(mapsDir);
  const file = votingMap(mapsDir, ENTRIES, influencers);
  const host = new Host({ kind: 'browser', version: 'bench', dataDir, mapsDir, dialogs: null, systemLanguage: 'en' });
  const server = await startLoopback({ host, staticDir: dir });
  return { host, server, url: server.launchUrl(keyOf(file)) };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Runs `during` under a trace; the longest task (ms) of a renderer's main thread meanwhile. */
async function longestTask(cdp: CDPSession, during: () => Promise<void>): Promise<number> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: TraceEvent[] }) => events.push(...e.value);
  // Playwright's CDPSession types only its own events.
  const session = cdp as unknown as { on(e: string, f: (p: never) => void): void; off(e: string, f: (p: never) => void): void; once(e: string, f: () => void): void };
  session.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  await during();
  const complete = new Promise<void>((r) => session.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  return Math.max(0, ...tasks.map((e) => e.dur! / 1000));
}

/** Opens the dialog and waits for every vote's morning; the main thread's tasks and the frames meanwhile. */
async function measure(page: Page, cdp: CDPSession): Promise<Figures> {
  let shown = 0;
  let frames: number[] = [];
  // A page in the background gets a frame a second, and its timers slowed.
  await page.bringToFront();
  const longest = await longestTask(cdp, async () => {
    // A string, not a function: tsx's name helpers do not exist in the page.
    await page.evaluate(`(() => {
      const rec = (window.__rec = { frames: [] });
      const loop = (t) => { if (window.__rec === rec) { rec.frames.push(t); requestAnimationFrame(loop); } };
      requestAnimationFrame(loop);
      rec.start = performance.now();
    })()`);
    await moreCommand(page, 'Votes');
    // Both builds: the chance of the vote being edited, and a Brier score beside each listed vote.
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('.votes-list li')];
      return document.querySelector('[data-testid="votes-morning-chance"]') && items.length === 4 && items.every((li) => li.textContent!.includes('Brier'));
    });
    shown = (await page.evaluate('performance.now() - window.__rec.start')) as number;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    frames = (await page.evaluate('(() => { const r = window.__rec; window.__rec = null; return r.frames; })()')) as number[];
  });
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.locator('.votes-dialog').waitFor({ state: 'detached' });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { longestTask: longest, longestFrame: Math.max(0, ...gaps), shown };
}

const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;
const context = await launchBrowser();
for (const people of [50, 500]) {
  const opened = [];
  for (const b of builds) {
    const o = await open(b.dir, people - 15);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(o.url);
    await page.waitForSelector('.map-screen');
    const cdp = await context.newCDPSession(page);
    // Once, unmeasured: the first open compiles the dialog's code.
    await measure(page, cdp);
    opened.push({ ...b, ...o, page, cdp, runs: [] as Figures[] });
  }
  for (let i = 0; i < REPS; i++) for (const o of opened) o.runs.push(await measure(o.page, o.cdp));

  console.log(`\nVotes dialog, ${people} people, ${ENTRIES.toLocaleString('en')} journal entries, 4 recorded votes; median of ${REPS}`);
  const meds = opened.map((o) => ({ name: o.name, task: median(o.runs.map((r) => r.longestTask)), frame: median(o.runs.map((r) => r.longestFrame)), shown: median(o.runs.map((r) => r.shown)) }));
  for (const m of meds) console.log(`${m.name.padEnd(11)} longest main-thread task ${ms(m.task)}, longest frame ${ms(m.frame)}, figures shown after ${ms(m.shown)}`);
  if (meds.length === 2) {
    const [a, b] = meds as [(typeof meds)[0], (typeof meds)[0]];
    console.log(`baseline / this build: longest task ${(a.task / b.task).toFixed(1)}×, longest frame ${(a.frame / b.frame).toFixed(1)}×, figures shown ${(a.shown / b.shown).toFixed(2)}×`);
  }
  console.log(`all longest tasks (ms): ${opened.map((o) => `${o.name}: ${o.runs.map((r) => r.longestTask.toFixed(0)).join(', ')}`).join('; ')}`);
  for (const o of opened) {
    await o.page.close();
    await o.server.close();
    o.host.closeAll();
  }
}
console.log(`load average (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
await context.close();
