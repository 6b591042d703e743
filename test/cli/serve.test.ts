/**
 * `powermap serve` right after `npm install`, before the app's pages were ever built: it builds them
 * (once) and serves them, or refuses saying what to run. POWERMAP_RENDERER_DIR points it at a folder
 * other than dist/renderer, so the real build is not touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/helpers';
import { powermap, powermapChild } from './run';

describe('powermap serve without built pages', { timeout: 300_000 }, () => {
  it('refuses, in the user’s language, saying what to run, and touches nothing in a folder that holds other files', () => {
    const dir = tempDir('pm-serve-');
    const renderer = path.join(dir, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'notes.txt'), 'keep me');
    const env = { POWERMAP_DATA_DIR: path.join(dir, 'data'), POWERMAP_RENDERER_DIR: renderer };
    const en = powermap(['serve', '--port', '0'], env);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('the app\'s pages are not built');
    expect(en.stderr).toContain('Run `npm run build`');
    expect(en.stdout).not.toMatch(/127\.0\.0\.1/);
    const es = powermap(['serve', '--port', '0', '--lang', 'es'], env);
    expect(es.code).toBe(1);
    expect(es.stderr).toContain('las páginas de la aplicación no están preparadas');
    expect(es.stderr).toContain('Ejecute `npm run build`');
    expect(fs.readdirSync(renderer)).toEqual(['notes.txt']);
  });

  it('builds the pages the first time, then serves them', async () => {
    const dir = tempDir('pm-serve-');
    const renderer = path.join(dir, 'renderer');
    const child = powermapChild(['serve', '--port', '0'], { POWERMAP_DATA_DIR: path.join(dir, 'data'), POWERMAP_RENDERER_DIR: renderer });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out} ${err}`)));
    });
    try {
      expect(err).toContain('building them now into');
      expect(fs.existsSync(path.join(renderer, 'index.html'))).toBe(true);
      const page = await fetch(new URL('/', url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
