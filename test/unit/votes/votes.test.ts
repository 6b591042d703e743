/**
 * Recorded votes against the projection of their morning (DESIGN.md §10), hand-computed: each
 * member's chance of a yes ballot, the Brier score, and the map rebuilt from a real journal at the
 * start of the vote's day.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MapDocument } from '../../../electron/store/document';
import type { RecordedVote } from '../../../shared/memory/model';
import { emptyMap, newActor, type PowerMap } from '../../../shared/model';
import { toProjectionInput } from '../../../shared/projection';
import { brierScore, projectMorning, projectMornings, reviewVote, startOfDay, yesBallotChances } from '../../../shared/votes';
import { tempDir } from '../../store/helpers';
import { rewindTo } from '../../../shared/history';

const seated = (id: string, name: string, over: Parameters<typeof newActor>[3] = {}) => newActor(id, 'decision-maker', name, { seat: true, y: 0.5, ...over });

/** Five seats: Ana and Bea in a block of cohesion 0.5 with Cid (recused); Dee and Eva outside it. */
function blockMap(): PowerMap {
  const map = emptyMap('Riverton', 'Council', '2026-09-01T12:00:00.000Z');
  map.actors = [
    seated('a', 'Ana', { x: 0, pYes: 0.8 }),
    seated('b', 'Bea', { x: 0, pYes: 0.4, pPresent: 0.5 }),
    seated('c', 'Cid', { x: 0, pYes: 0.9, recused: true }),
    seated('d', 'Dee', { x: 0, pYes: 0.3, pPresent: 0.8 }),
    // No override: the stance of the active-ally column, 0.95.
    seated('e', 'Eva', { x: 0.9 }),
  ];
  map.blocks = [{ id: 'blk', name: 'Downtown', members: ['a', 'b', 'c'], cohesion: 0.5 }];
  return map;
}

describe('the chance of a yes ballot', () => {
  it('follows the block formula, attendance and recusal (hand-computed)', () => {
    const p = yesBallotChances(toProjectionInput(blockMap()));
    // m_B = mean pYes of the block's members who are not recused = (0.8 + 0.4) / 2 = 0.6 (Cid left out).
    // Ana: 1 · (0.5 · 0.6 + 0.5 · 0.8) = 0.7
    expect(p.get('a')).toBeCloseTo(0.7, 12);
    // Bea: 0.5 · (0.5 · 0.6 + 0.5 · 0.4) = 0.5 · 0.5 = 0.25
    expect(p.get('b')).toBeCloseTo(0.25, 12);
    // Cid is recused: 0.
    expect(p.get('c')).toBe(0);
    // Dee, outside every block: 0.8 · 0.3 = 0.24
    expect(p.get('d')).toBeCloseTo(0.24, 12);
    // Eva: 1 · stances[4] = 0.95
    expect(p.get('e')).toBeCloseTo(0.95, 12);
    expect([...p.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives the Brier score as the mean squared gap to the ballot (hand-computed)', () => {
    // Ballots: Ana yes, Bea absent, Cid recused, Dee no, Eva yes.
    // (0.7 − 1)² + (0.25 − 0)² + (0 − 0)² + (0.24 − 0)² + (0.95 − 1)²
    //   = 0.09 + 0.0625 + 0 + 0.0576 + 0.0025 = 0.2126; / 5 = 0.04252
    const score = brierScore([
      { ballot: 'yes', pYesBallot: 0.7 },
      { ballot: 'absent', pYesBallot: 0.25 },
      { ballot: 'recused', pYesBallot: 0 },
      { ballot: 'no', pYesBallot: 0.24 },
      { ballot: 'yes', pYesBallot: 0.95 },
    ]);
    expect(score).toBeCloseTo(0.04252, 12);
    // Someone with no chance (not a member that morning) is left out: (0.7 − 1)² / 1 = 0.09.
    expect(brierScore([{ ballot: 'yes', pYesBallot: 0.7 }, { ballot: 'no', pYesBallot: null }])).toBeCloseTo(0.09, 12);
    expect(brierScore([{ ballot: 'no', pYesBallot: null }])).toBeNull();
    expect(brierScore([])).toBeNull();
  });
});

const vote: RecordedVote = {
  id: 'v1',
  date: '2026-11-03',
  measure: 'No Polimigra policy',
  ballots: { a: 'yes', b: 'yes', c: 'no', f: 'yes' },
  executive: null,
  adopted: true,
};

/**
 * Three seats, a majority of the whole (2): Ana active ally (0.95), Bea neutral (0.5), Cal active
 * opponent (0.05). The journal: Bea to passive ally (0.75) on 2 November; Cal to passive opponent
 * (0.25) at 03:00 UTC on 3 November (still 2 November, 22:00, in New York); Ana to neutral at 15:00
 * UTC on the 3rd (after the morning everywhere); Fay seated at 16:00; the vote recorded at 20:00.
 */
function journaledMap() {
  const file = path.join(tempDir(), 'riverton.powermap');
  const times = ['2026-11-02T12:00:00.000Z', '2026-11-03T03:00:00.000Z', '2026-11-03T15:00:00.000Z', '2026-11-03T16:00:00.000Z', '2026-11-03T20:00:00.000Z'];
  const map = emptyMap('Riverton', 'Selectboard', '2026-09-01T12:00:00.000Z');
  map.body = { ...map.body, seats: 4 };
  map.actors = [seated('a', 'Ana', { x: 0.9 }), seated('b', 'Bea', { x: 0 }), seated('c', 'Cal', { x: -0.9 })];
  const doc = MapDocument.create(file, map, { now: () => times.shift()! });
  doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.3, y: 0.5 }] });
  doc.apply({ type: 'actors.move', moves: [{ id: 'c', x: -0.3, y: 0.5 }] });
  doc.apply({ type: 'actors.move', moves: [{ id: 'a', x: 0, y: 0.5 }] });
  doc.apply({ type: 'actor.add', actor: seated('f', 'Fay', { x: 0.9 }) });
  doc.apply({ type: 'vote.add', vote });
  const result = { map: doc.map, journal: doc.journal() };
  doc.close();
  return result;
}

describe('the projection of the morning of a vote', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('rebuilds the map at the start of the day and scores the ballots against it (hand-computed)', () => {
    const { map, journal } = journaledMap();
    // Midnight UTC: Bea has moved (0.75), Cal not yet (0.05), Ana not yet (0.95), Fay not there.
    const r = reviewVote(map, journal, map.votes[0]!, '2026-11-03T00:00:00.000Z');
    // Four seats, a majority of the whole is 3 of the three members: 0.95 · 0.75 · 0.05 = 0.035625.
    expect(r.projectedPAdopt).toBeCloseTo(0.035625, 12);
    expect(r.members).toEqual([
      { id: 'a', ballot: 'yes', pYesBallot: 0.95 },
      { id: 'b', ballot: 'yes', pYesBallot: 0.75 },
      { id: 'c', ballot: 'no', pYesBallot: 0.05 },
      // Fay was seated after the morning: no projection for her, and she is left out of the score.
      { id: 'f', ballot: 'yes', pYesBallot: null },
    ]);
    // ((0.95 − 1)² + (0.75 − 1)² + (0.05 − 0)²) / 3 = (0.0025 + 0.0625 + 0.0025) / 3 = 0.0225
    expect(r.brier).toBeCloseTo(0.0225, 12);
    expect(r).toMatchObject({ id: 'v1', date: '2026-11-03', adopted: true, executive: null, morning: '2026-11-03T00:00:00.000Z' });
  });

  it('starts the day at local midnight', () => {
    const { map, journal } = journaledMap();
    process.env.TZ = 'America/New_York';
    // 3 November 2026 is after the end of daylight time (1 November): midnight is 05:00 UTC.
    expect(startOfDay('2026-11-03')).toBe('2026-11-03T05:00:00.000Z');
    const r = reviewVote(map, journal, map.votes[0]!);
    expect(r.morning).toBe('2026-11-03T05:00:00.000Z');
    // Cal's move at 03:00 UTC came before that morning: 0.95 · 0.75 · 0.25 = 0.178125.
    expect(r.projectedPAdopt).toBeCloseTo(0.178125, 12);
    expect(r.members.map((m) => m.pYesBallot)).toEqual([0.95, 0.75, 0.25, null]);
    // ((0.05)² + (0.25)² + (0.25)²) / 3 = (0.0025 + 0.0625 + 0.0625) / 3 = 0.0425
    expect(r.brier).toBeCloseTo(0.0425, 12);
  });

  it('works out several mornings in one walk, each as projectMorning alone gives it', () => {
    const { map, journal } = journaledMap();
    // Before the map's history, between every pair of entries, on one of them exactly, and after the last; in no order, one twice.
    const ats = ['2026-11-03T15:30:00.000Z', '2026-10-01T00:00:00.000Z', '2026-11-03T03:00:00.000Z', '2026-11-04T00:00:00.000Z', '2026-11-02T23:00:00.000Z', '2026-11-03T00:00:00.000Z', '2026-11-03T16:00:01.000Z', '2026-11-02T23:00:00.000Z'];
    const all = projectMornings(map, journal, ats);
    expect([...all.keys()].sort()).toEqual([...new Set(ats)].sort());
    for (const at of ats) expect(all.get(at)).toEqual(projectMorning(map, journal, at));
    // The walk went back to where the figures differ: 0.95 · 0.75 · 0.05 at midnight UTC, as above.
    expect(all.get('2026-11-03T00:00:00.000Z')!.pAdopt).toBeCloseTo(0.035625, 12);
    expect(projectMornings(map, journal, [])).toEqual(new Map());
    // What the app's worker is sent: the entries from the earliest moment on, time and inverse only.
    const rewind = rewindTo(journal, '2026-10-01T00:00:00.000Z');
    expect(rewind).toEqual(journal.map((e) => ({ at: e.at, inverse: e.inverse })));
    expect(projectMornings(map, rewind, ats)).toEqual(all);
    const fromMidnight = rewindTo(journal, '2026-11-03T00:00:00.000Z');
    expect(fromMidnight.map((e) => e.at)).toEqual(journal.filter((e) => e.at > '2026-11-03T00:00:00.000Z').map((e) => e.at));
    const later = ats.filter((at) => at >= '2026-11-03T00:00:00.000Z');
    expect(projectMornings(map, fromMidnight, later)).toEqual(new Map(later.map((at) => [at, all.get(at)!])));
    expect(rewindTo(journal, '2026-11-04T00:00:00.000Z')).toEqual([]);
  });

  it('gives no chance and no score when the morning map cannot be projected', () => {
    const map = blockMap();
    map.body = { ...map.body, seats: 3 };
    const r = reviewVote(map, [], { ...vote, ballots: { a: 'yes' } }, '2026-11-03T00:00:00.000Z');
    expect(r).toMatchObject({ projectedPAdopt: null, brier: null, members: [{ id: 'a', ballot: 'yes', pYesBallot: null }] });
  });
});
