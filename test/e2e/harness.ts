/**
 * End-to-end harness: a fresh data folder, the real loopback host serving the built renderer, and
 * Debian's Chromium driven by playwright-core with a fresh profile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Host } from '../../electron/host/handlers';
import { startLoopback, type LoopbackServer } from '../../electron/host/loopback';
import type { Rasterizer } from '../../electron/export/rasterizer';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built renderer; RENDERER_DIR points elsewhere (a bench comparing two builds). */
export const RENDERER_DIR = process.env.RENDERER_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface App {
  page: Page;
  context: BrowserContext;
  host: Host;
  server: LoopbackServer;
  dataDir: string;
  mapsDir: string;
  /** Console errors and page errors seen so far. */
  problems: string[];
  /** Opens the app again in a new tab (same host). */
  reopen(openKey?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(profile: string = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-chromium-'))) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  });
}

export async function startApp(opts: { dataDir?: string; language?: 'en' | 'es'; openKey?: string; rasterizer?: Rasterizer } = {}): Promise<App> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pm-data-'));
  const mapsDir = path.join(dataDir, 'maps');
  const host = new Host({ kind: 'browser', version: 'test', dataDir, mapsDir, dialogs: null, systemLanguage: opts.language ?? 'en', rasterizer: opts.rasterizer });
  const server = await startLoopback({ host, staticDir: RENDERER_DIR });
  const context = await launchBrowser();
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    return page;
  };
  const page = watch(context.pages()[0] ?? (await context.newPage()));
  await page.goto(server.launchUrl(opts.openKey));
  await page.waitForSelector('#root > *:not(.loading)');
  return {
    page,
    context,
    host,
    server,
    dataDir,
    mapsDir,
    problems,
    async reopen(openKey) {
      const p = watch(await context.newPage());
      await p.goto(server.launchUrl(openKey));
      await p.waitForSelector('#root > *:not(.loading)');
      return p;
    },
    async close() {
      await context.close();
      await server.close();
      host.closeAll();
    },
  };
}

/** Creates a map through the start screen's New map dialog. */
export async function createMapViaUi(page: Page, town: string, title = ''): Promise<void> {
  await page.getByRole('button', { name: /New map|Mapa nuevo/ }).click();
  await page.locator('input[name="town"]').fill(town);
  await page.locator('input[name="title"]').fill(title);
  await page.locator('.dialog button[type="submit"]').click();
  await page.waitForSelector('.map-screen');
}
