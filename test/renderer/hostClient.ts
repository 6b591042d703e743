/** A renderer client wired straight to a real Host (real handlers, real SQLite), for jsdom tests. */
import path from 'node:path';
import { METHODS, type Client } from '../../shared/contract';
import { dispatch } from '../../electron/host/dispatch';
import { Host } from '../../electron/host/handlers';
import { tempDir } from '../store/helpers';

export function realHost(language: 'en' | 'es' = 'en') {
  const dir = tempDir('pm-renderer-');
  const host = new Host({ kind: 'browser', version: 't', dataDir: dir, mapsDir: path.join(dir, 'maps'), dialogs: null, systemLanguage: language });
  // Round-trip through JSON, as both real transports do.
  const client = Object.fromEntries(
    METHODS.map((m) => [m, async (args: unknown) => JSON.parse(JSON.stringify(await dispatch(host.handlers, m, JSON.parse(JSON.stringify(args)))))]),
  ) as Client;
  return { host, client, dir };
}
