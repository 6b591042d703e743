/** `powermap shifted` through the real binary, on a map whose journal was written by the real store. */
import { describe, expect, it } from 'vitest';
import { newActor } from '../../shared/model';
import { documentAt, threeSeats } from '../unit/history/maps';
import { powermap } from './run';

function mapWithHistory(): string {
  const { file, doc } = documentAt(threeSeats(), ['2026-09-10T12:00:00.000Z', '2026-09-20T12:00:00.000Z']);
  // 10 September: a meeting moves Bea to passive ally (0.75). 20 September: a new influencer.
  doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.3, y: 0.6 }] }, { meeting: 'mt1' });
  doc.apply({ type: 'actor.add', actor: newActor('d', 'influencer', 'Faith coalition', { x: 0.8, y: 0.3 }) });
  doc.close();
  return file;
}

const json = (args: string[], env: Record<string, string> = {}) => {
  const r = powermap(['shifted', ...args, '--json'], env);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('powermap shifted', () => {
  it('reports who moved, the chance then and now, and each change\u2019s share, largest first (hand-computed)', () => {
    const file = mapWithHistory();
    const r = json([file, '--since', '2026-09-05T00:00:00Z']);
    expect(Object.keys(r)).toEqual(['since', 'then', 'now', 'changes']);
    expect(r.since).toBe('2026-09-05T00:00:00.000Z');
    // P(≥2 of 0.95, 0.5, 0.05) = 0.5; with Bea at 0.75: 0.72625.
    expect(r.then.pAdopt).toBeCloseTo(0.5, 12);
    expect(r.now.pAdopt).toBeCloseTo(0.72625, 12);
    expect(r.then.expectedYes).toBeCloseTo(1.5, 12);
    expect(r.changes.map((c: { id: string }) => c.id)).toEqual(['b', 'd']);
    expect(r.changes[0]).toMatchObject({
      name: 'Bea',
      then: { x: 0, y: 0.5, column: 2, pYes: null, pPresent: 1, recused: false },
      now: { x: 0.3, y: 0.6, column: 3, pYes: null, pPresent: 1, recused: false },
    });
    expect(r.changes[0].deltaPAdopt).toBeCloseTo(0.22625, 12);
    expect(r.changes[1]).toMatchObject({ id: 'd', then: null, now: { x: 0.8, column: 4 }, deltaPAdopt: 0 });
  });

  it('counts a bare date from local midnight, and a later moment sees only what came after', () => {
    const file = mapWithHistory();
    // Midnight of 10 September in New York is 04:00 UTC, before Bea moved at 12:00 UTC.
    expect(json([file, '--since', '2026-09-10'], { TZ: 'America/New_York' }).since).toBe('2026-09-10T04:00:00.000Z');
    expect(json([file, '--since', '2026-09-10'], { TZ: 'America/New_York' }).changes).toHaveLength(2);
    const later = json([file, '--since', '2026-09-15T00:00:00Z']);
    expect(later.then.pAdopt).toBeCloseTo(0.72625, 12);
    expect(later.changes.map((c: { id: string }) => c.id)).toEqual(['d']);
  });

  it('prints it in Spanish, and refuses a date it cannot read', () => {
    const file = mapWithHistory();
    const es = powermap(['shifted', file, '--since', '2026-09-05T00:00:00Z', '--lang', 'es']);
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).toMatch(/Probabilidad de adopción: 50\s% entonces, 73\s% ahora/);
    expect(es.stdout).toContain('Bea: Neutral → Aliado pasivo (+22,6 puntos)');
    const bad = powermap(['shifted', file, '--since', 'last tuesday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--since must be a snapshot of this map');
  });

  it('takes a snapshot by its id or exact name: the moment it was taken', () => {
    const { file, doc } = documentAt(threeSeats(), ['2026-09-10T12:00:00.000Z', '2026-09-15T12:00:00.000Z', '2026-09-20T12:00:00.000Z']);
    doc.apply({ type: 'actors.move', moves: [{ id: 'c', x: -0.3, y: 0.5 }] });
    doc.apply({ type: 'snapshot.add', snapshot: { id: 's1', name: 'Before the October meeting', at: '2026-09-15T12:00:00.000Z' } });
    doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.3, y: 0.6 }] });
    doc.close();
    for (const since of ['s1', 'Before the October meeting']) {
      const r = json([file, '--since', since]);
      expect(r.since).toBe('2026-09-15T12:00:00.000Z');
      // Cal moved before the snapshot: only Bea's move is since.
      expect(r.changes.map((c: { id: string }) => c.id)).toEqual(['b']);
    }
    const text = powermap(['shifted', file, '--since', 'Before the October meeting']);
    expect(text.stdout).toContain('Since the snapshot “Before the October meeting”');
    const es = powermap(['shifted', file, '--since', 's1', '--lang', 'es']);
    expect(es.stdout).toContain('Desde la foto del momento «Before the October meeting»');
    // Not the exact name: refused, naming what it must be.
    const bad = powermap(['shifted', file, '--since', 'before the october meeting']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--since must be a snapshot of this map');
  });
});
