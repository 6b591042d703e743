/** `powermap votes` through the real binary, on a map whose journal and recorded vote were written by the real store. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { emptyMap, newActor } from '../../shared/model';
import { tempDir } from '../store/helpers';
import { powermap } from './run';

const seated = (id: string, name: string, x: number) => newActor(id, 'decision-maker', name, { seat: true, x, y: 0.5 });

/**
 * Three seats, a majority of the whole (2): Ana active ally (0.95), Bea neutral (0.5), Cal active
 * opponent (0.05). Bea moves to passive ally (0.75) on 2 November; Cal to passive opponent (0.25) at
 * 03:00 UTC on 3 November, which is still 2 November (22:00) in New York; Ana to neutral (0.5) at
 * 15:00 UTC on the 3rd; the vote is recorded that evening.
 */
function mapWithVote(): string {
  const file = path.join(tempDir(), 'riverton.powermap');
  const times = ['2026-11-02T12:00:00.000Z', '2026-11-03T03:00:00.000Z', '2026-11-03T15:00:00.000Z', '2026-11-03T23:00:00.000Z'];
  const map = emptyMap('Riverton', 'Selectboard', '2026-09-01T12:00:00.000Z');
  map.body = { ...map.body, name: 'Selectboard', seats: 3 };
  map.actors = [seated('a', 'Ana', 0.9), seated('b', 'Bea', 0), seated('c', 'Cal', -0.9)];
  const doc = MapDocument.create(file, map, { now: () => times.shift()! });
  doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.3, y: 0.5 }] });
  doc.apply({ type: 'actors.move', moves: [{ id: 'c', x: -0.3, y: 0.5 }] });
  doc.apply({ type: 'actors.move', moves: [{ id: 'a', x: 0, y: 0.5 }] });
  doc.apply({
    type: 'vote.add',
    vote: { id: 'v1', date: '2026-11-03', measure: 'No Polimigra policy', ballots: { a: 'yes', b: 'yes', c: 'no' }, executive: 'signed', adopted: true },
  });
  doc.close();
  return file;
}

const json = (args: string[], env: Record<string, string> = {}) => {
  const r = powermap(['votes', ...args, '--json'], env);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('powermap votes', () => {
  it('compares each ballot with the projection at local midnight of the vote day (hand-computed)', () => {
    const file = mapWithVote();
    const [v, ...rest] = json([file], { TZ: 'America/New_York' });
    expect(rest).toEqual([]);
    expect(Object.keys(v)).toEqual(['id', 'date', 'measure', 'adopted', 'executive', 'projectedPAdopt', 'brier', 'members']);
    expect(v).toMatchObject({ id: 'v1', date: '2026-11-03', measure: 'No Polimigra policy', adopted: true, executive: 'signed' });
    // Midnight in New York is 05:00 UTC: Bea (0.75) and Cal (0.25) have moved, Ana (0.95) not yet.
    // P(≥ 2 yes) = 0.95·0.75·0.25 + 0.95·0.75·0.75 + 0.95·0.25·0.25 + 0.05·0.75·0.25
    //            = 0.178125 + 0.534375 + 0.059375 + 0.009375 = 0.78125
    expect(v.projectedPAdopt).toBeCloseTo(0.78125, 12);
    expect(v.members).toEqual([
      { id: 'a', ballot: 'yes', pYesBallot: 0.95 },
      { id: 'b', ballot: 'yes', pYesBallot: 0.75 },
      { id: 'c', ballot: 'no', pYesBallot: 0.25 },
    ]);
    // ((0.95 − 1)² + (0.75 − 1)² + (0.25 − 0)²) / 3 = (0.0025 + 0.0625 + 0.0625) / 3 = 0.0425
    expect(v.brier).toBeCloseTo(0.0425, 12);
  });

  it('sees a move at 03:00 UTC as made on the vote day where midnight is at 00:00 UTC', () => {
    const [v] = json([mapWithVote()], { TZ: 'UTC' });
    // Cal still at 0.05: P = 0.95·0.75·0.05 + 0.95·0.75·0.95 + 0.95·0.25·0.05 + 0.05·0.75·0.05
    //                      = 0.035625 + 0.676875 + 0.011875 + 0.001875 = 0.72625
    expect(v.projectedPAdopt).toBeCloseTo(0.72625, 12);
    expect(v.members.map((m: { pYesBallot: number }) => m.pYesBallot)).toEqual([0.95, 0.75, 0.05]);
    // (0.0025 + 0.0625 + 0.0025) / 3 = 0.0225
    expect(v.brier).toBeCloseTo(0.0225, 12);
  });

  it('prints a table in English and Spanish, and says when there is nothing to show', () => {
    const file = mapWithVote();
    const en = powermap(['votes', file], { TZ: 'America/New_York' });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('November 3, 2026: No Polimigra policy');
    expect(en.stdout).toContain('Adopted · executive: Signed');
    expect(en.stdout).toContain('That morning the map gave a 78% chance of adoption.');
    expect(en.stdout).toContain('Brier score: 0.043 (0 is perfect; 0.25 is a coin toss)');
    expect(en.stdout).toMatch(/Cal\s+No\s+25%/);
    const es = powermap(['votes', file, '--lang', 'es'], { TZ: 'America/New_York' });
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).toContain('3 de noviembre de 2026: No Polimigra policy');
    expect(es.stdout).toContain('Adoptada · ejecutivo: Firmó');
    expect(es.stdout).toMatch(/Esa mañana el mapa daba una probabilidad de adopción de 78\s%\./);
    expect(es.stdout).toContain('Puntaje de Brier: 0,043');
    expect(es.stdout).toMatch(/Bea\s+Sí\s+75\s%/);

    const empty = path.join(tempDir(), 'empty.powermap');
    MapDocument.create(empty, emptyMap('Riverton', '', '2026-09-01T12:00:00.000Z')).close();
    expect(json([empty])).toEqual([]);
    expect(powermap(['votes', empty]).stdout).toContain('No recorded votes in this map.');
    const missing = powermap(['votes']);
    expect(missing.code).toBe(1);
  });
});
