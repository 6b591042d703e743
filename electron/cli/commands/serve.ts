import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBrowserHost } from '../../host/browserHost';
import { keyOf } from '../../host/handlers';
import { startLoopback } from '../../host/loopback';
import { CliFailure, type CliContext, type Command } from '../context';
import { StoreError } from '../../store/errors';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.resolve(here, '../../../dist/renderer');
const BUILD_SCRIPT = path.resolve(here, '../../../scripts/build-renderer.mjs');

/**
 * Right after `npm install` the app's pages are not built yet: build them (once, into the folder
 * that will be served), or say what to run. A folder that holds anything else is never built over,
 * since the build empties it first.
 */
async function ensureRendererBuilt(dir: string, ctx: CliContext): Promise<void> {
  if (fs.existsSync(path.join(dir, 'index.html'))) return;
  const ours = path.resolve(dir) === RENDERER_DIR;
  const empty = !fs.existsSync(dir) || (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0);
  const refuse = (reason: string) => new CliFailure(ctx.t('launch.serve.notBuilt', { dir, reason }));
  if (!ours && !empty) throw refuse(ctx.t('launch.serve.notEmpty'));
  if (!fs.existsSync(BUILD_SCRIPT)) throw refuse(ctx.t('launch.serve.noBuilder'));
  ctx.err(ctx.t('launch.serve.building', { dir }));
  try {
    const { buildRenderer } = (await import(pathToFileURL(BUILD_SCRIPT).href)) as {
      buildRenderer(o: { outDir: string }): Promise<boolean>;
    };
    await buildRenderer({ outDir: dir });
  } catch (e) {
    throw refuse((e as Error).message.split('\n')[0]!);
  }
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw refuse(ctx.t('launch.serve.noBuilder'));
}

export const serveCommand: Command = {
  helpKey: 'cli.serveHelp',
  options: { port: { type: 'string', short: 'p' }, 'no-open': { type: 'boolean' } },
  async run([file], values, ctx) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliFailure(ctx.t('cli.badPort'));
    const staticDir = process.env.POWERMAP_RENDERER_DIR ?? RENDERER_DIR;
    await ensureRendererBuilt(staticDir, ctx);
    const browserHost = await createBrowserHost({ version: process.env.npm_package_version ?? '0.1.0', systemLanguage: ctx.lang });
    const { host } = browserHost;
    let openKey: string | undefined;
    const toOpen = file ?? host.settings.read().lastOpened ?? undefined;
    if (toOpen) {
      try {
        host.openPath(toOpen);
        openKey = keyOf(toOpen);
      } catch (e) {
        if (file && e instanceof StoreError) throw new CliFailure(ctx.t('cli.refused', { file, reason: ctx.t(`errors.${e.code}`, e.params) }));
      }
    }
    const server = await startLoopback({ host, staticDir, port });
    ctx.out(ctx.t('cli.serving', { url: server.launchUrl(openKey) }));
    await ctx.stopSignal;
    await server.close();
    await browserHost.close();
    ctx.err(ctx.t('cli.stopped'));
    return 0;
  },
};
