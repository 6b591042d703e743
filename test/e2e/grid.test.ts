import { afterEach, describe, expect, it } from 'vitest';
import { councilMap } from '../../bench/pages/fixture';
import { column } from '../../shared/model';
import { createMapViaUi, startApp, type App } from './harness';
import { closeReadReopen, drag, linkInkAt, midpointOf, onlyMapFile, openFixture, pixelOf, plotRect, releaseAndWatch, waitSaved } from './gridHelpers';

let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function quickAdd(page: App['page'], names: string[], placeholder = 'Name, then Enter') {
  for (const n of names) {
    await page.getByPlaceholder(placeholder).fill(n);
    await page.keyboard.press('Enter');
    await page.locator('[data-roster-id]', { hasText: n }).waitFor();
  }
}

describe('the power-map grid in Chromium', () => {
  it('drops a roster entry where the pointer is, in the column under it, and keeps it on disk', async () => {
    app = await startApp();
    const { page } = app;
    await createMapViaUi(page, 'Riverton', 'Selectboard');
    await quickAdd(page, ['Ana Ruiz', 'Bob Chen']);
    const r = await plotRect(page);
    const target: [number, number] = [r.x + r.width * 0.71, r.y + r.height * 0.25];
    const ana = page.locator('[data-roster-id]', { hasText: 'Ana Ruiz' }).locator('.actor-name');
    const from = await ana.boundingBox();
    await drag(page, [from!.x + 10, from!.y + 8], target);
    // The second one lands exactly on the boundary between neutral and passive ally (x = 0.2).
    // Chromium puts the pointer on whole pixels: the first whole pixel at or right of the boundary.
    const [bx] = await pixelOf(page, 0.2, 0);
    const boundary: [number, number] = [Math.ceil(bx), Math.round(r.y + r.height * 0.6)];
    const bob = await page.locator('[data-roster-id]', { hasText: 'Bob Chen' }).locator('.actor-name').boundingBox();
    await drag(page, [bob!.x + 10, bob!.y + 8], boundary);
    await page.locator('[data-actor-id]').nth(1).waitFor();
    await waitSaved(page);
    await expect.poll(() => page.locator('[data-roster-id]').count()).toBe(0);
    const anaNode = page.locator('[data-actor-id]').first();
    expect(await anaNode.getAttribute('aria-label')).toBe('Ana Ruiz, decision-maker, passive ally');

    const map = await closeReadReopen(app, onlyMapFile(app));
    const onePixel = 2 / r.width;
    const a = map.actors.find((x) => x.name === 'Ana Ruiz')!;
    expect(Math.abs(a.x! - ((target[0] - r.x) / r.width) * 2 + 1)).toBeLessThanOrEqual(onePixel);
    expect(Math.abs(a.y! - (1 - (target[1] - r.y) / r.height))).toBeLessThanOrEqual(1 / r.height);
    expect(column(a.x!)).toBe(3);
    const b = map.actors.find((x) => x.name === 'Bob Chen')!;
    expect(Math.abs(b.x! - 0.2)).toBeLessThanOrEqual(onePixel);
    // The pointer was on the first pixel of "passive ally": that is where it lands.
    expect(column(b.x!)).toBe(3);
    expect(app.problems).toEqual([]);
  });

  it('drags a block by its hull: every member moves by the same offset', async () => {
    app = await startApp();
    const { page } = app;
    const before = councilMap();
    const file = await openFixture(app, before);
    const caucus = before.blocks[0]!;
    const pts = caucus.members.map((id) => before.actors.find((a) => a.id === id)!);
    const cx = pts.reduce((s, a) => s + a.x!, 0) / pts.length;
    const cy = pts.reduce((s, a) => s + a.y!, 0) / pts.length;
    const start = await pixelOf(page, cx, cy);
    const r = await plotRect(page);
    await drag(page, start, [start[0] - r.width * 0.1, start[1] + r.height * 0.1]);
    await waitSaved(page);
    const after = await closeReadReopen(app, file);
    const offsets = caucus.members.map((id) => {
      const a0 = before.actors.find((a) => a.id === id)!;
      const a1 = after.actors.find((a) => a.id === id)!;
      return [a1.x! - a0.x!, a1.y! - a0.y!];
    });
    expect(offsets[0]![0]).toBeCloseTo(-0.2, 1);
    expect(offsets[0]![1]).toBeCloseTo(-0.1, 1);
    for (const [dx, dy] of offsets) {
      expect(dx).toBeCloseTo(offsets[0]![0]!, 3);
      expect(dy).toBeCloseTo(offsets[0]![1]!, 3);
    }
    // Nobody outside the block moved.
    for (const a of after.actors.filter((x) => !caucus.members.includes(x.id))) {
      expect(a).toEqual(before.actors.find((b) => b.id === a.id));
    }
  });

  it('shows a drag as it happens: the node, its link and its hull follow the pointer, and the release draws the same', async () => {
    app = await startApp();
    const { page } = app;
    await openFixture(app, councilMap());
    // Where the node's shape is on screen, to the hundredth of a pixel (the grid draws it at its
    // coordinates; the overlay's copy is moved from there by a transform).
    const drawn = (of: { node: string; hull: string }) => async () => ({
      node: await page.locator(`${of.node} .shape`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height].map((v) => v.toFixed(2)).join(' ');
      }),
      hull: await page.locator(`${of.hull} .hull-shape`).getAttribute('d'),
    });
    const grid = drawn({ node: '[data-actor-id="m4"]', hull: '[data-block-id="b1"]' });
    const overlay = drawn({ node: '.drag-overlay [data-preview-of="m4"]', hull: '.drag-overlay [data-preview-of="b1"]' });
    // The link is painted on the links' canvas: what is checked is whether it is drawn at a place.
    const { actors } = councilMap();
    const linkWas = await midpointOf(page, actors.find((a) => a.id === 'i1')!, actors.find((a) => a.id === 'm4')!);
    const copyMiddle = () =>
      page.locator('.drag-overlay [data-preview-of="i1>m4"]').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
      });
    expect(await linkInkAt(page, linkWas)).toBeGreaterThan(0);
    const centre = async (selector: string) => {
      const b = (await page.locator(`${selector} .shape`).boundingBox())!;
      return [b.x + b.width / 2, b.y + b.height / 2];
    };
    const before = await grid();
    const [x0, y0] = await centre('[data-actor-id="m4"]');
    const r = await plotRect(page);
    const to: [number, number] = [x0! + r.width * 0.15, y0! + r.height * 0.2];
    await page.mouse.move(x0!, y0!);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 10 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Mid-drag the grid is untouched: the actor, its link and its block's hull are shown moved in
    // the overlay, and the originals are hidden.
    expect(await grid()).toEqual(before);
    expect(await page.locator('[data-actor-id="m4"]').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    const [mx, my] = await centre('.drag-overlay [data-preview-of="m4"]');
    expect(Math.abs(mx! - to[0])).toBeLessThanOrEqual(1.5);
    expect(Math.abs(my! - to[1])).toBeLessThanOrEqual(1.5);
    const during = await overlay();
    expect(during.hull).not.toBe(before.hull);
    // The link is drawn in the overlay, moved, and left off the canvas at its old place.
    const linkIs = await copyMiddle();
    expect(Math.hypot(linkIs[0] - linkWas[0], linkIs[1] - linkWas[1])).toBeGreaterThan(20);
    expect(await linkInkAt(page, linkWas)).toBe(0);
    expect(await linkInkAt(page, linkIs)).toBe(0);
    expect(await page.locator('.drag-overlay [tabindex], .drag-overlay [data-actor-id]').count()).toBe(0);
    // Every frame from the release on shows the actor where it was dropped: the overlay's copy
    // until the grid has drawn the move, then the original (never the original at its old place).
    const frames = await releaseAndWatch(page, 'm4');
    expect(frames[0]![0]).toBe('overlay');
    expect(frames.at(-1)![0]).toBe('grid');
    for (const [, x, y] of frames) {
      expect(Math.abs(x! - mx!)).toBeLessThanOrEqual(1.5);
      expect(Math.abs(y! - my!)).toBeLessThanOrEqual(1.5);
    }
    await waitSaved(page);
    // React's drawing of the committed move is the preview, to the digit, and the overlay is empty.
    expect(await grid()).toEqual(during);
    expect(await linkInkAt(page, linkIs)).toBeGreaterThan(0);
    expect(await linkInkAt(page, linkWas)).toBe(0);
    expect(await page.locator('.drag-overlay [data-preview-of]').count()).toBe(0);
    expect(await page.locator('[data-actor-id="m4"]').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await grid()).toEqual(before);
    expect(await linkInkAt(page, linkWas)).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  it('zooms with the wheel around the pointer; shapes and labels return to their size when the gesture ends', async () => {
    app = await startApp();
    const { page } = app;
    await openFixture(app, councilMap());
    const shape = page.locator('[data-actor-id="m2"] .shape');
    const label = page.locator('[data-actor-id="m2"] .label');
    const diamond = page.locator('[data-actor-id="i1"] .shape');
    // Sizes on screen: a dot, a name, an influencer's diamond, and the dot's outline (its stroke
    // width times the zoom the layer is drawn at).
    const size = async () => {
      const [s, l, d] = [(await shape.boundingBox())!, (await label.boundingBox())!, (await diamond.boundingBox())!];
      const outline = await shape.evaluate((el) => {
        const k = Number(/scale\(([^)]+)\)/.exec(document.querySelector('.zoom-layer')!.getAttribute('transform') ?? '')?.[1] ?? 1);
        return Number.parseFloat(getComputedStyle(el).strokeWidth) * k;
      });
      return { shape: s.width, label: l.height, diamond: d.width, outline };
    };
    const before = await size();
    // The pointer sits on a whole pixel (as Chromium reports it); the map point under it is tracked.
    const plotBefore = await plotRect(page);
    const [mx, my] = (await pixelOf(page, 0.1, 0.55)).map(Math.round) as [number, number];
    const under = { x: ((mx - plotBefore.x) / plotBefore.width) * 2 - 1, y: 1 - (my - plotBefore.y) / plotBefore.height };
    await page.mouse.move(mx, my);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
    await expect.poll(() => page.locator('.zoom-level').textContent()).not.toBe('100%');
    // The gesture ends 150 ms after the last wheel event; then sizes are back.
    await expect.poll(size, { timeout: 3000 }).toEqual({
      shape: expect.closeTo(before.shape, 0) as number,
      label: expect.closeTo(before.label, 0) as number,
      diamond: expect.closeTo(before.diamond, 0) as number,
      outline: expect.closeTo(before.outline, 1) as number,
    });
    const k = Number((await page.locator('.zoom-level').textContent())!.replace('%', '')) / 100;
    const plotAfter = await plotRect(page);
    expect(plotAfter.width / plotBefore.width).toBeCloseTo(k, 1);
    // The map point under the pointer stayed under it.
    const [ax, ay] = await pixelOf(page, under.x, under.y);
    expect(Math.abs(ax - mx)).toBeLessThanOrEqual(1);
    expect(Math.abs(ay - my)).toBeLessThanOrEqual(1);
    // The links' canvas follows the zoom: every link whose middle is in view is drawn there.
    const { actors, links } = councilMap();
    const stage = (await page.locator('.grid-stage').boundingBox())!;
    let inView = 0;
    for (const l of links) {
      const [x, y] = await midpointOf(page, actors.find((a) => a.id === l.from)!, actors.find((a) => a.id === l.to)!);
      if (x < stage.x + 10 || x > stage.x + stage.width - 10 || y < stage.y + 10 || y > stage.y + stage.height - 10) continue;
      inView++;
      expect(await linkInkAt(page, [x, y])).toBeGreaterThan(0);
    }
    expect(inView).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  it('zooms with the pointer on a person; the gesture moves the grid and the people as pictures, drawn sharp when it ends', async () => {
    app = await startApp();
    const { page } = app;
    await openFixture(app, councilMap());
    // Every frame: the picture's CSS transform, the transform its people are drawn at, and how many
    // changes were made to the people themselves while the picture was moved.
    await page.evaluate(() => {
      const people = document.querySelector('.grid-people')!;
      const layer = people.firstElementChild!;
      const w = window as unknown as { frames_: [string, string | null, number][]; redrawn: number; changes: number };
      w.frames_ = [];
      w.redrawn = 0;
      w.changes = 0;
      new MutationObserver((records) => {
        const ofPeople = records.filter((r) => r.target !== layer).length;
        w.changes += ofPeople;
        if (people.getAttribute('style')?.includes('transform')) w.redrawn += ofPeople;
      }).observe(layer, { subtree: true, attributes: true, childList: true });
      const grid = document.querySelector('.grid-svg') as SVGElement;
      const zoomLayer = document.querySelector('.zoom-layer')!;
      const sample = () => {
        // The grid (columns, hulls) is moved with the people, or the frame is out of step.
        const inStep = grid.style.transform === (people as SVGElement).style.transform && zoomLayer.getAttribute('transform') === layer.getAttribute('transform');
        w.frames_.push([(people as SVGElement).style.transform, inStep ? layer.getAttribute('transform') : 'out of step', w.redrawn]);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    // The people are drawn as they will stay (names laid out around the path's arrows, which follow the projection).
    const changes = () => page.evaluate(() => (window as unknown as { changes: number }).changes);
    let [last, now] = [-1, await changes()];
    while (now !== last) {
      await page.waitForTimeout(400);
      [last, now] = [now, await changes()];
    }
    const dot = (await page.locator('[data-actor-id="m2"] .shape').boundingBox())!;
    // Four wheel steps in one task, on what is under the pointer (the person): one gesture, however
    // slow the machine (a real one ends 150 ms after its last step).
    const target = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x!, y!)!;
      for (let i = 0; i < 4; i++) el.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      return el.closest('[data-actor-id]')?.getAttribute('data-actor-id');
    }, [dot.x + dot.width / 2, dot.y + dot.height / 2]);
    expect(target).toBe('m2');
    await expect.poll(() => page.locator('.zoom-level').textContent()).not.toBe('100%');
    await expect.poll(() => page.locator('.grid-people').evaluate((el) => (el as SVGElement).style.transform), { timeout: 3000 }).toBe('');
    const k = Number((await page.locator('.zoom-level').textContent())!.replace('%', '')) / 100;
    const frames = await page.evaluate(() => (window as unknown as { frames_: [string, string | null, number][] }).frames_);
    const during = frames.filter(([picture]) => picture !== '');
    expect(during.length).toBeGreaterThan(0);
    // While the gesture lasted, the people stayed drawn at the view before it, scaled as a picture, and nothing of theirs was rewritten.
    for (const [picture, drawnAt, redrawn] of during) {
      expect(picture).toMatch(/^translate\(.+\) scale\(.+\)$/);
      expect(drawnAt).toBe('translate(0,0) scale(1)');
      expect(redrawn).toBe(0);
    }
    // Then they are drawn at the new view; the person under the pointer stayed under it.
    const drawnAt = await page.locator('.grid-people > g').getAttribute('transform');
    expect(await page.locator('.zoom-layer').getAttribute('transform')).toBe(drawnAt);
    expect(Number(/scale\(([^)]+)\)/.exec(drawnAt ?? '')?.[1])).toBeCloseTo(k, 2);
    const after = (await page.locator('[data-actor-id="m2"] .shape').boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - (dot.x + dot.width / 2))).toBeLessThanOrEqual(1.5);
    expect(Math.abs(after.y + after.height / 2 - (dot.y + dot.height / 2))).toBeLessThanOrEqual(1.5);
    expect(app.problems).toEqual([]);
  });

  it('undoes and redoes a move, and moves an actor with the keyboard', async () => {
    app = await startApp();
    const { page } = app;
    const before = councilMap();
    const file = await openFixture(app, before);
    const gina = before.actors.find((a) => a.name === 'Gina Patel')!;
    const from = await pixelOf(page, gina.x!, gina.y!);
    const to = await pixelOf(page, -0.7, 0.2);
    const node = page.locator(`[data-actor-id="${gina.id}"]`);
    const label = () => node.getAttribute('aria-label');
    await drag(page, from, to);
    await waitSaved(page);
    expect(await label()).toBe('Gina Patel, decision-maker, active opponent');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await label()).toBe('Gina Patel, decision-maker, passive ally');
    await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);
    expect(await label()).toBe('Gina Patel, decision-maker, active opponent');
    await page.keyboard.press('Control+z');
    await waitSaved(page);

    // Keyboard only: focus Gina's node, move her right one step and up five (Shift).
    await node.focus();
    await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    await page.keyboard.press('Shift+ArrowUp');
    await waitSaved(page);
    // Tab reaches the next actor and selects it; Enter opens the editor on it.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Hugo Silva, decision-maker, passive opponent$/);
    await page.keyboard.press('Enter');
    // The editor follows the selection a painted frame later.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Hugo Silva');
    const moved = (await closeReadReopen(app, file)).actors.find((a) => a.id === gina.id)!;
    expect(moved.x).toBeCloseTo(gina.x! + 0.04, 6);
    expect(moved.y).toBeCloseTo(gina.y! + 0.1, 6);
  });

  it('draws an influence link by Alt-dragging and deletes it', async () => {
    app = await startApp();
    const { page } = app;
    const before = councilMap();
    before.links = [];
    const file = await openFixture(app, before);
    const farm = before.actors.find((a) => a.name === 'Farm Bureau')!;
    const dan = before.actors.find((a) => a.name === 'Dan Moore')!;
    // Drawn from the decision-maker to the influencer: the arrow still runs influencer → decision-maker.
    await drag(page, await pixelOf(page, dan.x!, dan.y!), await pixelOf(page, farm.x!, farm.y!), { alt: true });
    await waitSaved(page);
    const linked = await closeReadReopen(app, file);
    expect(linked.links).toEqual([{ from: farm.id, to: dan.id, strength: 0.5 }]);
    expect(linked.actors.find((a) => a.id === dan.id)).toMatchObject({ x: dan.x, y: dan.y });
    const link = page.locator(`[data-link-from="${farm.id}"][data-link-to="${dan.id}"]`);
    await link.waitFor({ state: 'attached' });
    // Click the middle of the arrow, then Delete.
    const [x1, y1] = await pixelOf(page, farm.x!, farm.y!);
    const [x2, y2] = await pixelOf(page, dan.x!, dan.y!);
    await page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2);
    await page.keyboard.press('Delete');
    await waitSaved(page);
    await expect.poll(() => link.count()).toBe(0);
    expect((await closeReadReopen(app, file)).links).toEqual([]);
  });

  it('runs the whole flow in Spanish: add, place, block, link, undo, reopen', async () => {
    app = await startApp({ language: 'es' });
    const { page } = app;
    await createMapViaUi(page, 'Richford', 'Junta');
    await quickAdd(page, ['Ana Ruiz', 'Luis Gómez'], 'Nombre y Enter');
    await page.getByText('Persona o grupo influyente', { exact: true }).first().click();
    await quickAdd(page, ['Iglesia San José'], 'Nombre y Enter');
    const r = await plotRect(page);
    const spots: [number, number][] = [
      [0.5, 0.8],
      [0.3, 0.6],
      [0.8, 0.3],
    ];
    for (const [i, name] of ['Ana Ruiz', 'Luis Gómez', 'Iglesia San José'].entries()) {
      const box = await page.locator('[data-roster-id]', { hasText: name }).locator('.actor-name').boundingBox();
      await drag(page, [box!.x + 8, box!.y + 8], await pixelOf(page, ...spots[i]!));
      await page.locator('[data-actor-id]').nth(i).waitFor();
    }
    await waitSaved(page, 'Guardado');
    const ana = page.locator('[data-actor-id]').first();
    expect(await ana.getAttribute('aria-label')).toBe('Ana Ruiz, persona que decide, aliado pasivo');
    // Two selected with Shift-click become a block from the editor.
    await ana.locator('.shape').click();
    await page.locator('[data-actor-id]').nth(1).locator('.shape').click({ modifiers: ['Shift'] });
    // The editor follows the selection a frame behind: type once it is the two people's editor.
    await page.locator('#editor-title', { hasText: '2 seleccionadas' }).waitFor();
    await page.getByPlaceholder('Bloque nuevo').fill('Mayoría');
    await page.getByRole('button', { name: 'Crear bloque' }).click();
    await page.locator('[data-block-id]').waitFor();
    // A link from the editor, then a mistaken move undone.
    await page.locator('[data-actor-id]').nth(2).locator('.shape').click();
    // The list of actors to link with is built when it is focused, as a person opening it does.
    await page.getByRole('combobox', { name: 'Vincular con…' }).focus();
    await page.getByRole('combobox', { name: 'Vincular con…' }).selectOption({ label: 'Luis Gómez' });
    await page.getByRole('button', { name: 'Agregar vínculo' }).click();
    await page.locator('[data-link-from]').waitFor({ state: 'attached' });
    await drag(page, await pixelOf(page, 0.8, 0.3), [r.x + 5, r.y + 5]);
    await waitSaved(page, 'Guardado');
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await waitSaved(page, 'Guardado');
    const map = await closeReadReopen(app, onlyMapFile(app));
    expect(map.blocks.map((b) => [b.name, b.members.length])).toEqual([['Mayoría', 2]]);
    expect(map.links).toHaveLength(1);
    const church = map.actors.find((a) => a.name === 'Iglesia San José')!;
    expect(church.kind).toBe('influencer');
    expect(column(church.x!)).toBe(4);
    expect(church.y!).toBeCloseTo(0.3, 1);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Not on the grid|Decision-maker|Draw links/);
    expect(app.problems).toEqual([]);
  });
});
