/**
 * Derived figures off the page's main thread, in real Chromium with the built renderer: the worker's
 * chance equals the engine's in Node for DESIGN.md's five examples; a 1,000-seat body's figures
 * come from a worker (how long the page's tasks take is a benchmark's business, never asserted in
 * a test: under load any task can run long); a change made while a slow computation runs
 * supersedes it (its answer is never shown); and a host that never answers is reported, with the
 * edit kept on screen as not saved.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { project, toProjectionInput } from '../../shared/projection';
import { parseInterchangeText } from '../../shared/schema';
import { createMapViaUi, startApp, type App } from './harness';
import { openFixture, pixelOf } from './gridHelpers';

let app: App | null = null;
let proxy: http.Server | null = null;
afterEach(async () => {
  proxy?.closeAllConnections();
  proxy?.close();
  proxy = null;
  await app?.close();
  app = null;
});

const EXAMPLES = path.resolve(__dirname, '../fixtures/examples');

function example(n: number): PowerMap {
  const parsed = parseInterchangeText(fs.readFileSync(path.join(EXAMPLES, `example-${n}.json`), 'utf8'), '2026-01-01T00:00:00.000Z');
  if (!parsed.ok) throw new Error(`example ${n}`);
  return parsed.map;
}

/**
 * A large body. `heavy`: a sixth of the members may be absent and two thirds sit in ten cohesive
 * blocks, which spreads the joint distribution wide (the engine's slowest shape); otherwise nearly
 * everyone attends and there are no blocks (a real legislature's shape).
 */
function largeBody(seats: number, heavy: boolean): PowerMap {
  const m = emptyMap('Capital', `${seats} seats`, '2026-01-01T00:00:00.000Z');
  m.body.seats = seats;
  m.body.rule = { basis: heavy ? 'cast' : 'whole', threshold: 'majority', quorum: null };
  for (let i = 0; i < seats; i++) {
    // m0 stands apart (top left) so a test can grab it.
    const x = i === 0 ? -0.95 : -0.9 + ((i * 7919) % 100) / 55;
    const y = i === 0 ? 0.97 : 0.1 + ((i * 104729) % 70) / 100;
    const pPresent = heavy ? (i % 6 === 0 ? 0.8 : 1) : i % 20 === 0 ? 0.9 : 1;
    m.actors.push(newActor(`m${i}`, 'decision-maker', `Member ${i}`, { seat: true, x, y, pPresent }));
  }
  if (heavy) {
    const size = Math.floor(seats / 15);
    for (let b = 0; b < 10; b++) {
      m.blocks.push({ id: `b${b}`, name: `Block ${b}`, members: Array.from({ length: size }, (_, j) => `m${1 + b * size + j}`), cohesion: 0.3 + 0.06 * b });
    }
  }
  m.scenarios.push({ id: 's1', name: 'Ten move', changes: Array.from({ length: 10 }, (_, j) => ({ actor: `m${10 + j}`, x: 0.9 })) });
  return m;
}

const chanceOf = async (app: App) => Number(await app.page.getByTestId('chance').getAttribute('data-value'));

describe('derived figures in a worker', () => {
  it("shows, for each of DESIGN.md's examples, the chance the engine computes in Node (to 1e-9)", async () => {
    app = await startApp();
    const maps = [1, 2, 3, 4, 5].map((n) => ({ ...example(n), title: `Example ${n}` }));
    fs.mkdirSync(app.mapsDir, { recursive: true });
    maps.forEach((map, i) => MapDocument.create(path.join(app!.mapsDir, `example-${i + 1}.powermap`), map).close());
    await app.page.reload();
    for (const [i, map] of maps.entries()) {
      await app.page.locator('.recent-item').filter({ hasText: map.title }).click();
      await app.page.getByTestId('chance').waitFor();
      const expected = project(toProjectionInput(map)).pAdopt;
      expect(Math.abs((await chanceOf(app)) - expected), `example ${i + 1}`).toBeLessThan(1e-9);
      await app.page.getByRole('button', { name: 'Close map' }).click();
    }
    expect(app.problems).toEqual([]);
  });

  it('works out the chance of a 1,000-seat body in a worker', async () => {
    app = await startApp();
    await app.page.addInitScript(() => {
      // Counts the answers that arrive from a worker.
      const w = window as unknown as { workerAnswers: number };
      w.workerAnswers = 0;
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', () => (w.workerAnswers += 1));
        }
      };
    });
    const map = largeBody(1000, false);
    await openFixture(app, map, 'big');
    await app.page.getByTestId('chance').waitFor({ timeout: 60_000 });
    expect(Math.abs((await chanceOf(app)) - project(toProjectionInput(map), { gains: false }).pAdopt)).toBeLessThan(1e-9);
    expect(await app.page.evaluate(() => (window as unknown as { workerAnswers: number }).workerAnswers)).toBeGreaterThan(0);
    // The whole panel follows, its 1,000-row whip count mounted a chunk per task.
    await expect.poll(() => app!.page.locator('[data-testid="whip-table"] tbody tr').count(), { timeout: 60_000 }).toBe(1000);
    expect(app.problems).toEqual([]);
  });

  it('abandons a slow computation when the map changes during it: its answer never shows', async () => {
    app = await startApp();
    const map = largeBody(1000, true);
    await app.page.addInitScript(() => {
      // Every chance the page ever shows, in order.
      const w = window as unknown as { chances: string[] };
      w.chances = [];
      new MutationObserver(() => {
        const v = document.querySelector('[data-testid="chance"]')?.getAttribute('data-value');
        if (v && v !== w.chances[w.chances.length - 1]) w.chances.push(v);
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
    });
    await openFixture(app, map, 'heavy');
    // The full projection of this body (gains and smallest set) takes seconds in the worker. Drag
    // m0 to the active allies meanwhile, and hold it there.
    await app.page.getByTestId('projection-pending').waitFor();
    const { page } = app;
    await page.mouse.move(...(await pixelOf(page, -0.95, 0.97)));
    await page.mouse.down();
    await page.mouse.move(...(await pixelOf(page, 0.9, 0.97)), { steps: 6 });
    await page.getByTestId('chance').waitFor({ timeout: 60_000 });
    const moved = { ...map, actors: map.actors.map((a) => (a.id === 'm0' ? { ...a, x: 0.9 } : a)) };
    const draft = project(toProjectionInput(moved), { gains: false }).pAdopt;
    const original = project(toProjectionInput(map), { gains: false }).pAdopt;
    expect(Math.abs(draft - original)).toBeGreaterThan(1e-6);
    const shown = await page.evaluate(() => (window as unknown as { chances: string[] }).chances.map(Number));
    expect(shown).toHaveLength(1);
    expect(Math.abs(shown[0]! - draft)).toBeLessThan(1e-9);
    await page.mouse.up();
    expect(app.problems).toEqual([]);
  });

  it('says so when the host does not answer within 15 s, and keeps the edit on screen as not saved', async () => {
    app = await startApp();
    const upstream = new URL(app.server.launchUrl());
    let hang = false;
    // A proxy in front of the loopback host that, once told to, never answers an edit.
    proxy = http.createServer((req, res) => {
      if (hang && req.url?.startsWith('/api/maps.apply')) return; // the request is left open
      const headers = { ...req.headers, host: upstream.host, ...(req.headers.origin ? { origin: upstream.origin } : {}) };
      const out = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      req.pipe(out);
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const page = await app.context.newPage();
    page.on('pageerror', (e) => app!.problems.push(e.message));
    await page.goto(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/${upstream.hash}`);
    await page.waitForSelector('#root > *:not(.loading)');
    await createMapViaUi(page, 'Riverton', 'Stuck host');
    const add = async (name: string) => {
      await page.getByPlaceholder('Name, then Enter').fill(name);
      await page.keyboard.press('Enter');
    };
    await add('Ana Ruiz');
    await page.getByTestId('save-status').filter({ hasText: /^Saved$/ }).waitFor();

    hang = true;
    await add('Bob Chen');
    await page.getByTestId('save-status').filter({ hasText: 'Saving' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'did not answer within 15 seconds' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('save-status').filter({ hasText: 'Not saved' }).waitFor();
    expect(await page.locator('.actor-name').allTextContents()).toEqual(['Ana Ruiz', 'Bob Chen']);
    expect(app.problems).toEqual([]);
  });
});
