import { describe, expect, it } from 'vitest';
import { emptyMap, newActor, type Actor, type PowerMap } from '../../../shared/model';
import { applyOperation } from '../../../shared/ops';
import { reconcile, reconciliationOperation, type Choice } from '../../../shared/reconcile';

function council(actors: Actor[], title = 'Main'): PowerMap {
  const map = emptyMap('Riverton', title, '2026-12-01T00:00:00Z');
  map.body = { ...map.body, name: 'Selectboard', seats: 3 };
  map.actors = actors;
  return map;
}
const member = (id: string, name: string, x: number | null, y: number | null = 0.5) => newActor(id, 'decision-maker', name, { seat: true, x, y });

describe('reconciliationOperation', () => {
  const main = council([member('m1', 'Ana', 0.6), member('m2', 'Liz', 0), member('m3', 'Dev', -0.5)]);
  const groups = [
    { file: 'a', map: council([member('m1', 'Ana', 0.9, 0.9), member('m2', 'Liz', -0.9, 0.2), member('m4', 'Tom', 0.4, 0.3), newActor('i1', 'influencer', 'Clergy', { x: 0.5, y: 0.5 })]) },
    { file: 'b', map: council([member('m1', 'Ana', 0.5, 0.7), member('m2', 'Liz', 0.7, 0.4), newActor('i9', 'influencer', 'clergy', { x: 0.9, y: 0.1 })]) },
  ];
  const r = reconcile(main, groups);

  it('applies the consensus as one step that equals the consensus map, and undoes to the main map exactly', () => {
    const op = reconciliationOperation(main, r)!;
    expect(op.type).toBe('batch');
    const applied = applyOperation(main, op);
    expect(applied.map.actors.map((a) => [a.id, a.x, a.y, a.seat])).toEqual(r.map.actors.map((a) => [a.id, a.x, a.y, a.seat]));
    expect(applyOperation(applied.map, applied.inverse).map).toEqual(main);
  });

  it('takes a group\u2019s value or keeps the main map where the facilitator says so, and leaves out a new person', () => {
    const choices = new Map<string, Choice>([
      ['m1', { kind: 'group', index: 1 }],
      ['m2', { kind: 'keep' }],
      [r.actors.find((a) => a.name === 'Clergy')!.id, { kind: 'keep' }],
    ]);
    const applied = applyOperation(main, reconciliationOperation(main, r, choices)!).map;
    expect(applied.actors.find((a) => a.id === 'm1')).toMatchObject({ x: 0.5, y: 0.7 });
    expect(applied.actors.find((a) => a.id === 'm2')).toMatchObject({ x: 0, y: 0.5 });
    expect(applied.actors.map((a) => a.name)).toEqual(['Ana', 'Liz', 'Dev', 'Tom']);
  });

  it('gives a new member a seat only while the body has one free', () => {
    const full = council([member('m1', 'Ana', 0.6), member('m2', 'Liz', 0), member('m3', 'Dev', -0.5)]);
    const rr = reconcile(full, [{ file: 'a', map: council([member('x1', 'Tom', 0.4), member('x2', 'Sue', 0.1)]) }]);
    const applied = applyOperation(full, reconciliationOperation(full, rr)!).map;
    expect(applied.actors.filter((a) => a.seat)).toHaveLength(3);
    expect(applied.actors.find((a) => a.name === 'Tom')!.seat).toBe(false);
  });

  it('is null when nothing would change', () => {
    const same = reconcile(main, [{ file: 'a', map: main }]);
    expect(reconciliationOperation(main, same)).toBeNull();
  });
});
