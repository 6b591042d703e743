/** `npm start` without Electron: the loopback host with the last map, and a plain reason, in the user's language. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openInBrowser, runBrowserFallback } from '../../electron/main/browserFallback';
import { keyOf } from '../../electron/host/handlers';
import { SettingsFile } from '../../electron/host/settings';
import { TOKEN_HEADER } from '../../shared/security';
import { mapFile, tempDir } from './helpers';

function rendererDir(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>PowerMap</title>');
  return dir;
}

describe('npm start without Electron', () => {
  it('serves the last opened map and says why this is not the desktop window', async () => {
    const dir = tempDir();
    const file = mapFile(dir, 'riverton.powermap', 'Riverton', 'Selectboard');
    new SettingsFile(path.join(dir, 'data'), 'en').touchRecent({ path: file, town: 'Riverton', title: 'Selectboard', updatedAt: '' }, '2026-11-28T00:00:00Z');
    const lines: string[] = [];
    const opened: string[] = [];
    const app = await runBrowserFallback({
      rendererDir: rendererDir(),
      dataDir: path.join(dir, 'data'),
      systemLanguage: 'en',
      out: (l) => lines.push(l),
      openBrowser: async (url) => (opened.push(url), true),
    });
    try {
      const text = lines.join('\n');
      expect(text).toMatch(/desktop window cannot start here: the Electron program is not installed/);
      expect(text).toMatch(/riverton\.powermap/);
      expect(text).toContain(app.url);
      expect(text).not.toMatch(/Could not open a browser/);
      // The browser was given a launch file, not the address with its key.
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatch(/^file:\/\//);
      expect(opened[0]).not.toContain(new URLSearchParams(new URL(app.url).hash.slice(1)).get('token')!);
      expect(fs.readFileSync(fileURLToPath(opened[0]!), 'utf8')).toContain(app.url.replace(/&/g, '&amp;'));
      const url = new URL(app.url);
      expect(url.hostname).toBe('127.0.0.1');
      const params = new URLSearchParams(url.hash.slice(1));
      expect(params.get('open')).toBe(keyOf(file));
      // The page is served, and the map is open in the host for it.
      expect((await fetch(new URL('/', url))).status).toBe(200);
      const r = await fetch(new URL('/api/maps.open', url), { method: 'POST', headers: { [TOKEN_HEADER]: params.get('token')! }, body: JSON.stringify({ key: keyOf(file) }) });
      expect(await r.json()).toMatchObject({ ok: true, value: { map: { town: 'Riverton', title: 'Selectboard' } } });
    } finally {
      await app.close();
    }
  });

  it('speaks Spanish to a Spanish-speaking user, and says so when no browser can be opened', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    const app = await runBrowserFallback({ rendererDir: rendererDir(), dataDir: dir, systemLanguage: 'es', out: (l) => lines.push(l), openBrowser: async () => false });
    await app.close();
    const text = lines.join('\n');
    expect(text).toMatch(/no puede abrirse aquí/);
    expect(text).toMatch(/copie la dirección/);
    expect(new URLSearchParams(new URL(app.url).hash.slice(1)).get('open')).toBeNull();
  });

  it('reports a missing browser opener as false instead of failing', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      expect(await openInBrowser('http://127.0.0.1:1/', 'linux', 1000)).toBe(false);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('never puts the key on a command line: the real opener gets a file only this user can read, removed on close', async () => {
    const dir = tempDir();
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const record = path.join(dir, 'argv.txt');
    // A stand-in for xdg-open that writes down the command line it was given, as `ps` would show it.
    fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$0" "$@" > '${record}'\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    let app;
    try {
      app = await runBrowserFallback({ rendererDir: rendererDir(), dataDir: path.join(dir, 'data'), systemLanguage: 'en', out: () => undefined });
    } finally {
      process.env.PATH = saved;
    }
    try {
      const token = new URLSearchParams(new URL(app.url).hash.slice(1)).get('token')!;
      const argv = fs.readFileSync(record, 'utf8').trim().split('\n');
      expect(argv.join(' ')).not.toContain(token);
      const launch = fileURLToPath(argv[1]!);
      expect(fs.statSync(launch).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(launch)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(launch).uid).toBe(process.getuid!());
      expect(fs.readFileSync(launch, 'utf8')).toContain(`#token=${token}`);
      await app.close();
      expect(fs.existsSync(launch)).toBe(false);
    } finally {
      await app.close();
    }
  });
});
