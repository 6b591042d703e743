import { describe, expect, it } from 'vitest';
import { emptyMap, newActor, type PowerMap } from '../../../shared/model';
import { applyOperation } from '../../../shared/ops';
import { sameForProjection } from '../../../renderer/projection/projectionKey';

function council(): PowerMap {
  const m = emptyMap('Town', 'Council', '2026-01-01T00:00:00.000Z');
  m.body.seats = 3;
  m.actors.push(newActor('a', 'decision-maker', 'Ana', { seat: true, x: 0.1, y: 0.5 }), newActor('b', 'decision-maker', 'Ben', { seat: true, x: -0.7, y: 0.5 }));
  return m;
}

describe('sameForProjection', () => {
  it('holds for a move inside a column and for the host acknowledging a save', () => {
    const m = council();
    const moved = applyOperation(m, { type: 'actors.move', moves: [{ id: 'a', x: 0.12, y: 0.9 }] }).map;
    expect(sameForProjection(m, moved)).toBe(true);
    expect(sameForProjection(m, { ...m, updatedAt: '2026-02-01T00:00:00.000Z' })).toBe(true);
  });

  it('fails for a column crossing, taking someone off the grid, a rename and a body edit', () => {
    const m = council();
    const apply = (op: Parameters<typeof applyOperation>[1]) => applyOperation(m, op).map;
    expect(sameForProjection(m, apply({ type: 'actors.move', moves: [{ id: 'a', x: 0.9, y: 0.5 }] }))).toBe(false);
    expect(sameForProjection(m, apply({ type: 'actors.move', moves: [{ id: 'a', x: null, y: null }] }))).toBe(false);
    expect(sameForProjection(m, { ...m, actors: m.actors.map((a) => (a.id === 'b' ? { ...a, name: 'Benito' } : a)) })).toBe(false);
    expect(sameForProjection(m, { ...m, body: { ...m.body, seats: 5 } })).toBe(false);
  });
});
