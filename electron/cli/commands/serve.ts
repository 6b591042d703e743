import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBrowserHost } from '../../host/browserHost';
import { keyOf } from '../../host/handlers';
import { startLoopback } from '../../host/loopback';
import { CliFailure, type Command } from '../context';
import { StoreError } from '../../store/errors';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RENDERER_DIR = path.resolve(here, '../../../dist/renderer');

export const serveCommand: Command = {
  helpKey: 'cli.serveHelp',
  options: { port: { type: 'string', short: 'p' }, 'no-open': { type: 'boolean' } },
  async run([file], values, ctx) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliFailure(ctx.t('cli.badPort'));
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
    const server = await startLoopback({ host, staticDir: process.env.POWERMAP_RENDERER_DIR ?? RENDERER_DIR, port });
    ctx.out(ctx.t('cli.serving', { url: server.launchUrl(openKey) }));
    await ctx.stopSignal;
    await server.close();
    await browserHost.close();
    ctx.err(ctx.t('cli.stopped'));
    return 0;
  },
};
