/**
 * The most a map holds (shared/mapLimits.ts), through the real app in Spanish: a map file past a
 * limit is refused in words that give the limits and left untouched; on a full map, adding one more
 * person is refused in words and nothing is written.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import { MAP_LIMITS } from '../../shared/mapLimits';
import { emptyMap, newActor } from '../../shared/model';
import { craftedMap } from '../store/hostile';
import { sha256 } from '../store/helpers';
import { openFixture, readFromDisk } from './gridHelpers';
import { startApp, type App } from './harness';

const es = createTranslator('es');
let app: App | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('a map at the limits, in Spanish', () => {
  it('refuses to open a map file holding more people than a map may, saying the limits, and leaves it unchanged', async () => {
    app = await startApp({ language: 'es' });
    const { page } = app;
    fs.mkdirSync(app.mapsDir, { recursive: true });
    const file = craftedMap(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MAP_LIMITS.actors + 1} - (SELECT count(*) FROM actors))
       INSERT INTO actors (id, pos, kind, name) SELECT 'extra' || i, 100000 + i, 'influencer', 'Extra ' || i FROM n;`,
      'crowded.powermap',
      app.mapsDir,
    );
    const before = sha256(file);
    await page.reload();
    await page.locator('.recent-item').first().click();
    const said = es('errors.too-large', { ...MAP_LIMITS });
    expect(said).toContain('10.000 personas');
    await page.locator('.error-banner').filter({ hasText: said }).waitFor();
    expect(await page.getByTestId('grid-plot').count()).toBe(0);
    expect(sha256(file)).toBe(before);
    expect(app.problems).toEqual([]);
  });

  it('on a full map, refuses one more person in words and writes nothing', async () => {
    app = await startApp({ language: 'es' });
    const { page } = app;
    const map = emptyMap('Pueblo Lleno', 'Concejo', '2026-01-01T00:00:00.000Z');
    for (let i = 0; i < MAP_LIMITS.actors; i++) {
      map.actors.push(newActor(`p${i}`, 'influencer', `Persona ${i}`, { x: ((i * 7919) % 2000) / 1000 - 1, y: ((i * 104729) % 1000) / 1000 }));
    }
    const file = await openFixture(app, map);
    await page.waitForFunction((n) => document.querySelectorAll('.nodes [data-actor-id]').length === n, MAP_LIMITS.actors, { timeout: 60_000 });
    await page.getByLabel(es('actors.nameLabel')).fill('Una más');
    await page.keyboard.press('Enter');
    await page.locator('.error-banner').filter({ hasText: es('errors.mapFull.actors', { max: MAP_LIMITS.actors }) }).waitFor();
    expect(es('errors.mapFull.actors', { max: MAP_LIMITS.actors })).toContain('10.000 personas');
    expect(await page.locator('.nodes [data-actor-id]').count()).toBe(MAP_LIMITS.actors);
    // The name typed is not lost: it is back in the box.
    await expect.poll(() => page.getByLabel(es('actors.nameLabel')).inputValue()).toBe('Una más');
    await page.getByRole('button', { name: 'Cerrar el mapa' }).click();
    await page.locator('.recent-item').first().waitFor();
    const onDisk = readFromDisk(file);
    expect(onDisk.actors).toHaveLength(MAP_LIMITS.actors);
    expect(onDisk.actors.some((a) => a.name === 'Una más')).toBe(false);
    expect(app.problems).toEqual([]);
  });
});
