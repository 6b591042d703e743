/**
 * Turns the pure SVG/HTML renderings into PNG and PDF bytes. The CLI and the loopback host use
 * headless Chromium (chromiumRenderer.ts); Electron's main can implement the same interface with an
 * offscreen BrowserWindow (capturePage / webContents.printToPDF).
 */
import type { Paper } from '../../shared/export/format';

export interface Rasterizer {
  /** The SVG drawn at `scale` device pixels per SVG unit, as PNG bytes. */
  png(svg: string, width: number, height: number, scale: number): Promise<Uint8Array>;
  /** The print layout as PDF bytes, on the given paper. */
  pdf(html: string, paper: Paper): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Raised when no rasterizer can run here; its message key is translated by the caller. */
export class RasterizerMissing extends Error {
  constructor(readonly path: string) {
    super(`Chromium not found at ${path}`);
  }
}
