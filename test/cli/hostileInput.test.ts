/**
 * The command line with files and names it did not expect, as real `powermap` processes: older maps
 * read without a byte changed, bad output places and damaged pictures answered in one translated line,
 * a hot journal left alone, names that would drive or flood the terminal, and maps whose references
 * point at nobody.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { createTranslator } from '../../shared/i18n';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { copyFixture, FIXTURES, fixtureMap, sha256, tempDir } from '../store/helpers';
import { powermap, ROOT } from './run';

const es = createTranslator('es');
const en = createTranslator('en');
const STACK = /\n\s+at |\.ts:\d+/;

/** Exit 1, exactly one line on stderr, no stack trace. */
function expectOneLineRefusal(r: { code: number | null; stderr: string }, text: string) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(text);
}

function mapFile(map: PowerMap, name = 'm.powermap', dir = tempDir('pm-cli-hostile-')): string {
  const file = path.join(dir, name);
  MapDocument.create(file, map).close();
  return file;
}

function rawEdit(file: string, sql: string) {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

describe('an older (version 1) map on the command line', { timeout: 120_000 }, () => {
  it('is checked valid, projected and exported without changing a byte or leaving a backup', () => {
    const file = copyFixture('v1.powermap');
    const before = sha256(file);
    const check = powermap(['check', file]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('Riverton');
    const project = powermap(['project', file, '--json']);
    expect(project.code, project.stderr).toBe(0);
    expect(JSON.parse(project.stdout).town).toBe('Riverton');
    const exported = powermap(['export', file, '--format', 'json']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).actors).toHaveLength(3);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['v1.powermap']);
  });
});

describe('places the command line cannot write, and damaged pictures', { timeout: 120_000 }, () => {
  const map = path.join(FIXTURES, 'examples/example-2.json');

  it('export --out a folder or a missing folder: one translated line, exit 1, nothing written', () => {
    const file = mapFile(fixtureMap('examples/example-2.json'));
    const dir = tempDir('pm-out-');
    expectOneLineRefusal(powermap(['export', file, '--format', 'csv', '--out', dir, '--lang', 'es']), es('safety.reason.EISDIR'));
    expect(fs.readdirSync(dir)).toEqual([]);
    expectOneLineRefusal(powermap(['export', file, '--format', 'csv', '--out', '/nonexistent/x.csv']), en('safety.reason.ENOENT'));
  });

  it('import into a missing folder: one translated line, exit 1', () => {
    const cwd = tempDir('pm-imp-');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/powermap.mjs'), 'import', map, 'nodir/y.powermap', '--lang', 'es'], { cwd, encoding: 'utf8' });
    expectOneLineRefusal({ code: r.status, stderr: r.stderr }, es('safety.reason.ENOENT'));
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('an SVG whose embedded map holds &#x110000; is refused as damaged, and a 5 MB run of "<metadata " is read through', () => {
    const dir = tempDir('pm-svg-');
    const bad = path.join(dir, 'bad.svg');
    fs.writeFileSync(bad, '<svg xmlns="http://www.w3.org/2000/svg"><metadata id="powermap-interchange">{"town":"&#x110000;"}</metadata></svg>');
    expectOneLineRefusal(powermap(['import', bad, path.join(dir, 'out.powermap'), '--lang', 'es']), es('export.errors.damagedEmbeddedMap'));
    const flood = path.join(dir, 'flood.svg');
    fs.writeFileSync(flood, `<svg>${'<metadata '.repeat(500_000)}`);
    expectOneLineRefusal(powermap(['import', flood, path.join(dir, 'out.powermap')]), en('export.errors.noEmbeddedMap'));
    expect(fs.readdirSync(dir).sort()).toEqual(['bad.svg', 'flood.svg']);
  });
});

describe('a map with a write interrupted (a hot journal)', { timeout: 120_000 }, () => {
  it('is checked as last saved, in a private copy, saying so; neither the file nor its journal changes', () => {
    const map = { ...emptyMap('Riverton', 'Hot', '2026-01-01T00:00:00.000Z') };
    map.actors = Array.from({ length: 300 }, (_, i) => newActor(`a${i}`, 'influencer', `Person ${i}`, { notes: 'n'.repeat(500) }));
    const file = mapFile(map);
    // A writer with a tiny cache spills changed pages into the file mid-transaction, then dies.
    const writer = `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)}); db.pragma('cache_size = 2');
      db.exec('BEGIN'); db.exec("UPDATE actors SET notes = 'changed'"); process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['-e', writer], { cwd: ROOT });
    const journal = `${file}-journal`;
    expect(fs.statSync(journal).size).toBeGreaterThan(512);
    const [fileBefore, journalBefore] = [sha256(file), sha256(journal)];
    const r = powermap(['check', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('300');
    expect(r.stderr).toContain(en('safety.interrupted', { file }));
    expect([sha256(file), sha256(journal)]).toEqual([fileBefore, journalBefore]);
    const back = powermap(['export', file, '--format', 'json']);
    expect(JSON.parse(back.stdout).actors[0].notes).toBe('n'.repeat(500));
  });
});

describe('names that would drive or flood the terminal', { timeout: 120_000 }, () => {
  it('has no right-to-left overrides or line breaks from names and paths, and clips long names in the table', () => {
    const dir = tempDir('pm-bidi-');
    const map = fixtureMap('examples/example-2.json');
    map.town = 'River\u202Etxt.exe\nOK: fake line';
    map.actors[0]!.name = 'X'.repeat(10_000);
    map.actors[1]!.name = 'Ana\u2066\u202E\r\nBob';
    const file = mapFile(map, 'map\u202Egpj.powermap', dir);
    const check = powermap(['check', file]);
    expect(check.code, check.stderr).toBe(0);
    const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
    expect(check.stdout).not.toMatch(bidi);
    expect(check.stdout.trim().split('\n')).toHaveLength(1);
    const project = powermap(['project', file]);
    expect(project.code, project.stderr).toBe(0);
    expect(project.stdout).not.toMatch(bidi);
    expect(project.stdout).not.toContain('\r');
    const rows = project.stdout.split('\n').filter((l) => /^(X|Ana)/.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.length).toBeLessThan(120);
    expect(rows[0]).toContain('…');
    const json = powermap(['project', file, '--json']);
    expect(json.stdout).not.toMatch(bidi);
    expect(JSON.parse(json.stdout).town).toBe(map.town);
  });
});

describe('a map whose references point at nobody', { timeout: 120_000 }, () => {
  const cases: [string, string, string][] = [
    ['a link from an actor who is not there', "INSERT INTO links (from_id, to_id, strength, pos) VALUES ('ghost', 'm1', 0.5, 9)", 'ghost'],
    ['a block member who is not there', "INSERT INTO block_members (actor_id, block_id, pos) VALUES ('ghost', 'b1', 5)", 'ghost'],
    [
      'a what-if change for an actor who is not there',
      `INSERT INTO scenarios (id, pos, name, changes) VALUES ('s1', 0, 'What if', '[{"actor":"ghost","x":0.5}]')`,
      'scenarios[0].changes[0].actor',
    ],
  ];
  for (const [what, sql, named] of cases) {
    it(`fails check, naming it: ${what}`, () => {
      const file = mapFile(fixtureMap('examples/example-2.json'));
      rawEdit(file, sql);
      const before = sha256(file);
      const r = powermap(['check', file, '--lang', 'es']);
      expect(r.code, r.stdout).toBe(1);
      expect(r.stderr).toContain(named);
      expect(r.stderr).not.toMatch(STACK);
      expect(sha256(file)).toBe(before);
    });
  }

  it('passes a map whose references are all sound', () => {
    const file = mapFile(fixtureMap('examples/example-2.json'));
    expect(powermap(['check', file]).code).toBe(0);
  });
});
