import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/store/header';
import { FIXTURES, sha256, tempDir } from '../store/helpers';
import { powermap, powermapChild } from './run';

const example = (n: number) => path.join(FIXTURES, `examples/example-${n}.json`);

describe('the powermap command', () => {
  it('prints help for itself and each command, in English or Spanish', () => {
    const help = powermap(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: powermap <command>');
    for (const cmd of ['import', 'export', 'check', 'serve']) {
      const r = powermap([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toContain(`powermap ${cmd}`);
    }
    expect(powermap(['check', '--help', '--lang', 'es']).stdout).toContain('Nunca cambia el archivo');
    expect(powermap(['--help'], { LANG: 'es_MX.UTF-8' }).stdout).toContain('Uso: powermap');
    expect(powermap(['frobnicate']).code).toBe(2);
  });

  it('imports the example JSON into a map file that is ours and exports it back field for field', () => {
    const dir = tempDir();
    const out = path.join(dir, 'ex4.powermap');
    const r = powermap(['import', example(4), out]);
    expect(r.code, r.stderr).toBe(0);
    const db = new Database(out, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    const exported = powermap(['export', out, '--format', 'json']);
    expect(exported.code).toBe(0);
    const original = JSON.parse(fs.readFileSync(example(4), 'utf8'));
    const back = JSON.parse(exported.stdout);
    expect(back.body).toMatchObject(original.body);
    expect(back.actors).toHaveLength(original.actors.length);
    back.actors.forEach((a: Record<string, unknown>, i: number) => expect(a).toMatchObject(original.actors[i]));

    // And a second import of the export yields the same export.
    const json2 = path.join(dir, 'back.json');
    fs.writeFileSync(json2, exported.stdout);
    const out2 = path.join(dir, 'again.powermap');
    expect(powermap(['import', json2, out2]).code).toBe(0);
    const again = JSON.parse(powermap(['export', out2, '--format', 'json']).stdout);
    expect({ ...again, createdAt: 0, updatedAt: 0 }).toEqual({ ...back, createdAt: 0, updatedAt: 0 });
    expect(powermap(['export', out, '--format', 'json', '--out', path.join(dir, 'o.json')]).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'o.json'), 'utf8'))).toEqual(back);
  });

  it('refuses invalid JSON naming the field, and writes nothing', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'powermap', version: 1, town: 'X', body: { seats: 3 }, actors: [{ id: 'a', kind: 'decision-maker', name: 'A', pYes: 7 }] }));
    const r = powermap(['import', bad, path.join(dir, 'out.powermap')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('actors[0].pYes');
    expect(fs.readdirSync(dir)).toEqual(['bad.json']);
    const es = powermap(['import', bad, path.join(dir, 'out.powermap'), '--lang', 'es']);
    expect(es.stderr).toContain('Mapa no válido: actors[0].pYes');
  });

  it('checks a valid map and refuses a text file, an empty file, another app’s SQLite and a truncated map, unchanged', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.powermap');
    powermap(['import', example(4), good]);
    const ok = powermap(['check', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(ok.stdout).toContain('13 people and groups, 12 seats');

    const cases: [string, (f: string) => void, RegExp][] = [
      ['notes.txt', (f) => fs.writeFileSync(f, 'just some notes'), /not a PowerMap map/],
      ['zero.powermap', (f) => fs.writeFileSync(f, ''), /empty/],
      ['other.db', (f) => { const d = new Database(f); d.exec('CREATE TABLE t (x)'); d.close(); }, /another program/],
      ['cut.powermap', (f) => fs.writeFileSync(f, fs.readFileSync(good).subarray(0, 5000)), /damaged/],
    ];
    for (const [name, make, message] of cases) {
      const file = path.join(dir, name);
      make(file);
      const before = sha256(file);
      const r = powermap(['check', file]);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(message);
      expect(sha256(file), name).toBe(before);
    }
    expect(powermap(['check', path.join(dir, 'missing.powermap')]).stderr).toMatch(/could not be found/);
    expect(sha256(good)).toBe(sha256(good));
  });

  it('serves the app on 127.0.0.1 with a token, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const child = powermapChild(['serve', '--port', '0'], { POWERMAP_DATA_DIR: dir });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL: ${out} ${err}`)), 30_000);
      child.stdout.on('data', () => {
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    const base = url.split('#')[0]!;
    const token = url.split('#token=')[1]!;
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const noToken = await fetch(`${base}api/app.info`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    const info = await fetch(`${base}api/app.info`, { method: 'POST', body: '{}', headers: { 'x-powermap-token': token } });
    expect(await info.json()).toMatchObject({ ok: true, value: { kind: 'browser' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toContain('PowerMap stopped');
  });
});

describe('map text in the terminal', () => {
  it('never passes terminal control codes from a map through to the terminal', () => {
    const dir = tempDir();
    const json = path.join(dir, 'evil.json');
    fs.writeFileSync(json, JSON.stringify({ format: 'powermap', version: 1, town: 'Evil\u001b[2J\u001b]0;pwned\u0007Town', body: { seats: 3 } }));
    const file = path.join(dir, 'evil.powermap');
    expect(powermap(['import', json, file]).code).toBe(0);
    const r = powermap(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(r.stdout).toContain('Evil\uFFFD[2J');
    const exported = powermap(['export', file, '--format', 'json']);
    expect(JSON.parse(exported.stdout).town).toBe('Evil\u001b[2J\u001b]0;pwned\u0007Town');
  });
});
