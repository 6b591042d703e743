/**
 * A `.powermap` holding more than a map may (shared/mapLimits.ts: written by another tool, or by
 * an import before the limits) is refused with its own message, read-write and read-only, by
 * `powermap check` and by the host's open, and left untouched. A map over a limit is never written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Host } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { createTranslator } from '../../shared/i18n';
import { MAP_LIMITS } from '../../shared/mapLimits';
import { newActor } from '../../shared/model';
import { powermap } from '../cli/run';
import { craftedMap } from './hostile';
import { fixtureMap, refusal, sha256, tempDir } from './helpers';

/** Example 2 with people added by SQL until it holds one more than a map may. */
const ONE_TOO_MANY = `
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MAP_LIMITS.actors + 1} - (SELECT count(*) FROM actors))
  INSERT INTO actors (id, pos, kind, name) SELECT 'extra' || i, 100000 + i, 'influencer', 'Extra ' || i FROM n;`;

describe('a map file holding more than a map may', () => {
  it('is refused with too-large, read-write, read-only and by powermap check, and left unchanged', () => {
    const file = craftedMap(ONE_TOO_MANY, 'crowded.powermap');
    const before = sha256(file);
    expect(refusal(() => MapDocument.open(file).close())).toBe('too-large');
    expect(refusal(() => MapDocument.open(file, { readOnly: true }).close())).toBe('too-large');
    const check = powermap(['check', file, '--lang', 'es']);
    expect(check.code, check.stdout).toBe(1);
    const es = createTranslator('es');
    const said = es('errors.too-large', { ...MAP_LIMITS });
    expect(said).toContain('10.000 personas');
    expect(check.stderr).toContain(said);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
  });

  it('is refused by the host when opened from the maps folder, with the limits to show', async () => {
    const data = tempDir('pm-oversized-host-');
    const mapsDir = path.join(data, 'maps');
    fs.mkdirSync(mapsDir);
    const file = craftedMap(ONE_TOO_MANY, 'crowded.powermap', mapsDir);
    const before = sha256(file);
    const host = new Host({ kind: 'browser', version: 'test', dataDir: data, mapsDir, dialogs: null, systemLanguage: 'en' });
    try {
      const [listed] = await host.handlers['maps.recent']({});
      expect(listed?.fileName).toBe('crowded.powermap');
      const opened = await Promise.resolve()
        .then(() => host.handlers['maps.open']({ key: listed!.key }))
        .then(() => null, (e: StoreError) => e);
      expect(opened).toMatchObject({ code: 'too-large', params: { ...MAP_LIMITS } });
    } finally {
      host.closeAll();
    }
    expect(sha256(file)).toBe(before);
  });

  it('is never written: creating one is refused and leaves no file', () => {
    const map = fixtureMap('examples/example-2.json');
    for (let i = map.actors.length; i <= MAP_LIMITS.actors; i++) map.actors.push(newActor(`extra${i}`, 'influencer', `Extra ${i}`));
    const file = path.join(tempDir(), 'crowded.powermap');
    expect(refusal(() => MapDocument.create(file, map).close())).toBe('too-large');
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });
});
