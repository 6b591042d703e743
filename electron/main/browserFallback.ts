/**
 * `npm start` where the Electron binary is missing (as on a machine that installed without internet):
 * serve the app on loopback like `powermap serve`, reopen the last map, and say plainly, in the
 * user's language, why this is a browser tab and not the desktop window.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/contract';
import { createTranslator, languageFromLocale } from '../../shared/i18n';
import { createBrowserHost } from '../host/browserHost';
import { keyOf, type Host } from '../host/handlers';
import { startLoopback, type LoopbackServer } from '../host/loopback';
import { openThroughLaunchFile } from '../host/launchFile';
import { defaultDataDir, defaultMapsDir } from '../host/paths';

export interface FallbackOptions {
  rendererDir: string;
  dataDir?: string;
  version?: string;
  systemLanguage?: Language;
  out?: (line: string) => void;
  openBrowser?: (url: string) => Promise<boolean>;
}

export interface Fallback {
  server: LoopbackServer;
  host: Host;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the default browser without a shell; false if there is none (a server, a container). The
 * opener either exits at once (0 = done) or keeps running as the browser, which also counts as done.
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform, patienceMs = 3000): Promise<boolean> {
  const [cmd, args] =
    platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
      const timer = setTimeout(() => resolve(true), patienceMs);
      child.unref();
      child.once('error', () => {
        clearTimeout(timer);
        resolve(false);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code === 0);
      });
    } catch {
      resolve(false);
    }
  });
}

export async function runBrowserFallback(opts: FallbackOptions): Promise<Fallback> {
  const out = opts.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  // The same host as `powermap serve` (PNG and PDF exports included).
  const browserHost = await createBrowserHost({
    version: opts.version ?? '0.0.0',
    dataDir: opts.dataDir,
    systemLanguage: opts.systemLanguage ?? languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
  });
  const { host } = browserHost;
  const t = createTranslator(host.settings.language());

  out(t('desktop.start.noElectron'));
  out(t('desktop.start.browserInstead'));
  let openKey: string | undefined;
  const last = host.settings.read().lastOpened;
  if (last && fs.existsSync(last)) {
    try {
      host.openPath(last);
      openKey = keyOf(last);
      out(t('desktop.start.openedMap', { file: path.basename(last) }));
    } catch {
      // A last map that cannot be opened just means the start screen, which lists it as it is.
    }
  }
  const server = await startLoopback({ host, staticDir: opts.rendererDir });
  const url = server.launchUrl(openKey);
  out('');
  out(t('desktop.start.openThis'));
  out(`  ${url}`);
  out('');
  out(t('desktop.start.stop'));
  // The browser gets a file that forwards to `url`: the key never appears on a command line.
  const launch = await openThroughLaunchFile(url, opts.openBrowser ?? openInBrowser);
  if (!launch.opened) out(t('desktop.start.noBrowser'));
  return {
    server,
    host,
    url,
    async close() {
      launch.remove();
      await server.close();
      await browserHost.close();
    },
  };
}
