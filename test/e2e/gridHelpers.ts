/** Pointer helpers for grid tests: map coordinates ↔ page pixels through the grid-plot rectangle. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { MapDocument } from '../../electron/store/document';
import type { PowerMap } from '../../shared/model';
import type { App } from './harness';

export async function plotRect(page: Page) {
  const box = await page.getByTestId('grid-plot').boundingBox();
  if (!box) throw new Error('grid-plot not visible');
  return box;
}

/** The page pixel of a map point (at the current zoom, via the plot rectangle). */
export async function pixelOf(page: Page, x: number, y: number): Promise<[number, number]> {
  const r = await plotRect(page);
  return [r.x + ((x + 1) / 2) * r.width, r.y + (1 - y) * r.height];
}

export async function drag(page: Page, from: [number, number], to: [number, number], opts: { steps?: number; alt?: boolean } = {}) {
  await page.mouse.move(...from);
  if (opts.alt) await page.keyboard.down('Alt');
  await page.mouse.down();
  await page.mouse.move(from[0] + 3, from[1] + 3, { steps: 2 });
  await page.mouse.move(...to, { steps: opts.steps ?? 12 });
  await page.mouse.up();
  if (opts.alt) await page.keyboard.up('Alt');
}

/** The edit is saved, and the grid (when one is open) shows it: the grid draws a change after the frame that answers it. */
export async function waitSaved(page: Page, text = 'Saved') {
  await page.getByTestId('save-status').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
  if (await page.locator('.grid-svg').count()) await page.locator('.grid-stage[aria-busy="false"]').waitFor();
}

/** Writes a map file into the app's maps folder and opens it from the start screen. */
export async function openFixture(app: App, map: PowerMap, name = 'fixture') {
  fs.mkdirSync(app.mapsDir, { recursive: true });
  const file = path.join(app.mapsDir, `${name}.powermap`);
  MapDocument.create(file, map).close();
  await app.page.reload();
  await app.page.locator('.recent-item').first().click();
  await app.page.getByTestId('grid-plot').waitFor();
  return file;
}

/** The map as the file on disk holds it (the file must not be open in the app: it is locked while open). */
export function readFromDisk(file: string): PowerMap {
  const doc = MapDocument.open(file, { readOnly: true });
  try {
    return doc.map;
  } finally {
    doc.close();
  }
}

/** Closes the map in the app, reads the file from disk, and opens it again from "Your maps". */
export async function closeReadReopen(app: App, file: string): Promise<PowerMap> {
  const { page } = app;
  await page.locator('.toolbar-actions button').filter({ hasText: /^(Close map|Cerrar el mapa)$/ }).click();
  await page.locator('.recent-item').first().waitFor();
  const map = readFromDisk(file);
  await page.locator('.recent-item').first().click();
  await page.getByTestId('grid-plot').waitFor();
  return map;
}

export function onlyMapFile(app: App): string {
  const files = fs.readdirSync(app.mapsDir).filter((f) => f.endsWith('.powermap'));
  if (files.length !== 1) throw new Error(`expected one map, found ${files.length}`);
  return path.join(app.mapsDir, files[0]!);
}

/** Runs a command from the toolbar's "More" menu (votes, snapshots, breakout groups, import people, save a copy), as a person does. */
export async function moreCommand(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name: /^(More|Más)$/ }).click();
  await page.getByRole('menuitem', { name, exact: typeof name === 'string' }).click();
}

/**
 * Releases the mouse and records, frame by frame, where actor `id` is seen: its copy in the drag
 * overlay, its node on the grid, or nowhere (hidden), until the grid shows it (at least 3 frames,
 * at most 40). Returns each frame's [where, x, y] (the centre of its shape on screen).
 */
export async function releaseAndWatch(page: Page, id: string): Promise<[string, number?, number?][]> {
  await page.evaluate(`(() => {
    const seen = (window.__seen = []);
    const centre = (el) => { const b = el.querySelector('.shape').getBoundingClientRect(); return [b.x + b.width / 2, b.y + b.height / 2]; };
    const probe = () => {
      const copy = document.querySelector('.drag-overlay [data-preview-of="${id}"]');
      const original = document.querySelector('[data-actor-id="${id}"]');
      seen.push(copy ? ['overlay', ...centre(copy)] : getComputedStyle(original).opacity === '0' ? ['none'] : ['grid', ...centre(original)]);
      if (seen.length < 40 && (seen.length < 3 || seen.at(-1)[0] !== 'grid')) requestAnimationFrame(probe);
      else window.__watched = true;
    };
    window.__watched = false;
    // pointerup: d3-drag stops the mouseup from reaching any other listener.
    addEventListener('pointerup', () => requestAnimationFrame(probe), { once: true, capture: true });
  })()`);
  await page.mouse.up();
  await page.waitForFunction(() => (window as unknown as { __watched: boolean }).__watched, null, { timeout: 30_000 });
  return (await page.evaluate('window.__seen')) as [string, number?, number?][];
}

/**
 * How much ink the links' canvas has within `radius` pixels of a page point: the sum of its
 * pixels' alpha (0: no link is drawn there). Links are painted on a canvas (LinkCanvas), so this
 * reads what is on screen rather than an element's attributes.
 */
export async function linkInkAt(page: Page, [x, y]: readonly [number, number], radius = 2): Promise<number> {
  return page.evaluate(
    ([x, y, radius]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.link-canvas')!;
      const r = canvas.getBoundingClientRect();
      const s = canvas.width / r.width;
      const side = 2 * Math.round(radius * s) + 1;
      const data = canvas.getContext('2d')!.getImageData(Math.round((x! - r.left) * s) - Math.round(radius * s), Math.round((y! - r.top) * s) - Math.round(radius * s), side, side).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) ink += data[i]!;
      return ink;
    },
    [x, y, radius] as const,
  );
}

/** The page pixel halfway between two map points. */
export async function midpointOf(page: Page, a: { x: number | null; y: number | null }, b: { x: number | null; y: number | null }): Promise<[number, number]> {
  const [x1, y1] = await pixelOf(page, a.x!, a.y!);
  const [x2, y2] = await pixelOf(page, b.x!, b.y!);
  return [(x1 + x2) / 2, (y1 + y2) / 2];
}
