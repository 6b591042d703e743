import { describe, expect, it } from 'vitest';
import { newActor, emptyMap, type Actor, type PowerMap } from '../../../shared/model';
import { project, toProjectionInput } from '../../../shared/projection';
import { matchKey, median, reconcile } from '../../../shared/reconcile';

function council(actors: Actor[]): PowerMap {
  const map = emptyMap('Riverton', 'Main', '2026-12-01T00:00:00Z');
  map.body = { ...map.body, name: 'Selectboard', seats: 3 };
  map.actors = actors;
  return map;
}
const member = (id: string, name: string, x: number | null, y: number | null = 0.5) => newActor(id, 'decision-maker', name, { seat: true, x, y });
const group = (title: string, actors: Actor[]) => ({ file: `${title}.powermap`, map: { ...council(actors), title } });

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([0.8, -0.2, 0.1])).toBe(0.1);
    expect(median([0.8, -0.2, 0.1, 0.4])).toBeCloseTo(0.25, 12);
    expect(median([0.3])).toBe(0.3);
  });
});

describe('matchKey', () => {
  it('ignores case, accents and spacing', () => {
    expect(matchKey('  José  Núñez ')).toBe(matchKey('jose nunez'));
    expect(matchKey('María\tPeña')).toBe(matchKey('MARIA PENA'));
    expect(matchKey('Ana Ruiz')).not.toBe(matchKey('Ana Ruíz-Soto'));
  });
});

describe('reconcile', () => {
  const main = council([member('m1', 'José Núñez', 0.6), member('m2', 'Liz Park', 0), member('m3', 'Dev Rao', null, null)]);

  it('takes the median over an odd number of groups, matching by id and then by name', () => {
    const r = reconcile(main, [
      group('A', [member('m1', 'x', 0.9, 0.9), member('zz', 'LIZ  PARK', -0.9, 0.2)]),
      group('B', [member('m1', 'x', 0.5, 0.7), member('m2', 'Liz Park', 0.1, 0.4)]),
      group('C', [member('q', 'jose nunez', 0.1, 0.1), member('m2', 'Liz Park', 0.7, 0.6)]),
    ]);
    const jose = r.actors.find((a) => a.id === 'm1')!;
    expect(jose.groups.map((p) => p?.x)).toEqual([0.9, 0.5, 0.1]);
    expect(jose.consensus).toEqual({ x: 0.5, y: 0.7, column: 3 });
    expect(jose.spread).toBe(4 - 2);
    expect(jose.flagged).toBe(true);
    const liz = r.actors.find((a) => a.id === 'm2')!;
    expect(liz.consensus).toEqual({ x: 0.1, y: 0.4, column: 2 });
    expect(liz.spread).toBe(4 - 0);
    expect(liz.source).toBe('main');
  });

  it('takes the mean of the two middle values over an even count and ignores groups that left a person unplaced', () => {
    const r = reconcile(main, [
      group('A', [member('m1', 'x', 0.9, 0.8)]),
      group('B', [member('m1', 'x', 0.5, 0.6)]),
      group('C', [member('m1', 'x', null, null)]),
      group('D', []),
    ]);
    const jose = r.actors.find((a) => a.id === 'm1')!;
    expect(jose.groups).toEqual([{ x: 0.9, y: 0.8, column: 4 }, { x: 0.5, y: 0.6, column: 3 }, null, null]);
    expect(jose.consensus!.x).toBeCloseTo(0.7, 12);
    expect(jose.consensus!.y).toBeCloseTo(0.7, 12);
    expect(jose.spread).toBe(1);
    expect(jose.flagged).toBe(false);
    // Nobody placed Dev: no consensus, and the main map keeps him where he was (unplaced).
    const dev = r.actors.find((a) => a.id === 'm3')!;
    expect(dev.consensus).toBeNull();
    expect(dev.spread).toBe(0);
    expect(r.map.actors.find((a) => a.id === 'm3')!.x).toBeNull();
    // Liz was placed by no group either: she stays at the main map's position.
    expect(r.map.actors.find((a) => a.id === 'm2')!.x).toBe(0);
  });

  it('flags at the chosen spread', () => {
    const groups = [group('A', [member('m2', 'Liz Park', 0.2)]), group('B', [member('m2', 'Liz Park', -0.2)])];
    expect(reconcile(main, groups).actors.find((a) => a.id === 'm2')!.flagged).toBe(false);
    expect(reconcile(main, groups, 1).actors.find((a) => a.id === 'm2')!.flagged).toBe(true);
  });

  it('lists a person only some groups added once, matched across groups by name, and adds them to the consensus map', () => {
    const r = reconcile(main, [
      group('A', [newActor('i1', 'influencer', 'Migrant Justice', { x: 0.9, y: 0.6 })]),
      group('B', []),
      group('C', [newActor('other', 'influencer', 'migrant  justice', { x: 0.7, y: 0.4 })]),
    ]);
    const added = r.actors.filter((a) => a.source === 'new');
    expect(added).toHaveLength(1);
    expect(added[0]!.groups).toEqual([{ x: 0.9, y: 0.6, column: 4 }, null, { x: 0.7, y: 0.4, column: 4 }]);
    expect(added[0]!.consensus!.x).toBeCloseTo(0.8, 12);
    const inMap = r.map.actors.find((a) => a.id === added[0]!.id)!;
    expect(inMap.name).toBe('Migrant Justice');
    expect(inMap.x).toBeCloseTo(0.8, 12);
    expect(r.map.actors).toHaveLength(main.actors.length + 1);
  });

  it('keeps ids unique in the consensus map when groups add people', () => {
    const crowded = council([member('m1', 'José Núñez', 0.6)]);
    const r = reconcile(crowded, [group('A', [member('m1', 'José Núñez', 0.2), member('m2', 'Ana', 0.1)]), group('B', [member('m9', 'Tom Ames', 0.2), member('m2', 'Ana', 0.3)])]);
    const ids = r.map.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.actors.filter((a) => a.source === 'new').map((a) => a.name)).toEqual(['Ana', 'Tom Ames']);
    expect(r.actors.find((a) => a.name === 'Ana')!.consensus!.x).toBeCloseTo(0.2, 12);
  });

  it('reports each group\u2019s chance of adoption and the consensus map\u2019s, as the engine computes them', () => {
    const a = group('A', [member('m1', 'x', 0.9), member('m2', 'y', 0.9), member('m3', 'z', 0.9)]);
    const b = group('B', [member('m1', 'x', -0.9), member('m2', 'y', -0.9), member('m3', 'z', -0.9)]);
    const c = group('C', [member('m1', 'x', 0.5), member('m2', 'y', 0.1), member('m3', 'z', -0.5)]);
    const r = reconcile(main, [a, b, c]);
    expect(r.groups.map((g) => g.title)).toEqual(['A', 'B', 'C']);
    expect(r.groups[0]!.pAdopt).toBeCloseTo(project(toProjectionInput(a.map)).pAdopt, 12);
    expect(r.groups[0]!.pAdopt!).toBeGreaterThan(0.99);
    expect(r.groups[1]!.pAdopt!).toBeLessThan(0.01);
    // Consensus = the medians: 0.5, 0.1, -0.5 → the same map as group C.
    expect(r.consensus.pAdopt).toBeCloseTo(project(toProjectionInput(c.map)).pAdopt, 12);
    // Everyone disagrees by 4 columns.
    expect(r.actors.filter((x) => x.source === 'main').every((x) => x.flagged && x.spread === 4)).toBe(true);
  });

  it('never changes its inputs', () => {
    const before = JSON.stringify(main);
    const g = group('A', [member('m1', 'x', 0.9)]);
    const gBefore = JSON.stringify(g);
    reconcile(main, [g]);
    expect(JSON.stringify(main)).toBe(before);
    expect(JSON.stringify(g)).toBe(gBefore);
  });
});
