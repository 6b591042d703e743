/**
 * Grid timings in real Chromium (DESIGN.md §9): `npm run bench grid`.
 * The 1,000-actor map (bench/pages/fixture.ts) in PowerMap against the bare-D3 page
 * (bench/pages/bareD3.ts), measured in the same run: frame intervals from requestAnimationFrame
 * during a scripted 120-step page.mouse drag of one actor, of a 20-member block, and during wheel
 * zooming; main-thread time per move from Performance.getMetrics; and, for PowerMap, the time from
 * opening the map to the first full render.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, startApp } from '../test/e2e/harness';
import { openFixture } from '../test/e2e/gridHelpers';
import { bigMap } from './pages/fixture';

const STEPS = 120;

interface Figures {
  p50: number;
  p95: number;
  /** Frame intervals, and how many of them missed a 60 Hz frame (over 17.5 ms). */
  frames: number;
  missed: number;
  taskPerMove: number;
  scriptPerMove: number;
}

const quantile = (xs: number[], q: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

async function metrics(cdp: CDPSession) {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string) => m.find((x) => x.name === n)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Runs `gesture` (which makes `moves` input events) while recording frame timestamps and main-thread time. */
async function measure(page: Page, moves: number, gesture: () => Promise<void>): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // A string, not a function: tsx's name helpers do not exist in the page.
  // Each recording has its own loop: an earlier loop's pending callback must not add a second
  // timestamp per frame to this one.
  await page.evaluate(`(() => {
    const frames = (window.__frames = []);
    const loop = (t) => { if (window.__frames === frames) { frames.push(t); requestAnimationFrame(loop); } };
    requestAnimationFrame(loop);
  })()`);
  const before = await metrics(cdp);
  await gesture();
  // Let the last frame (and the commit on release) finish before reading the clocks.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await metrics(cdp);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] | null };
    const recorded = w.__frames ?? [];
    w.__frames = null;
    return recorded;
  });
  await cdp.detach();
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    p50: quantile(gaps, 0.5),
    p95: quantile(gaps, 0.95),
    frames: gaps.length,
    missed: gaps.filter((g) => g > 17.5).length,
    taskPerMove: ((after.task - before.task) * 1000) / moves,
    scriptPerMove: ((after.script - before.script) * 1000) / moves,
  };
}

async function dragFrom(page: Page, from: [number, number], by: [number, number]) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(from[0] + by[0], from[1] + by[1], { steps: STEPS });
  await page.mouse.up();
}

async function centreOf(page: Page, selector: string): Promise<[number, number]> {
  const b = await page.locator(selector).first().locator('circle').last().boundingBox();
  return [b!.x + b!.width / 2, b!.y + b!.height / 2];
}

/** A point of block b0's hull (or its name, which belongs to it) that no actor or link covers. */
async function hullPoint(page: Page): Promise<[number, number]> {
  const p = await page.evaluate<[number, number] | null>(`(() => {
    const name = document.querySelector('[data-block-id="b0"] .block-label');
    if (name) {
      const n = name.getBoundingClientRect();
      const x = n.left + n.width / 2, y = n.top + n.height / 2;
      if (document.elementFromPoint(x, y)?.closest('[data-block-id="b0"]')) return [x, y];
    }
    const r = document.querySelector('[data-block-id="b0"]').getBoundingClientRect();
    for (let i = 0; i <= 60; i++) for (let j = 0; j <= 60; j++) {
      const x = r.left - 15 + ((r.width + 30) * i) / 60;
      const y = r.top - 15 + ((r.height + 30) * j) / 60;
      if (document.elementFromPoint(x, y)?.closest('[data-block-id="b0"]')) return [x, y];
    }
    return null;
  })()`);
  if (!p) throw new Error('no free point on the hull of b0');
  return p;
}

async function zoomGesture(page: Page, at: [number, number]) {
  await page.mouse.move(...at);
  for (let i = 0; i < STEPS; i++) await page.mouse.wheel(0, i < STEPS / 2 ? -40 : 40);
}

/**
 * In PowerMap's dense map, links and nodes cover all of block 0's hull and name, and most of its
 * members. Its 20 members are then Shift-clicked into one selection (mouse events sent to each
 * member's shape, since a real pointer would hit whatever covers it) and the selection is dragged
 * by a member the pointer can reach: the same code as a hull drag (20 moves per frame, hull and
 * links redrawn).
 */
async function selectBlockByShiftClick(page: Page): Promise<[number, number]> {
  const grip = await page.evaluate<[number, number] | null>(`(() => {
    const ids = Array.from({ length: 20 }, (_, i) => 'm' + i);
    let grip = null;
    for (const [i, id] of ids.entries()) {
      const shape = document.querySelector('[data-actor-id="' + id + '"] .shape');
      const r = shape.getBoundingClientRect();
      // The first click replaces the selection (the actor dragged before); the others add to it.
      const at = { bubbles: true, cancelable: true, view: window, shiftKey: i > 0, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
      shape.dispatchEvent(new MouseEvent('mousedown', at));
      window.dispatchEvent(new MouseEvent('mouseup', at));
      if (!grip && document.elementFromPoint(at.clientX, at.clientY)?.closest('[data-actor-id]')?.getAttribute('data-actor-id') === id) grip = [at.clientX, at.clientY];
    }
    return grip;
  })()`);
  const selected = await page.locator('[data-actor-id].selected').count();
  console.log(`  (PowerMap: block 0's hull is covered; its members were Shift-clicked, ${selected} selected)`);
  if (!grip) throw new Error('no member of block 0 is reachable');
  return grip;
}

async function suite(page: Page, actorSel: string) {
  const start = await centreOf(page, actorSel);
  const one = await measure(page, STEPS, () => dragFrom(page, start, [220, -120]));
  const grip = await hullPoint(page).catch(() => selectBlockByShiftClick(page));
  const block = await measure(page, STEPS, () => dragFrom(page, grip, [-150, 80]));
  const zoomed = await measure(page, STEPS, () => zoomGesture(page, [800, 450]));
  return { one, block, zoomed };
}

async function bare() {
  const bundle = await build({ entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages/bareD3.ts')], bundle: true, write: false, format: 'iife', logLevel: 'silent' });
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const json = JSON.stringify(bigMap()).replace(/</g, '\\u003c');
  await page.setContent(`<!doctype html><html><body style="margin:0"><script>window.__MAP__=${json}</script><script>${bundle.outputFiles[0]!.text}</script></body></html>`);
  await page.waitForSelector('[data-actor-id="i799"]');
  // The bare page puts actors at its own scale; drag the same actor (m150, not in block 0).
  const r = await suite(page, '[data-actor-id="m150"]');
  await context.close();
  return r;
}

async function powermap() {
  const app = await startApp();
  const { page } = app;
  // Open it once, so the file exists, then time a second open from "Your maps": click to the first
  // frame with all 1,000 actors drawn.
  await openFixture(app, bigMap(), 'bench');
  await page.locator('.toolbar-actions button').filter({ hasText: /^Close map$/ }).click();
  await page.locator('.recent-item').first().waitFor();
  const t0 = Date.now();
  await page.locator('.recent-item').first().click();
  // Checked in each animation frame: the first frame that has all 1,000 actors to paint.
  await page.waitForFunction(() => document.querySelectorAll('[data-actor-id]').length === 1000, null, { polling: 'raf' });
  const firstRender = Date.now() - t0;
  await page.locator('.projection-detail:not(.stale)').waitFor();
  const fullProjection = Date.now() - t0;
  await page.waitForTimeout(500);
  const r = await suite(page, '[data-actor-id="m150"]');
  await page.getByTestId('save-status').filter({ hasText: /^Saved$/ }).waitFor();
  await app.close();
  return { ...r, firstRender, fullProjection };
}

const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${f.missed} of ${f.frames} frames late), main thread ${f.taskPerMove.toFixed(2)} ms/move (script ${f.scriptPerMove.toFixed(2)})`;

const ref = await bare();
const pm = await powermap();
for (const k of ['one', 'block', 'zoomed'] as const) {
  const label = { one: 'drag one actor', block: 'drag a 20-member block', zoomed: 'wheel zoom' }[k];
  console.log(`${label}:`);
  console.log(`  bare D3   ${fmt(ref[k])}`);
  console.log(`  PowerMap  ${fmt(pm[k])}`);
  console.log(`  ratio     p95 ×${(pm[k].p95 / ref[k].p95).toFixed(2)}, main thread/move ×${(pm[k].taskPerMove / ref[k].taskPerMove).toFixed(2)}`);
}
console.log(`PowerMap open (click in "Your maps") → first frame with 1,000 actors: ${pm.firstRender} ms; → full projection (swing votes, smallest set) shown: ${pm.fullProjection} ms`);
