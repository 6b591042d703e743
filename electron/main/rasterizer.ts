/**
 * The desktop app's Rasterizer: the same SVG and print layout the CLI and browser host render in
 * headless Chromium, drawn here by Electron's own Chromium in a hidden, script-less window
 * (capturePage for PNG, printToPDF for the reportback). Takes the BrowserWindow class as a
 * parameter so a test can hand it a fake.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Paper } from '../../shared/export/format';
import type { Rasterizer } from '../export/rasterizer';

type WindowClass = new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadURL' | 'destroy' | 'webContents'>;

/** A hidden window that runs no script, reaches nothing, and is thrown away after one export. */
export function exportWindowOptions(width: number, height: number, scale: number): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: Math.ceil(width * scale),
    height: Math.ceil(height * scale),
    useContentSize: true,
    frame: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      offscreen: true,
      zoomFactor: scale,
      spellcheck: false,
      devTools: false,
    },
  };
}

const dataUrl = (html: string) => `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

export function svgPage(svg: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff;overflow:hidden}svg{display:block}</style></head><body>${svg}</body></html>`;
}

export function electronRasterizer(Window: WindowClass): Rasterizer {
  async function withWindow<T>(options: BrowserWindowConstructorOptions, html: string, fn: (w: InstanceType<WindowClass>) => Promise<T>): Promise<T> {
    const win = new Window(options);
    try {
      await win.loadURL(dataUrl(html));
      return await fn(win);
    } finally {
      win.destroy();
    }
  }
  return {
    png: (svg, width, height, scale) =>
      withWindow(exportWindowOptions(width, height, scale), svgPage(svg), async (win) => {
        const image = await win.webContents.capturePage();
        return new Uint8Array(image.toPNG());
      }),
    pdf: (html, paper: Paper) =>
      withWindow(exportWindowOptions(900, 1200, 1), html, async (win) =>
        new Uint8Array(await win.webContents.printToPDF({ pageSize: paper === 'a4' ? 'A4' : 'Letter', printBackground: true, preferCSSPageSize: true })),
      ),
    async close() {},
  };
}
