/**
 * Grid timings in real Chromium (DESIGN.md §9, issue #16): `npm run bench grid`.
 * PowerMap against the bare-D3 page (bench/pages/bareD3.ts) with the same maps, both pages open at
 * once and measured in turns, so the machine's load falls on both alike; each figure is the median
 * of BENCH_REPS repetitions (default 5, the 10,000-actor opens included: medians of 3 gave their
 * ratio anywhere from ×1.15 to ×1.52 in four runs of one build), and the ratio compares medians
 * from this run.
 * - open: from the click that opens the map (PowerMap: "Your maps"; bare D3: its Open button) to the
 *   first painted frame with every actor drawn, and to the first with every name drawn (the bare
 *   page draws names with their dots; PowerMap lays them out after the first frame), at 1,000 and
 *   10,000 actors; then the JS heap after a forced garbage collection (CDP
 *   HeapProfiler.collectGarbage, Runtime.getHeapUsage);
 * - a 120-step page.mouse drag of one actor: press and release latency (the event's timeStamp to
 *   the end of the next frame: a user-blocking task posted from that frame's requestAnimationFrame
 *   runs after its paint), the longest frame interval from press to release, and main-thread time per move
 *   (Performance.getMetrics TaskDuration and ScriptDuration over the drag, divided by its moves);
 * - once: a 20-member block drag and wheel zooming (frame p50/p95, main thread per move).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { MapDocument } from '../electron/store/document';
import { launchBrowser, startApp, type App } from '../test/e2e/harness';
import { bigMap } from './pages/fixture';

const STEPS = 120;
const REPS = Number(process.env.BENCH_REPS ?? 5);
const SIZES = [1000, 10_000] as const;

interface Figures {
  p50: number;
  p95: number;
  /** Frame intervals, and how many of them missed a 60 Hz frame (over 17.5 ms). */
  frames: number;
  missed: number;
  /** The longest frame interval. */
  max: number;
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
    max: Math.max(...gaps),
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

/**
 * In the page: after each press and release, how long from the event to the end of the next frame.
 * A task posted from requestAnimationFrame runs once that frame has been painted (sent to the
 * compositor), so this is what a person waits to see the press or the drop. It is posted at
 * user-blocking priority (scheduler.postTask), ahead of the tasks the page itself posts after that
 * frame (PowerMap's names, links and figures): a plain task would queue behind them and count
 * work done after the frame as time waited for it.
 */
const LATENCY_PROBE = `(() => {
  if (window.__latency) return;
  window.__latency = [];
  window.__dragLongest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__dragLongest = Math.max(window.__dragLongest, e.duration);
  }).observe({ type: 'longtask' });
  const afterPaint = (kind, t0) => requestAnimationFrame(() => {
    scheduler.postTask(() => window.__latency.push({ kind, ms: performance.now() - t0 }), { priority: 'user-blocking' });
  });
  addEventListener('mousedown', (e) => afterPaint('press', e.timeStamp), { capture: true });
  addEventListener('mouseup', (e) => afterPaint('release', e.timeStamp), { capture: true });
})()`;

interface DragFigures extends Figures {
  press: number;
  release: number;
  /** The longest main-thread task from the press to half a second after the release (0: none over 50 ms). */
  longest: number;
}

/** One drag of the actor `id` by `by`, from press to release, with its press and release latency. */
async function measuredDrag(page: Page, id: string, by: [number, number]): Promise<DragFigures> {
  await page.evaluate(LATENCY_PROBE);
  await page.evaluate('window.__latency.length = 0, window.__dragLongest = 0');
  const from = await centreOf(page, `[data-actor-id="${id}"]`);
  const f = await measure(page, STEPS, () => dragFrom(page, from, by));
  // Functions, not strings: PowerMap's CSP forbids eval (page.evaluate is exempt, waitForFunction is not).
  await page.waitForFunction(() => (window as unknown as { __latency: unknown[] }).__latency.length >= 2);
  const lat = (await page.evaluate('window.__latency')) as { kind: string; ms: number }[];
  // What the release leaves to do (the grid's redraw, the names, the figures) is done within half a second.
  await page.waitForTimeout(500);
  const longest = (await page.evaluate('window.__dragLongest')) as number;
  return { ...f, press: lat.find((l) => l.kind === 'press')!.ms, release: lat.find((l) => l.kind === 'release')!.ms, longest };
}

/**
 * Times `click` to the end of the first frame in which `count` actors are drawn (a user-blocking
 * task posted from that frame, as in LATENCY_PROBE), and to the end of
 * the first frame from which their names (`names`, a selector) are all drawn: every frame, from the
 * click on, counts actors and names before it is painted, until `settled` resolves; the names are
 * all drawn from the first frame whose count is the final one.
 */
async function timeOpen(page: Page, count: number, names: string, click: () => Promise<void>, settled: () => Promise<unknown>): Promise<OpenTimes> {
  await page.evaluate(`(() => {
    window.__opened = null;
    window.__samples = [];
    window.__sampling = true;
    window.__longest = 0;
    new PerformanceObserver((list) => {
      if (window.__sampling) for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
    addEventListener('click', (e) => {
      const t0 = e.timeStamp;
      const check = () => {
        if (!window.__sampling) return;
        const actors = document.querySelectorAll('[data-actor-id]').length;
        const named = document.querySelectorAll(${JSON.stringify(names)}).length;
        scheduler.postTask(() => {
          const ms = performance.now() - t0;
          window.__samples.push([ms, named]);
          if (actors === ${count} && window.__opened === null) window.__opened = ms;
        }, { priority: 'user-blocking' });
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { capture: true, once: true });
  })()`);
  await click();
  await page.waitForFunction(() => (window as unknown as { __opened: number | null }).__opened !== null, null, { timeout: 120_000 });
  await settled();
  await page.waitForTimeout(300);
  // Long tasks are reported after they end: give the last one time to arrive.
  await page.waitForTimeout(100);
  const [drawn, samples, longest] = (await page.evaluate('window.__sampling = false, [window.__opened, window.__samples, window.__longest]')) as [number, [number, number][], number];
  const final = samples.at(-1)![1];
  const named = samples.find(([ms, n], i) => ms >= drawn && samples.slice(i).every(([, m]) => m === final) && n === final)![0];
  return { drawn, named, longest };
}

interface OpenTimes {
  /** To the first frame with every actor drawn. */
  drawn: number;
  /** To the first frame with every name drawn that will be. */
  named: number;
  /** The longest main-thread task from the click until the page settled (0: none over 50 ms). */
  longest: number;
}

/** JS heap in use after a full garbage collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

interface Side {
  /** Opens the map of `size` actors afresh and returns the times to all drawn and all named. */
  open(size: number): Promise<OpenTimes>;
  page: Page;
  /** Waits until the last drag is committed. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

async function bareSide(): Promise<Side> {
  const bundle = await build({ entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages/bareD3.ts')], bundle: true, write: false, format: 'iife', logLevel: 'silent' });
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const texts = new Map<number, string>(SIZES.map((n) => [n, JSON.stringify(JSON.stringify(bigMap(n))).replace(/</g, '\\u003c')]));
  return {
    page,
    async open(size) {
      await page.setContent(`<!doctype html><html><body style="margin:0"><button id="open">Open</button><script>window.__MAP_TEXT__=${texts.get(size)}</script><script>${bundle.outputFiles[0]!.text}</script></body></html>`);
      return timeOpen(page, size, 'text', () => page.click('#open'), async () => {});
    },
    settle: async () => {},
    close: () => context.close(),
  };
}

/**
 * Waits for the projection panel to show the worker's answer to the newest map in full (not
 * pending, not updating, nothing stale). A function polled every 50 ms, not a selector with
 * :has() polled every frame: the wait must not load the page it waits for.
 */
const panelSettled = (page: Page) =>
  page.waitForFunction(
    () => {
      const panel = document.querySelector('[data-testid="projection-panel"]');
      return panel !== null && panel.getAttribute('aria-busy') === 'false' && !panel.querySelector('.stale, [data-testid="projection-pending"]');
    },
    null,
    { timeout: 120_000, polling: 50 },
  );

async function powermapSide(): Promise<Side> {
  const app: App = await startApp();
  const { page } = app;
  fs.mkdirSync(app.mapsDir, { recursive: true });
  for (const n of SIZES) MapDocument.create(path.join(app.mapsDir, `bench-${n}.powermap`), bigMap(n)).close();
  await page.reload();
  const closeMap = async () => {
    if ((await page.locator('.map-screen').count()) === 0) return;
    await page.locator('.toolbar-actions button').filter({ hasText: /^Close map$/ }).click();
    await page.locator('.recent-item').first().waitFor();
  };
  return {
    page,
    async open(size) {
      await closeMap();
      const item = page.locator('.recent-item').filter({ hasText: size === 1000 ? /Bench City(?! \d)/ : `Bench City ${size}` });
      await item.waitFor();
      // The page may be busy for long after the click: do not wait for it there. Whatever it
      // finishes after the first frame (names, the projection) belongs to the heap too: wait for
      // the panel to show the newest figures in full (not pending, not updating, nothing stale).
      return timeOpen(page, size, '[data-actor-id] .label', () => item.click({ noWaitAfter: true }), () => panelSettled(page));
    },
    settle: () => page.getByTestId('save-status').filter({ hasText: /^Saved$/ }).waitFor(),
    async close() {
      await closeMap();
      await app.close();
    },
  };
}

const median = (xs: number[]) => quantile(xs, 0.5);
const f1 = (v: number) => v.toFixed(1);
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
function row(label: string, pm: number[], ref: number[], unit = 'ms') {
  const [p, r] = [median(pm), median(ref)];
  console.log(`  ${label.padEnd(34)} PowerMap ${f1(p).padStart(7)} ${unit}   bare D3 ${f1(r).padStart(7)} ${unit}   ${ratio(p, r)}   (PowerMap ${pm.map(f1).join(', ')}; bare ${ref.map(f1).join(', ')})`);
}

const ref = await bareSide();
const pm = await powermapSide();
const sides = { pm, ref };
type Runs<T> = { pm: T[]; ref: T[] };
const runs = <T>(): Runs<T> => ({ pm: [], ref: [] });

console.log(`grid bench: ${REPS} repetitions, PowerMap and bare D3 in turns; medians (all runs in brackets). The machine is shared: read the ratios.`);
for (const size of SIZES) {
  const open = runs<number>();
  const named = runs<number>();
  const longest = runs<number>();
  const heap = runs<number>();
  for (let i = 0; i < REPS; i++) {
    // In turns, and in either order: the page opened second shares the machine with what the first
    // left running (its raster, its garbage collection).
    for (const k of i % 2 ? (['pm', 'ref'] as const) : (['ref', 'pm'] as const)) {
      const times = await sides[k].open(size);
      open[k].push(times.drawn);
      named[k].push(times.named);
      longest[k].push(times.longest);
      await sides[k].page.waitForTimeout(300);
      heap[k].push(await heapAfterGc(sides[k].page));
    }
  }
  console.log(`${size.toLocaleString('en')} actors:`);
  row('open → all drawn (painted)', open.pm, open.ref);
  row('open → all names drawn', named.pm, named.ref);
  row('longest task, open to settled', longest.pm, longest.ref);
  row('JS heap after GC', heap.pm, heap.ref, 'MB');
}

// The drags run on the 1,000-actor map, one actor per repetition (each press selects another one).
for (const k of ['ref', 'pm'] as const) {
  await sides[k].open(1000);
  await sides[k].page.waitForTimeout(500);
}
const drags = runs<DragFigures>();
for (let i = 0; i < REPS; i++) {
  for (const k of ['ref', 'pm'] as const) {
    drags[k].push(await measuredDrag(sides[k].page, `m${150 + i}`, [220, -120]));
    await sides[k].settle();
  }
}
console.log('drag one actor (1,000 actors, 120 moves):');
const pick = (k: keyof DragFigures) => [drags.pm.map((d) => d[k]), drags.ref.map((d) => d[k])] as const;
row('press → next frame', ...pick('press'));
row('release → next frame', ...pick('release'));
row('frame max, press to release', ...pick('max'));
row('longest task, press to release + 0.5 s', ...pick('longest'));
row('frame p95', ...pick('p95'));
row('main thread per move', ...pick('taskPerMove'));
row('script per move', ...pick('scriptPerMove'));

const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms (${f.missed} of ${f.frames} frames late), main thread ${f.taskPerMove.toFixed(2)} ms/move (script ${f.scriptPerMove.toFixed(2)})`;
const grip = { ref: await hullPoint(ref.page), pm: await hullPoint(pm.page).catch(() => selectBlockByShiftClick(pm.page)) };
const once = {
  block: { ref: await measure(ref.page, STEPS, () => dragFrom(ref.page, grip.ref, [-150, 80])), pm: await measure(pm.page, STEPS, () => dragFrom(pm.page, grip.pm, [-150, 80])) },
  zoomed: { ref: await measure(ref.page, STEPS, () => zoomGesture(ref.page, [800, 450])), pm: await measure(pm.page, STEPS, () => zoomGesture(pm.page, [800, 450])) },
};
await pm.settle();
for (const k of ['block', 'zoomed'] as const) {
  console.log(`${{ block: 'drag a 20-member block', zoomed: 'wheel zoom' }[k]} (once):`);
  console.log(`  bare D3   ${fmt(once[k].ref)}`);
  console.log(`  PowerMap  ${fmt(once[k].pm)}`);
  console.log(`  ratio     p95 ×${(once[k].pm.p95 / once[k].ref.p95).toFixed(2)}, main thread/move ×${(once[k].pm.taskPerMove / once[k].ref.taskPerMove).toFixed(2)}`);
}
await pm.close();
await ref.close();
