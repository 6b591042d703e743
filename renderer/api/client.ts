/**
 * The renderer's only way to its host. Under Electron the preload bridge exposes one function per
 * contract method; in a browser the loopback host answers the same methods over HTTP.
 */
import { METHODS, type ArgsOf, type Client, type Method, type Result, type ResultOf } from '../../shared/contract';
import { MAX_IMPORT_MB } from '../../shared/limits';
import { TOKEN_HEADER } from '../../shared/security';

export type Bridge = { [M in Method]: (args: ArgsOf<M>) => Promise<Result<ResultOf<M>>> };

declare global {
  interface Window {
    powermap?: Bridge;
  }
}

const TOKEN_KEY = 'powermap.token';

/** Takes the token (and a map to open) from the launch URL's fragment, then hides it. */
export function readLaunchFragment(): { openKey: string | null } {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  return { openKey: params.get('open') };
}

function httpClient(): Client {
  const call = async (method: Method, args: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '' },
        body: JSON.stringify(args ?? {}),
      });
      if (res.status === 413) return { ok: false, error: { code: 'too-big', message: await res.text(), params: { limit: MAX_IMPORT_MB } } };
      if (!res.ok) return { ok: false, error: { code: 'io', message: await res.text() } };
      return (await res.json()) as Result<unknown>;
    } catch (e) {
      return { ok: false, error: { code: 'io', message: (e as Error).message, params: { network: 1 } } };
    }
  };
  return Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as Client;
}

function bridgeClient(bridge: Bridge): Client {
  return Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => (bridge[m] as (a: unknown) => Promise<Result<unknown>>)(args)])) as Client;
}

let client: Client | null = null;

export function api(): Client {
  client ??= window.powermap ? bridgeClient(window.powermap) : httpClient();
  return client;
}

/** For tests: talk to a given client instead. */
export function setApi(c: Client | null): void {
  client = c;
}
