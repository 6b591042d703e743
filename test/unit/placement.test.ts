import { describe, expect, it } from 'vitest';
import { column } from '../../shared/model';
import { freeSpot } from '../../shared/placement';

const spacing = { dx: 0.1, dy: 0.08 };
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot((a.x - b.x) / spacing.dx, (a.y - b.y) / spacing.dy) >= 1 - 1e-9;

describe('placing into a free spot', () => {
  it('puts the first one at the column centre, mid power', () => {
    expect(freeSpot([], 2, spacing)).toEqual({ x: 0, y: 0.5 });
    expect(freeSpot([], 4, spacing)).toEqual({ x: 0.8, y: 0.5 });
  });

  it('never drops a new dot on another: twelve in a row stay one spacing apart, in the column asked for', () => {
    for (const col of [0, 2, 4]) {
      const taken: { x: number; y: number }[] = [];
      for (let i = 0; i < 12; i++) {
        const p = freeSpot(taken, col, spacing);
        expect(column(p.x)).toBe(col);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(1);
        for (const q of taken) expect(apart(p, q)).toBe(true);
        taken.push(p);
      }
    }
  });

  it('steps around people already placed by hand', () => {
    const taken = [{ x: 0, y: 0.5 }, { x: 0.01, y: 0.55 }];
    const p = freeSpot(taken, 2, spacing);
    for (const q of taken) expect(apart(p, q)).toBe(true);
  });

  it('when the column is full, takes the roomiest point rather than failing', () => {
    const taken = Array.from({ length: 400 }, (_, i) => ({ x: -0.2 + (i % 20) * 0.02, y: Math.floor(i / 20) * 0.05 }));
    const p = freeSpot(taken, 2, spacing);
    expect(column(p.x)).toBe(2);
  });
});
