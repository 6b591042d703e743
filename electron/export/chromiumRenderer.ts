/**
 * A Rasterizer driving the Chromium installed on the machine (CHROMIUM_PATH, else
 * /usr/bin/chromium) through playwright-core. JavaScript is off and every request is refused, so
 * the page shows only the escaped markup it was given and never touches the network.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Paper } from '../../shared/export/format';
import { RasterizerMissing, type Rasterizer } from './rasterizer';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export class ChromiumRasterizer implements Rasterizer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string = chromiumPath()) {}

  private launch(): Promise<Browser> {
    if (!fs.existsSync(this.executablePath)) throw new RasterizerMissing(this.executablePath);
    this.browser ??= chromium.launch({ executablePath: this.executablePath, headless: true, args: ARGS }).catch((e: unknown) => {
      this.browser = null; // a later export may try again
      throw e;
    });
    return this.browser;
  }

  private async withPage<T>(viewport: { width: number; height: number }, scale: number, fn: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport, deviceScaleFactor: scale, offline: true });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      return await fn(page);
    } finally {
      await context.close();
    }
  }

  png(svg: string, width: number, height: number, scale: number): Promise<Uint8Array> {
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`;
    return this.withPage({ width, height }, scale, async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } }));
    });
  }

  pdf(html: string, paper: Paper): Promise<Uint8Array> {
    return this.withPage({ width: 900, height: 1200 }, 1, async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, format: paper === 'a4' ? 'A4' : 'Letter' }));
    });
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close();
  }
}
