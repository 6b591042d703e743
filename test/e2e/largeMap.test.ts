/**
 * A map larger than one task's worth of nodes (renderer/grid/slices.ts): drawn whole and in order
 * over several tasks, and a drop on it shows the actor where it was dropped in every frame. Its
 * links are painted in slices too (renderer/links/linkPainter.ts), off screen until complete.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { startApp, type App } from './harness';
import { linkInkAt, midpointOf, openFixture, releaseAndWatch, waitSaved } from './gridHelpers';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const ACTORS = 2500;
const LINKS = 2200;
/** The last actor, drawn in the last task, stands alone at the top left. */
const ALONE = ACTORS - 1;

/** 2,500 people spread over the grid (the last one alone at the top left) and 2,200 links, each spanning most of its height. */
function largeMap(): PowerMap {
  const m = emptyMap('Big Town', 'Council', '2026-01-01T00:00:00.000Z');
  m.body.seats = 9;
  for (let i = 0; i < ACTORS; i++) {
    // m1–m8, whom every link reaches, sit in a row along the top, far above everyone else.
    const seat = i >= 1 && i <= 8;
    const x = i === ALONE ? -0.95 : seat ? 0.2 + i * 0.08 : -0.9 + ((i * 7919) % 1000) / 555;
    const y = i === ALONE ? 0.97 : seat ? 0.98 : 0.02 + ((i * 104729) % 600) / 1000;
    m.actors.push(newActor(`m${i}`, i < 9 ? 'decision-maker' : 'influencer', `Person ${i}`, { seat: i < 9, x, y }));
  }
  for (let j = 0; j < LINKS; j++) m.links.push({ from: `m${9 + j}`, to: `m${1 + (j % 8)}`, strength: 0.5 });
  return m;
}

describe('a map drawn over several tasks', () => {
  it('draws every actor and link in map order, and a drop shows the actor where it was dropped in every frame', async () => {
    app = await startApp();
    const { page } = app;
    const map = largeMap();
    await openFixture(app, map);
    await page.waitForFunction((n) => document.querySelectorAll('.nodes [data-actor-id]').length === n, ACTORS, { timeout: 60_000 });
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('.nodes [data-actor-id]'), (el) => el.getAttribute('data-actor-id')));
    expect(order).toEqual(map.actors.map((a) => a.id));
    // Every link is listed for assistive technology (the canvas's fallback content).
    await page.waitForFunction((n) => document.querySelectorAll('.links [data-link-from]').length === n, LINKS, { timeout: 60_000 });
    // And painted, after the frame that shows the people (over 2,000 links paint slowly).
    const middle = await midpointOf(page, map.actors[9]!, map.actors[1]!);
    await expect.poll(() => linkInkAt(page, middle), { timeout: 10_000 }).toBeGreaterThan(0);

    const box = (await page.locator(`[data-actor-id="m${ALONE}"] .shape`).boundingBox())!;
    const from = [box.x + box.width / 2, box.y + box.height / 2] as const;
    const to = [from[0] + 160, from[1] + 90] as const;
    await page.mouse.move(...from);
    await page.mouse.down();
    await page.mouse.move(...to, { steps: 8 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const frames = await releaseAndWatch(page, `m${ALONE}`);
    expect(frames[0]![0]).toBe('overlay');
    expect(frames.at(-1)![0]).toBe('grid');
    for (const [, x, y] of frames) {
      expect(Math.abs(x! - to[0])).toBeLessThanOrEqual(1.5);
      expect(Math.abs(y! - to[1])).toBeLessThanOrEqual(1.5);
    }
    await waitSaved(page);
    expect(await page.locator('.drag-overlay [data-preview-of]').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('paints thousands of links over several tasks off screen, and shows them only once all are painted', async () => {
    app = await startApp();
    const { page } = app;
    const map = largeMap();
    await openFixture(app, map);
    const middle = await midpointOf(page, map.actors[9]!, map.actors[1]!);
    await expect.poll(() => linkInkAt(page, middle), { timeout: 20_000 }).toBeGreaterThan(0);
    // Each stroke is counted by the task it runs in (a microtask checkpoint ends a task's callback),
    // and by whether its canvas is the one on screen; so is each copy onto the one on screen.
    await page.evaluate(() => {
      const seen = { strokes: 0, onScreen: 0, tasks: 0, copies: 0, strokesBeforeCopy: 0 };
      let inTask = false;
      const proto = CanvasRenderingContext2D.prototype;
      const { stroke, drawImage } = proto;
      proto.stroke = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        seen.strokes++;
        if (this.canvas.isConnected) seen.onScreen++;
        if (!inTask) {
          inTask = true;
          seen.tasks++;
          queueMicrotask(() => (inTask = false));
        }
        return (stroke as (...a: unknown[]) => void).apply(this, args);
      } as typeof stroke;
      proto.drawImage = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof drawImage>) {
        if (this.canvas.isConnected) {
          seen.copies++;
          seen.strokesBeforeCopy = seen.strokes;
        }
        return (drawImage as (...a: unknown[]) => void).apply(this, args);
      } as typeof drawImage;
      (window as unknown as { __seen: typeof seen }).__seen = seen;
    });
    // Picking a link repaints them all, the picked one in the highlight colour.
    await page.mouse.click(...middle);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __seen: { copies: number } }).__seen.copies), { timeout: 20_000 }).toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    // Every link is stroked once (the picked one too), all of them before the copy and none on screen.
    expect(seen.strokes).toBe(LINKS);
    expect(seen.strokesBeforeCopy).toBe(LINKS);
    expect(seen.onScreen).toBe(0);
    expect(seen.tasks).toBeGreaterThan(1);
    expect(await linkInkAt(page, middle)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.links li.selected').count(), { timeout: 20_000 }).toBe(1);
    expect(app.problems).toEqual([]);
  });
});
