/**
 * The renderer's only way to its host. Under Electron the preload bridge exposes one function per
 * contract method; in a browser the loopback host answers the same methods over HTTP.
 */
import type { ArgsOf, Client, Method, Result, ResultOf } from '../../shared/contract';
import { METHODS } from '../../shared/contractNames';
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

/** How long a call may take before the page stops waiting and says so (see timeoutError). */
export const CALL_TIMEOUT_MS = 15_000;

/**
 * Per method: no limit where the host waits for the person (a native dialog, an export's save
 * dialog) and a longer one for imports of large files; every other call answers in milliseconds,
 * so 15 s without an answer means the host is stuck.
 */
function limitFor(method: Method): number | null {
  if (method === 'maps.openDialog' || method === 'maps.saveAs' || method === 'maps.export') return null;
  if (method === 'maps.importFile' || method === 'maps.importJson') return 8 * CALL_TIMEOUT_MS;
  return CALL_TIMEOUT_MS;
}

/**
 * A call the host did not answer in time. It counts as a file failure ('io'): the screen keeps the
 * edit, marked "Not saved", because nobody knows whether the host wrote it.
 */
function timeoutError(ms: number): Result<never> {
  return { ok: false, error: { code: 'io', message: `no answer within ${ms / 1000} s`, params: { timeout: ms / 1000 } } };
}

/** The call, or the timeout error if it has not settled within `ms`; `abort` stops the call. */
async function withTimeout<T>(ms: number | null, call: (signal: AbortSignal | undefined) => Promise<Result<T>>): Promise<Result<T>> {
  if (ms === null) return call(undefined);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Result<T>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(timeoutError(ms));
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function httpClient(): Client {
  const call = (method: Method, args: unknown): Promise<Result<unknown>> =>
    withTimeout(limitFor(method), async (signal) => {
      try {
        const res = await fetch(`./api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '' },
          body: JSON.stringify(args ?? {}),
          ...(signal ? { signal } : {}),
        });
        if (res.status === 413) return { ok: false, error: { code: 'too-big', message: await res.text(), params: { limit: MAX_IMPORT_MB } } };
        if (!res.ok) return { ok: false, error: { code: 'io', message: await res.text() } };
        return (await res.json()) as Result<unknown>;
      } catch (e) {
        return { ok: false, error: { code: 'io', message: (e as Error).message, params: { network: 1 } } };
      }
    });
  return Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as Client;
}

function bridgeClient(bridge: Bridge): Client {
  // An IPC call cannot be withdrawn; after the timeout its late answer is simply ignored.
  const call = (m: Method, args: unknown) => withTimeout(limitFor(m), () => (bridge[m] as (a: unknown) => Promise<Result<unknown>>)(args));
  return Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as Client;
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
