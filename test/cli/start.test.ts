/**
 * `npm start` where Electron is missing, run as the real child process `npm start` runs
 * (scripts/start.mjs): the address it prints serves the app, and PNG and PDF exports work through
 * that very host (they once answered "This is not available here").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pngSize, readTextChunk } from '../../shared/export/pngChunks';
import { TOKEN_HEADER } from '../../shared/security';
import { FIXTURES, tempDir } from '../store/helpers';
import { ROOT } from './run';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
let child: ChildProcess | null = null;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  child = null;
});

/** Starts `npm start`'s script with no Electron and no browser; resolves with the address it prints. */
function npmStart(dataDir: string, lang: string): Promise<{ url: URL; output: () => string }> {
  child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, POWERMAP_NO_ELECTRON: '1', POWERMAP_NO_BROWSER: '1', POWERMAP_DATA_DIR: dataDir, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const look = () => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(out);
      if (m) resolve({ url: new URL(m[0]), output: () => out });
    };
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      look();
    });
    child!.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child!.once('exit', (code) => reject(new Error(`npm start exited with ${code} before printing an address:\n${out}`)));
  });
}

async function call<T>(url: URL, method: string, args: unknown): Promise<T> {
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const r = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { [TOKEN_HEADER]: token }, body: JSON.stringify(args) });
  const body = (await r.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value!;
}

describe('npm start without Electron', { timeout: 240_000 }, () => {
  it('serves the app whose PNG and PDF exports work, in English and Spanish', async () => {
    const dataDir = tempDir('pm-start-');
    const { url, output } = await npmStart(dataDir, 'es_MX.UTF-8');
    // It told the user, in their language, why this is a browser tab; it opened no browser.
    expect(output()).toMatch(/no puede abrirse aquí/);
    expect(url.hostname).toBe('127.0.0.1');
    expect((await fetch(new URL('/', url))).status).toBe(200);

    const text = fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8');
    const opened = await call<{ docId: string }>(url, 'maps.importJson', { text });
    // The map was created in the data folder's maps folder, as the README says.
    expect(fs.readdirSync(path.join(dataDir, 'maps')).filter((f) => f.endsWith('.powermap'))).toHaveLength(1);

    const png = await call<{ fileName: string; base64: string }>(url, 'maps.export', { docId: opened.docId, format: 'png', lang: 'en' });
    const bytes = new Uint8Array(Buffer.from(png.base64, 'base64'));
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(bytes)!.width).toBe(2400);
    expect(readTextChunk(bytes)).toContain('Winooski');
    expect(png.fileName).toMatch(/\.png$/);

    const dir = tempDir('pm-start-pdf-');
    for (const [lang, words] of [
      ['en', ['Chance of adoption', 'Winooski', 'Next steps']],
      ['es', ['Probabilidad de adopción', 'Winooski', 'Próximos pasos']],
    ] as const) {
      const pdf = await call<{ fileName: string; base64: string }>(url, 'maps.export', { docId: opened.docId, format: 'pdf', lang, paper: 'letter' });
      const file = path.join(dir, `${lang}.pdf`);
      fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const words2 = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const w of words) expect(words2).toContain(w);
    }
  });
});
