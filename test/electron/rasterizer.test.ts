import { describe, expect, it } from 'vitest';
import { electronRasterizer, exportWindowOptions } from '../../electron/main/rasterizer';

type BrowserWindowConstructorOptions = ReturnType<typeof exportWindowOptions>;

/** A stand-in BrowserWindow that records what the rasterizer asks of it. */
function fakeWindowClass(opts: { failLoad?: boolean } = {}) {
  const made: { options: BrowserWindowConstructorOptions; url: string; destroyed: boolean; pdfOptions?: unknown }[] = [];
  class FakeWindow {
    private readonly record;
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, url: '', destroyed: false } as (typeof made)[number];
      made.push(this.record);
    }
    async loadURL(url: string) {
      this.record.url = url;
      if (opts.failLoad) throw new Error('load failed');
    }
    destroy() {
      this.record.destroyed = true;
    }
    webContents = {
      capturePage: async () => ({ toPNG: () => Buffer.from([0x89, 0x50, 0x4e, 0x47]) }),
      printToPDF: async (o: unknown) => {
        this.record.pdfOptions = o;
        return Buffer.from('%PDF-1.7');
      },
    };
  }
  return { Window: FakeWindow as never, made };
}

const decode = (url: string) => Buffer.from(url.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString('utf8');

describe('the desktop rasterizer', () => {
  it('draws the SVG in a hidden, script-less, sandboxed window at the asked pixel density', async () => {
    const { Window, made } = fakeWindowClass();
    const png = await electronRasterizer(Window).png('<svg><text>Ana &lt;img&gt;</text></svg>', 1200, 850, 2);
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(made).toHaveLength(1);
    const { options, url, destroyed } = made[0]!;
    expect(options).toMatchObject({ show: false, width: 2400, height: 1700 });
    expect(options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, zoomFactor: 2 });
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(decode(url)).toContain('<svg><text>Ana &lt;img&gt;</text></svg>');
    expect(destroyed).toBe(true);
  });

  it('prints the reportback on the chosen paper, and always throws the window away', async () => {
    const { Window, made } = fakeWindowClass();
    const pdf = await electronRasterizer(Window).pdf('<h1>Reportback</h1>', 'a4');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7');
    expect(made[0]!.pdfOptions).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await electronRasterizer(Window).pdf('<p/>', 'letter');
    expect(made[1]!.pdfOptions).toMatchObject({ pageSize: 'Letter' });

    const failing = fakeWindowClass({ failLoad: true });
    await expect(electronRasterizer(failing.Window).png('<svg/>', 10, 10, 1)).rejects.toThrow('load failed');
    expect(failing.made[0]!.destroyed).toBe(true);
  });

  it('sizes the window in device pixels', () => {
    expect(exportWindowOptions(100.4, 50, 2)).toMatchObject({ width: 201, height: 100 });
  });
});
