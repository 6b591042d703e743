/** `powermap reconcile` through the real binary, on real map files (DESIGN.md §11). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PowerMap } from '../../shared/model';
import { project, toProjectionInput } from '../../shared/projection';
import { MapDocument } from '../../electron/store/document';
import { fixtureMap, tempDir } from '../store/helpers';
import { powermap } from './run';

/** The council fixture with a few people moved, written as a real `.powermap` file. */
function groupFile(dir: string, name: string, moves: Record<string, number>, extra: PowerMap['actors'] = []): string {
  const map = fixtureMap('council-9.json');
  map.title = name;
  map.actors = map.actors.map((a) => (a.id in moves ? { ...a, x: moves[a.id]! } : a)).concat(extra);
  const file = path.join(dir, `${name}.powermap`);
  MapDocument.create(file, map).close();
  return file;
}

describe('powermap reconcile', () => {
  it('prints the JSON of DESIGN.md §11 and writes the consensus map with --out, leaving every input untouched', () => {
    const dir = tempDir();
    const main = groupFile(dir, 'main', {});
    const newcomer = { id: 'g1', kind: 'influencer' as const, name: 'Vermont ACLU', role: '', notes: '', x: 0.9, y: 0.5, seat: false, pYes: null, pPresent: 1, recused: false };
    const a = groupFile(dir, 'Group A', { m5: 0.9, m3: 0.35 }, [newcomer]);
    const b = groupFile(dir, 'Group B', { m5: -0.9, m3: 0.5 });
    const c = groupFile(dir, 'Group C', { m5: 0.1, m3: 0.45 }, [{ ...newcomer, id: 'zz', name: 'vermont  aclu', x: 0.5 }]);
    const before = [main, a, b, c].map((f) => fs.readFileSync(f));
    const out = path.join(dir, 'merged.powermap');

    const r = powermap(['reconcile', main, a, b, c, '--json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['groups', 'consensus', 'actors']);
    expect(json.groups.map((g: { file: string; title: string }) => [g.file, g.title])).toEqual([
      ['Group A.powermap', 'Group A'],
      ['Group B.powermap', 'Group B'],
      ['Group C.powermap', 'Group C'],
    ]);
    const robert = json.actors.find((x: { id: string }) => x.id === 'm5');
    expect(Object.keys(robert)).toEqual(['id', 'name', 'groups', 'consensus', 'spread', 'flagged', 'source']);
    expect(robert.groups.map((g: { column: number }) => g.column)).toEqual([4, 0, 2]);
    expect(robert.consensus).toEqual({ x: 0.1, y: 0.65, column: 2 });
    expect(robert).toMatchObject({ spread: 4, flagged: true, source: 'main' });
    const tom = json.actors.find((x: { id: string }) => x.id === 'm3');
    expect(tom).toMatchObject({ consensus: { x: 0.45, column: 3 }, spread: 0, flagged: false });
    const added = json.actors.filter((x: { source: string }) => x.source === 'new');
    expect(added).toHaveLength(1);
    expect(added[0].groups[1]).toBeNull();
    expect(added[0].consensus.x).toBeCloseTo(0.7, 12);
    // Rosa Hernández is unplaced everywhere.
    expect(json.actors.find((x: { id: string }) => x.id === 'i6')).toMatchObject({ groups: [null, null, null], consensus: null, spread: 0 });

    // The consensus map on disk projects to the chance the JSON reports.
    const merged = MapDocument.open(out, { readOnly: true });
    try {
      expect(merged.map.actors.find((x) => x.id === 'm5')!.x).toBe(0.1);
      expect(merged.map.actors.some((x) => x.name === 'Vermont ACLU')).toBe(true);
      expect(Math.abs(project(toProjectionInput(merged.map)).pAdopt - json.consensus.pAdopt)).toBeLessThan(1e-12);
    } finally {
      merged.close();
    }
    expect([main, a, b, c].map((f) => fs.readFileSync(f))).toEqual(before);
    expect(powermap(['check', out]).code).toBe(0);
  });

  it('prints a table with the disagreements first, in Spanish too', () => {
    const dir = tempDir();
    const main = groupFile(dir, 'main', {});
    const a = groupFile(dir, 'A', { m9: 0.9 });
    const b = groupFile(dir, 'B', { m9: -0.9 });
    const en = powermap(['reconcile', main, a, b]);
    expect(en.code, en.stderr).toBe(0);
    const rows = en.stdout.split('\n');
    const header = rows.findIndex((l) => l.startsWith('Name'));
    expect(rows[header + 1]).toMatch(/^Frank O'Brien\s+4\s+0\s+\S.*\s4\s+DISAGREE$/);
    const es = powermap(['reconcile', main, a, b, '--lang', 'es']);
    expect(es.stdout).toContain('probabilidad de adopción');
    expect(es.stdout.split('\n').find((l) => l.startsWith('Nombre'))).toMatch(/^Nombre\s+A\s+B\s+Consenso\s+Diferencia/);
    expect(es.stdout).toContain('DESACUERDO');
  });

  it('refuses a bad --flag, a missing group and an existing --out, writing nothing', () => {
    const dir = tempDir();
    const main = groupFile(dir, 'main', {});
    expect(powermap(['reconcile', main]).stderr).toContain('Missing argument: <group>');
    const bad = powermap(['reconcile', main, main, '--flag', 'two']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--flag must be a whole number');
    const out = path.join(dir, 'taken.powermap');
    fs.writeFileSync(out, 'mine');
    const taken = powermap(['reconcile', main, main, '--out', out]);
    expect(taken.code).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });
});
