/**
 * DESIGN.md §7 as code: the page is served only from our own scheme with a strict CSP, nothing may
 * be fetched from elsewhere, navigation and new windows are refused, and every permission is denied.
 * Takes the Electron objects as parameters so a test can hand it fakes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { CONTENT_TYPES, resolveStatic } from '../host/loopback';
import { APP_SCHEME, isAppUrl } from './appUrl';

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The `app://` handler: files of the built renderer, nothing outside it, always with the CSP. */
export function appProtocolHandler(rendererDir: string): (request: Request) => Response {
  return (request) => {
    const url = new URL(request.url);
    const file = isAppUrl(request.url) && request.method === 'GET' ? resolveStatic(rendererDir, url.pathname) : null;
    let data: Buffer | null = null;
    if (file) {
      try {
        data = fs.readFileSync(file);
      } catch {
        data = null;
      }
    }
    if (!file || !data) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    return new Response(new Uint8Array(data), { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': type } });
  };
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest' | 'protocol'>;

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No remote content: only our scheme, plus the data/blob URLs the page makes itself (exports).
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalUrl(details.url) });
  });
  // The CSP also rides on every response header, whatever served it.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function isLocalUrl(url: string): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

type ContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export function hardenWebContents(contents: ContentsLike): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Registered before `ready`: our scheme behaves like https (secure, standard, fetch allowed). */
export const PRIVILEGED_SCHEME = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};
