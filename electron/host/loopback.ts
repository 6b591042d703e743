/**
 * The loopback host: the same handlers as Electron's main process, over HTTP on 127.0.0.1 only, so
 * the renderer runs in a plain browser. Every API call needs the per-launch token; Host and Origin
 * must name this very address, which stops DNS rebinding and other sites' pages.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { base64Length, MAX_IMPORT_BYTES } from '../../shared/limits';
import { CONTENT_SECURITY_POLICY, TOKEN_HEADER } from '../../shared/security';
import { dispatch } from './dispatch';
import type { Host } from './handlers';

/** The largest file one may drop (base64 in a JSON body), plus room for the call's other fields. */
export const MAX_BODY_BYTES = base64Length(MAX_IMPORT_BYTES) + 64 * 1024;

/** Content types of the built renderer's files (shared with Electron's app:// handler). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface LoopbackOptions {
  host: Host;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface LoopbackServer {
  url: string;
  port: number;
  token: string;
  /** The address to open in a browser: the token travels in the fragment, never to the server log. */
  launchUrl(openKey?: string): string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  });
  res.end(body);
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Resolves a URL path inside `root`, or null for anything that would escape it. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, rel);
  const base = path.resolve(root);
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  return full;
}

/**
 * Reads a request body of at most MAX_BODY_BYTES; null when it is larger. The rest of a large body
 * is read and dropped (up to as much again, then the connection is cut) so that the client, still
 * sending, receives the 413 instead of a reset connection.
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let dropped = 0;
    const drop = (c: Buffer) => {
      dropped += c.length;
      if (dropped > MAX_BODY_BYTES) req.destroy();
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.on('data', drop);
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        req.off('data', keep);
        req.on('data', drop);
        resolve(null);
        return;
      }
      chunks.push(c);
    };
    req.on('data', keep);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startLoopback(opts: LoopbackOptions): Promise<LoopbackServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, 'wrong host');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'foreign origin');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'POST only');
        const given = req.headers[TOKEN_HEADER];
        if (typeof given !== 'string' || !safeEqual(given, token)) return send(res, 401, 'token required');
        const body = await readBody(req);
        if (body === null) return send(res, 413, 'request too large');
        let args: unknown;
        try {
          args = body === '' ? {} : JSON.parse(body);
        } catch {
          return send(res, 400, 'invalid JSON');
        }
        const result = await dispatch(opts.host.handlers, url.pathname.slice('/api/'.length), args);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only');
      const file = resolveStatic(opts.staticDir, url.pathname);
      if (!file) return send(res, 404, 'not found');
      let data: Buffer;
      try {
        data = fs.readFileSync(file);
      } catch {
        return send(res, 404, 'not found');
      }
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (e) {
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.end();
      console.error(e);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    port,
    token,
    launchUrl: (openKey) => `${url}#token=${token}${openKey ? `&open=${openKey}` : ''}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
