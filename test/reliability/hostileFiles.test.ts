/**
 * A `.powermap` from someone else is SQL from someone else. A map whose schema holds anything but
 * PowerMap's own tables and indexes (a trigger that wipes the map on the first edit, a view that never
 * returns, an extra table or index) is refused before any query could run it: by the store (read-write
 * and read-only), by `powermap check`, by the maps folder listing and by a drop on the window. Every
 * schema PowerMap itself has written (each version) is still accepted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Host } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { MIGRATIONS } from '../../electron/store/migrations';
import { expectedSchema } from '../../electron/store/schemaGuard';
import { createTranslator } from '../../shared/i18n';
import { powermap, ROOT } from '../cli/run';
import { craftedMap, ENDLESS_META_VIEW, WIPE_TRIGGER } from '../store/hostile';
import { copyFixture, refusal, sha256, tempDir } from '../store/helpers';

const CRAFTS: Record<string, string> = {
  'a trigger that wipes every actor on the first edit': WIPE_TRIGGER,
  'a meta view that never returns': ENDLESS_META_VIEW,
  'a view of its own': 'CREATE VIEW names AS SELECT name FROM actors',
  'a table of its own': 'CREATE TABLE extra (x)',
  'an index of its own': 'CREATE INDEX actors_name ON actors(name)',
  'a changed table (a column default that calls a function)': `DROP TABLE scenarios;
    CREATE TABLE scenarios (id TEXT PRIMARY KEY, pos INTEGER NOT NULL, name TEXT NOT NULL DEFAULT (random()), changes TEXT NOT NULL)`,
};

describe('a map file carrying SQL of its own', () => {
  const es = createTranslator('es');
  let refused = 0;

  for (const [what, sql] of Object.entries(CRAFTS)) {
    it(`is refused with foreign-schema and left unchanged: ${what}`, () => {
      const file = craftedMap(sql);
      const before = sha256(file);
      expect(refusal(() => MapDocument.open(file).close())).toBe('foreign-schema');
      expect(refusal(() => MapDocument.open(file, { readOnly: true }).close())).toBe('foreign-schema');
      // powermap check, as a real process, in Spanish: exit 1 and the translated reason, not "valid".
      const check = powermap(['check', file, '--lang', 'es']);
      expect(check.code, check.stdout).toBe(1);
      expect(check.stderr).toContain(es('errors.foreign-schema'));
      expect(check.stderr).not.toMatch(/at .*\.ts:\d+/);
      expect(sha256(file)).toBe(before);
      expect(fs.existsSync(`${file}-journal`)).toBe(false);
      refused++;
    });
  }

  it('is left out of the maps folder listing and refused when dropped on the window, without hanging the host', async () => {
    const data = tempDir('pm-hostile-host-');
    const mapsDir = path.join(data, 'maps');
    fs.mkdirSync(mapsDir);
    craftedMap(ENDLESS_META_VIEW, 'endless.powermap', mapsDir);
    craftedMap(WIPE_TRIGGER, 'wiper.powermap', mapsDir);
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/v1.powermap'), path.join(mapsDir, 'good.powermap'));
    const host = new Host({ kind: 'browser', version: 'test', dataDir: data, mapsDir, dialogs: null, systemLanguage: 'en' });
    try {
      const listed = await host.handlers['maps.recent']({});
      expect(listed.map((m) => m.fileName)).toEqual(['good.powermap']);
      const bytes = fs.readFileSync(path.join(mapsDir, 'endless.powermap')).toString('base64');
      const dropped = await Promise.resolve()
        .then(() => host.handlers['maps.importFile']({ name: 'endless.powermap', base64: bytes }))
        .then(() => 'opened', (e: StoreError) => e.code);
      expect(dropped).toBe('foreign-schema');
    } finally {
      host.closeAll();
    }
  });

  it('accepts every schema PowerMap itself has written, version by version', () => {
    for (const m of MIGRATIONS) expect(expectedSchema(m.version).size, `version ${m.version}`).toBeGreaterThan(0);
    const v1 = copyFixture('v1.powermap');
    expect(refusal(() => MapDocument.open(v1, { readOnly: true }).close())).toBe('opened');
    expect(refusal(() => MapDocument.open(v1).close())).toBe('opened');
    expect(refusal(() => MapDocument.open(v1).close())).toBe('opened');
    console.log(`[reliability] crafted schemas refused: ${refused} of ${Object.keys(CRAFTS).length}`);
  });
});

describe('the command line and Ctrl+C', () => {
  it('leaves SIGINT and SIGTERM to their default (stop now) for every command but serve', () => {
    const file = copyFixture('v1.powermap');
    const script = `
      const { main } = await import('./electron/cli/main.ts');
      const code = await main(['check', ${JSON.stringify(file)}]);
      console.log(JSON.stringify({ code, sigint: process.listenerCount('SIGINT'), sigterm: process.listenerCount('SIGTERM') }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const last = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(last, r.stderr).toEqual({ code: 0, sigint: 0, sigterm: 0 });
  });
});
