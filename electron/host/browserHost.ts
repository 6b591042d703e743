/**
 * The one place that builds the browser host: `powermap serve` and `npm start` without Electron
 * (electron/main/browserFallback.ts) both call this, so they cannot drift apart again (the fallback
 * once had no rasterizer, and its PNG/PDF exports answered "not available here"). Electron's main
 * builds its own Host because it has native dialogs and draws exports with its own Chromium.
 */
import type { Language } from '../../shared/contract';
import type { Rasterizer } from '../export/rasterizer';
import { Host } from './handlers';
import { defaultDataDir, defaultMapsDir } from './paths';

export interface BrowserHostOptions {
  version: string;
  systemLanguage: Language;
  /** The settings folder; POWERMAP_DATA_DIR or the platform's default when absent. */
  dataDir?: string;
}

export interface BrowserHost {
  host: Host;
  rasterizer: Rasterizer;
  /** Closes every open map and the rasterizer's browser. */
  close(): Promise<void>;
}

export async function createBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const dataDir = opts.dataDir ?? defaultDataDir();
  // PNG/PDF exports draw with the machine's Chromium; loaded here (not at the top) so CLI commands
  // that never serve start without playwright.
  const rasterizer: Rasterizer = new (await import('../export/chromiumRenderer')).ChromiumRasterizer();
  const host = new Host({
    kind: 'browser',
    version: opts.version,
    dataDir,
    mapsDir: defaultMapsDir(dataDir),
    dialogs: null,
    systemLanguage: opts.systemLanguage,
    rasterizer,
  });
  return {
    host,
    rasterizer,
    async close() {
      host.closeAll();
      await rasterizer.close();
    },
  };
}
