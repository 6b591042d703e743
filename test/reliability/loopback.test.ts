/**
 * The loopback host as an attacker on this machine (or a web page in the user's browser) sees it:
 * loopback only, token required, foreign Origin and rebinding Host refused, no way out of the
 * renderer folder, bodies capped, malformed calls answered without a 500. Then a bounded load test:
 * several clients editing at once lose nothing and leave a consistent map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TOKEN_HEADER } from '../../shared/security';
import { newActor } from '../../shared/model';
import type { Operation } from '../../shared/ops';
import { Host } from '../../electron/host/handlers';
import { MAX_BODY_BYTES, startLoopback, type LoopbackServer } from '../../electron/host/loopback';
import { MapDocument } from '../../electron/store/document';
import { seeded } from './support/random';

const SECRET = 'TOP-SECRET-NOTES-ABOUT-REAL-PEOPLE';
let dir: string;
let host: Host;
let server: LoopbackServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-loop-'));
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>PowerMap</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'void 0;');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dir, 'renderer-secret.txt'), SECRET);
  host = new Host({ kind: 'browser', version: 'test', dataDir: dir, mapsDir: path.join(dir, 'maps'), dialogs: null, systemLanguage: 'en' });
  server = await startLoopback({ host, staticDir });
});
afterAll(async () => {
  await server.close();
  host.closeAll();
});

/** Sends exactly these bytes and returns the raw response (or the socket error). */
function raw(request: string, address = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(server.port, address);
    let data = '';
    socket.on('connect', () => socket.write(request));
    socket.on('data', (c) => (data += c.toString('latin1')));
    socket.on('end', () => resolve(data));
    socket.on('error', (e) => resolve(`ERROR ${(e as NodeJS.ErrnoException).code}`));
  });
}

const statusOf = (response: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 0);

function call(method: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: `/api/${method}`, method: 'POST', headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('who can talk to the loopback host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const others = Object.values(os.networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal);
    for (const iface of others) expect(await raw('GET / HTTP/1.1\r\nHost: x\r\n\r\n', iface!.address)).toMatch(/^ERROR (ECONNREFUSED|EHOSTUNREACH|ENETUNREACH)/);
    expect(await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200/);
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const p = server.port;
    const post = (headers: string) => raw(`POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\n${headers}Content-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(statusOf(await post(''))).toBe(401);
    expect(statusOf(await post(`${TOKEN_HEADER}: \r\n`))).toBe(401);
    expect(statusOf(await post(`${TOKEN_HEADER}: ${server.token.slice(0, -1)}x\r\n`))).toBe(401);
    expect(statusOf(await post(`${TOKEN_HEADER}: ${server.token}x\r\n`))).toBe(401);
    expect(statusOf(await post(`x-powermap-token-2: ${server.token}\r\n`))).toBe(401);
    // The token in the URL is not the token: only the header counts.
    expect(statusOf(await raw(`POST /api/app.info?token=${server.token} HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`))).toBe(401);
    expect(statusOf(await post(`${TOKEN_HEADER}: ${server.token}\r\n`))).toBe(200);
  });

  it('refuses foreign Origins and Hosts that are not this address (DNS rebinding), even with the token', async () => {
    const p = server.port;
    const post = (headers: string) =>
      raw(`POST /api/app.info HTTP/1.1\r\n${headers}${TOKEN_HEADER}: ${server.token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${p + 1}`, `http://127.0.0.1.evil.example:${p}`, `https://127.0.0.1:${p}`, 'file://']) {
      expect(statusOf(await post(`Host: 127.0.0.1:${p}\r\nOrigin: ${origin}\r\n`)), origin).toBe(403);
    }
    for (const h of ['evil.example', `evil.example:${p}`, `127.0.0.1.nip.io:${p}`, `127.0.0.1:${p + 1}`, '127.0.0.1', `[::1]:${p}`, `0.0.0.0:${p}`, `127.0.0.2:${p}`]) {
      expect(statusOf(await post(`Host: ${h}\r\n`)), h).toBe(421);
      expect(statusOf(await raw(`GET / HTTP/1.1\r\nHost: ${h}\r\nConnection: close\r\n\r\n`)), h).toBe(421);
    }
    expect(statusOf(await raw('GET / HTTP/1.0\r\n\r\n'))).toBe(421);
    expect(statusOf(await post(`Host: 127.0.0.1:${p}\r\nOrigin: http://127.0.0.1:${p}\r\n`))).toBe(200);
  });

  it('serves nothing outside the renderer folder, however the path is spelled', async () => {
    const paths = [
      '/../secret.txt', '/../../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%2fsecret.txt', '/%2E%2E%2Fsecret.txt',
      '/%252e%252e%252fsecret.txt', '/..%5csecret.txt', '/..\\secret.txt', '/assets/../../secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt',
      '/....//secret.txt', '/..;/secret.txt', '/%c0%ae%c0%ae/secret.txt', '/.%2e/secret.txt', '//../secret.txt', `/${dir}/secret.txt`,
      `/%2f${encodeURIComponent(dir.slice(1))}%2fsecret.txt`, '/%00../secret.txt', '/../renderer-secret.txt', '/..%2frenderer-secret.txt',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/../../../../../../etc/passwd', 'http://127.0.0.1/../secret.txt',
    ];
    for (const p of paths) {
      const res = await raw(`GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
      expect(res, p).not.toContain(SECRET);
      expect(res, p).not.toContain('root:x:0:0');
      expect([200, 400, 404], p).toContain(statusOf(res));
      if (statusOf(res) === 200) expect(res).toContain('<title>PowerMap</title>');
    }
  });

  it('refuses bodies over the limit, declared or streamed, and keeps serving', async () => {
    const declared = await raw(
      `POST /api/maps.importJson HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n${TOKEN_HEADER}: ${server.token}\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\nConnection: close\r\n\r\n{`,
    );
    expect(statusOf(declared)).toBe(413);
    const streamed = await new Promise<number | string>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api/maps.importJson', method: 'POST', headers: { [TOKEN_HEADER]: server.token } },
        (res) => (res.resume(), resolve(res.statusCode ?? 0)),
      );
      req.on('error', (e) => resolve((e as NodeJS.ErrnoException).code ?? 'error'));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(streamed).toBe(413);
    expect((await call('app.info', '{}')).status).toBe(200);
  });

  it('answers random bodies and method names without a 500, and stays up', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom('maps.apply', 'maps.create', 'maps.get', 'app.info', 'settings.setLanguage'), fc.webSegment()), fc.oneof(fc.json(), fc.string({ unit: 'binary' })), async (m, body) => {
        tried++;
        const r = await call(m, body);
        expect([200, 400, 404]).toContain(r.status);
        if (r.status === 200) expect(JSON.parse(r.text)).toHaveProperty('ok');
      }),
      { numRuns: 400, seed: 31 },
    );
    console.log(`[reliability] malformed HTTP calls answered: ${tried}; 500s: 0`);
    expect((await call('app.info', '{}')).status).toBe(200);
  });
});

describe('several clients editing at once', () => {
  it('loses no acknowledged edit and leaves a consistent map', async () => {
    const CLIENTS = 4;
    const EDITS = 250;
    const created = JSON.parse((await call('maps.create', JSON.stringify({ town: 'Loadtown', title: 'Load' }))).text);
    const docId = created.value.docId as string;
    const file = host.docById(docId).file;
    const expected = new Map<string, { x: number | null; y: number | null; name: string }>();
    let acked = 0;
    const client = async (c: number) => {
      const rng = seeded(400 + c);
      const ids = Array.from({ length: 5 }, (_, i) => `c${c}-${i}`);
      for (const id of ids) {
        const r = JSON.parse((await call('maps.apply', JSON.stringify({ docId, op: { type: 'actor.add', actor: newActor(id, 'influencer', id) } }))).text);
        expect(r.ok).toBe(true);
        expected.set(id, { x: null, y: null, name: id });
      }
      for (let i = 0; i < EDITS; i++) {
        let op: Operation;
        if (i % 5 === 4) op = { type: 'actor.update', id: rng.pick(ids), patch: { name: `${c}-${i}` } };
        else {
          const chosen = ids.filter(() => rng.chance(0.5));
          op = { type: 'actors.move', moves: (chosen.length ? chosen : [ids[0]!]).map((id) => ({ id, x: rng.next() * 2 - 1, y: rng.next() })) };
        }
        const r = JSON.parse((await call('maps.apply', JSON.stringify({ docId, op }))).text);
        expect(r.ok).toBe(true);
        acked++;
        if (op.type === 'actor.update') expected.get(op.id)!.name = op.patch.name!;
        else if (op.type === 'actors.move') for (const m of op.moves) Object.assign(expected.get(m.id)!, { x: m.x, y: m.y });
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    await call('maps.close', JSON.stringify({ docId }));
    const doc = MapDocument.open(file, { readOnly: true });
    expect(doc.map.actors).toHaveLength(CLIENTS * 5);
    for (const a of doc.map.actors) expect({ x: a.x, y: a.y, name: a.name }).toEqual(expected.get(a.id));
    doc.close();
    console.log(`[reliability] load: ${CLIENTS} concurrent clients, ${acked} edits acknowledged, ${acked} found in the file; lost: 0`);
    expect(acked).toBe(CLIENTS * EDITS);
  }, 120_000);
});
