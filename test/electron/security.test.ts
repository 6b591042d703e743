/** DESIGN.md §7, checked where a test can see it: window options, session, contents, app protocol, IPC. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE, appPageUrl, isAppUrl } from '../../electron/main/appUrl';
import { isTrustedSender, registerIpc } from '../../electron/main/ipc';
import { appProtocolHandler, hardenSession, hardenWebContents, PRIVILEGED_SCHEME } from '../../electron/main/security';
import { mapWindowOptions, secureWebPreferences, WINDOW_BACKGROUND } from '../../electron/main/windowOptions';
import { IPC_INVOKE } from '../../shared/menuCommands';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { makeHost, tempDir } from './helpers';

describe('window options', () => {
  it('turn on every isolation setting of DESIGN.md §7', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
    });
    const win = mapWindowOptions({ preload: '/app/preload.cjs', title: 'PowerMap', bounds: { x: 10, y: 20, width: 1000, height: 700 } });
    expect(win.webPreferences).toEqual(prefs);
    expect(win).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    // Painted in the page's own colour before it draws, so opening a window does not flash.
    expect(win.backgroundColor).toBe(WINDOW_BACKGROUND);
    expect(mapWindowOptions({ preload: 'p', title: 't' })).toMatchObject({ width: 1360, height: 860 });
  });
});

describe('app URL', () => {
  it('trusts only our own scheme and host', () => {
    expect(isAppUrl(APP_PAGE)).toBe(true);
    expect(isAppUrl(appPageUrl('abc'))).toBe(true);
    for (const url of ['https://powermap', 'app://evil/index.html', 'app://powermap.evil.com/', 'file:///etc/passwd', 'app://user@powermap/', 'app://powermap:8080/', '', 'nonsense', null]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
    expect(PRIVILEGED_SCHEME).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});

type Listener = (...args: never[]) => void;

function fakeSession() {
  const s = {
    request: null as null | Listener,
    check: null as null | Listener,
    device: null as null | Listener,
    before: null as null | Listener,
    headers: null as null | Listener,
  };
  const session = {
    setPermissionRequestHandler: (h: Listener) => (s.request = h),
    setPermissionCheckHandler: (h: Listener) => (s.check = h),
    setDevicePermissionHandler: (h: Listener) => (s.device = h),
    webRequest: { onBeforeRequest: (h: Listener) => (s.before = h), onHeadersReceived: (h: Listener) => (s.headers = h) },
    protocol: {},
  };
  return { s, session };
}

describe('session', () => {
  it('denies every permission, cancels remote requests and adds the CSP to every response', () => {
    const { s, session } = fakeSession();
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | undefined;
      (s.request as unknown as (w: unknown, p: string, cb: (g: boolean) => void) => void)({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect((s.check as unknown as (w: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((s.device as unknown as () => boolean)()).toBe(false);
    const cancel = (url: string) => {
      let r: { cancel: boolean } | undefined;
      (s.before as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (x) => (r = x));
      return r!.cancel;
    };
    expect(cancel('https://example.com/tracker.js')).toBe(true);
    expect(cancel('http://127.0.0.1:8080/api')).toBe(true);
    expect(cancel('file:///home/user/secret')).toBe(true);
    expect(cancel('app://powermap/assets/index.js')).toBe(false);
    expect(cancel('data:image/png;base64,AAAA')).toBe(false);
    let headers: Record<string, string[]> | undefined;
    (s.headers as unknown as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: { 'content-type': ['text/html'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers!['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers!['content-type']).toEqual(['text/html']);
  });
});

describe('web contents', () => {
  it('denies new windows, navigation away from our page and webviews', () => {
    const on = new Map<string, Listener>();
    let openHandler: (() => { action: string }) | null = null;
    hardenWebContents({ setWindowOpenHandler: (h: never) => (openHandler = h), on: (e: string, l: Listener) => on.set(e, l) } as never);
    expect(openHandler!()).toEqual({ action: 'deny' });
    const navigate = (event: string, url: string) => {
      let prevented = false;
      (on.get(event) as unknown as (e: { preventDefault(): void }, u: string) => void)({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://powermap/index.html#open=x')).toBe(false);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://powermap/')).toBe(true);
  });
});

describe('app:// protocol', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>hi</p>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(dir), 'outside.txt'), 'secret');
  const handle = appProtocolHandler(dir);

  it('serves the renderer with the strict CSP', async () => {
    const r = handle(new Request('app://powermap/index.html'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(await r.text()).toContain('hi');
    const js = handle(new Request('app://powermap/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves nothing outside the renderer folder, and nothing for another host', () => {
    expect(handle(new Request('app://powermap/../outside.txt')).status).toBe(404);
    expect(handle(new Request('app://powermap/%2e%2e/outside.txt')).status).toBe(404);
    expect(handle(new Request('app://powermap/missing.js')).status).toBe(404);
    expect(handle(new Request('app://other/index.html')).status).toBe(404);
    expect(handle(new Request('app://powermap/index.html', { method: 'POST', body: 'x' })).status).toBe(404);
  });
});

describe('IPC', () => {
  const mainFrame = { url: 'app://powermap/index.html', parent: null };
  const event = (frame: { url: string; parent: unknown } | null) => ({ senderFrame: frame, sender: { id: 7 } });

  it('trusts only our page in a top frame', () => {
    expect(isTrustedSender(event(mainFrame) as never)).toBe(true);
    expect(isTrustedSender(event({ url: 'https://example.com/', parent: null }) as never)).toBe(false);
    // Our page inside an iframe (it could not be, but if it were) is not trusted either.
    expect(isTrustedSender(event({ url: 'app://powermap/index.html', parent: mainFrame }) as never)).toBe(false);
    expect(isTrustedSender(event(null) as never)).toBe(false);
  });

  it('refuses foreign senders, validates arguments and answers the contract', async () => {
    const { host } = makeHost();
    let handler: ((e: unknown, method: unknown, args: unknown) => Promise<unknown>) | null = null;
    let channel = '';
    registerIpc({ handle: (c: string, h: never) => ((channel = c), (handler = h)) } as never, (id) => (id === 7 ? host.handlers : null));
    expect(channel).toBe(IPC_INVOKE);
    const call = (e: unknown, method: unknown, args: unknown) => handler!(e, method, args) as Promise<{ ok: boolean; error?: { code: string }; value?: unknown }>;

    const foreign = await call(event({ url: 'https://example.com/', parent: null }), 'maps.recent', {});
    expect(foreign.ok).toBe(false);
    const unknownWindow = await call({ ...event(mainFrame), sender: { id: 99 } }, 'maps.recent', {});
    expect(unknownWindow.ok).toBe(false);
    const badArgs = await call(event(mainFrame), 'settings.setLanguage', { language: 'fr' });
    expect(badArgs).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const extra = await call(event(mainFrame), 'maps.open', { key: 'k', path: '/etc/passwd' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const unknownMethod = await call(event(mainFrame), 'fs.write', {});
    expect(unknownMethod).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const notAString = await call(event(mainFrame), 42, {});
    expect(notAString.ok).toBe(false);
    const ok = await call(event(mainFrame), 'settings.setLanguage', { language: 'es' });
    expect(ok).toEqual({ ok: true, value: { language: 'es' } });
    expect(host.settings.language()).toBe('es');
  });
});
