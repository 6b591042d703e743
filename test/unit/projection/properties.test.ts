/** Properties of the projection and the minimal set, over random bodies. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalSet, project, type ProjectionInput } from '../../../shared/projection';
import { EXACT_LIMIT } from '../../../shared/projection/minimalSet';
import { bruteForce, randomBody, rng, withMember } from './helpers';

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('projection properties', () => {
  it('probabilities lie in [0, 1] and the distribution sums to 1 (up to 30 seats)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomBody(seed, { maxSeats: 30 });
        const p = project(input);
        expect(p.distribution).toHaveLength(input.seats + 1);
        expect(Math.abs(p.distribution.reduce((s, q) => s + q, 0) - 1)).toBeLessThan(1e-12);
        for (const q of [...p.distribution, p.pPass, p.pAdopt]) {
          expect(q).toBeGreaterThanOrEqual(-1e-15);
          expect(q).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(p.pAdopt).toBeLessThanOrEqual(p.pPass + 1e-12);
        expect(p.expectedYes).toBeLessThanOrEqual(input.members.length + 1e-9);
        for (const [i, m] of p.members.entries()) {
          // A move toward yes never hurts (monotonicity, below), so these gains are never negative —
          // except gainToYes in a block: attending makes the member vote with the block when it is
          // unified, which may be no.
          if (input.members[i]!.block === undefined) expect(m.gainToYes).toBeGreaterThanOrEqual(-1e-12);
          expect(m.swing).toBeGreaterThanOrEqual(-1e-12);
          expect(m.gainToYes).toBeLessThanOrEqual(1);
        }
        expect([...p.members.map((m) => m.swingRank)].sort((a, b) => a - b)).toEqual(p.members.map((_, i) => i + 1));
      }),
      { numRuns: 150 },
    );
  });

  it('the summary alone (gains: false, for a live drag) equals the full projection’s summary', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const input = randomBody(seed, { maxSeats: 20 });
      const { members: _m, ranking: _r, ...full } = project(input);
      const summary = project(input, { gains: false });
      expect(summary).not.toHaveProperty('members');
      expect(Math.abs(summary.pAdopt - full.pAdopt)).toBeLessThan(1e-12);
      expect(Math.abs(summary.pPass - full.pPass)).toBeLessThan(1e-12);
      summary.distribution.forEach((q, k) => expect(Math.abs(q - full.distribution[k]!)).toBeLessThan(1e-12));
      expect(summary.threshold).toEqual(full.threshold);
    }
  });

  const monotone = (basis: 'whole' | 'cast', threshold: ProjectionInput['rule']['threshold'] | undefined) =>
    fc.property(seeds, fc.double({ min: 0, max: 1, noNaN: true }), (seed, t) => {
      const input = randomBody(seed, threshold === undefined ? { maxSeats: 9, basis } : { maxSeats: 9, basis, threshold });
      if (input.members.length === 0) return;
      const before = project(input, { gains: false });
      const r = rng(seed);
      const i = Math.floor(r() * input.members.length);
      const m = input.members[i]!;
      const after = project(withMember(input, i, { pYes: m.pYes + t * (1 - m.pYes) }), { gains: false });
      expect(after.pPass).toBeGreaterThanOrEqual(before.pPass - 1e-12);
      expect(after.pAdopt).toBeGreaterThanOrEqual(before.pAdopt - 1e-12);
    });

  it('moving a member toward ally never lowers P(pass) or P(adopt): whole majority', () => {
    fc.assert(monotone('whole', 'majority'), { numRuns: 300 });
  });
  it('… cast majority (attendance fixed, a no becoming a yes never hurts)', () => {
    fc.assert(monotone('cast', 'majority'), { numRuns: 300 });
  });
  it('… and every other rule (two-thirds, at least k), which the minimal-set search relies on', () => {
    fc.assert(monotone('whole', undefined), { numRuns: 200 });
    fc.assert(monotone('cast', undefined), { numRuns: 200 });
  });
});

describe('minimal set', () => {
  const moveAll = (input: ProjectionInput, ids: readonly string[]): ProjectionInput => ({
    ...input,
    members: input.members.map((m) => (ids.includes(m.id) ? { ...m, pYes: input.stances[4] } : m)),
  });

  it('reaches the target with the fewest members, and the best of that size (exhaustive, small bodies)', () => {
    let reached = 0;
    let unreachable = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const input = randomBody(seed, { maxSeats: 6 });
      const target = [0.9, 0.5, 0.99][seed % 3]!;
      const got = minimalSet(input, target);
      expect(got.exact).toBe(true);
      const ids = input.members.map((m) => m.id);
      // Every subset, by brute force.
      const bySize = new Map<number, number>();
      for (let mask = 0; mask < 2 ** ids.length; mask++) {
        const set = ids.filter((_, j) => mask & (1 << j));
        const v = bruteForce(moveAll(input, set)).pAdopt;
        bySize.set(set.length, Math.max(bySize.get(set.length) ?? 0, v));
      }
      const mine = bruteForce(moveAll(input, got.members)).pAdopt;
      expect(Math.abs(mine - got.pAdopt), `seed ${seed}`).toBeLessThan(1e-9);
      const best = Math.max(...bySize.values());
      if (got.reachable) {
        reached++;
        expect(got.pAdopt).toBeGreaterThanOrEqual(target - 1e-9);
        for (let size = 0; size < got.members.length; size++) expect(bySize.get(size)!, `seed ${seed} size ${size}`).toBeLessThan(target);
        expect(Math.abs(got.pAdopt - bySize.get(got.members.length)!)).toBeLessThan(1e-9);
      } else {
        unreachable++;
        expect(best).toBeLessThan(target);
        expect(Math.abs(got.pAdopt - best)).toBeLessThan(1e-9);
      }
    }
    expect(reached).toBeGreaterThan(20);
    expect(unreachable).toBeGreaterThan(20);
  });

  it('is empty when the measure already reaches the target', () => {
    const input = randomBody(7, { maxSeats: 5 });
    const got = minimalSet(input, 0);
    expect(got).toMatchObject({ members: [], reachable: true, exact: true });
  });

  it(`is exact up to ${EXACT_LIMIT} movable members, and a labelled heuristic above, whose set really reaches the target`, () => {
    const big = (n: number, pYes: number): ProjectionInput => ({
      seats: n,
      members: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, pYes: (pYes + i * 0.013) % 0.8, pPresent: i % 5 === 0 ? 0.8 : 1, recused: false, ...(i % 4 === 0 ? { block: 0 } : {}) })),
      blocks: [{ id: 'b', cohesion: 0.6 }],
      rule: { basis: 'whole', threshold: 'two-thirds', quorum: Math.floor(n / 2) + 1 },
      tieBreaker: null,
      executive: { id: 'mayor', pYes: 0.3, override: 'two-thirds' },
      stances: [0.05, 0.25, 0.5, 0.75, 0.95],
    });
    expect(minimalSet(big(15, 0.2)).exact).toBe(true);
    for (const n of [16, 40]) {
      const input = big(n, 0.2);
      const got = minimalSet(input, 0.9);
      expect(got.exact).toBe(false);
      expect(got.reachable).toBe(true);
      const check = project(moveAll(input, got.members), { gains: false }).pAdopt;
      expect(Math.abs(check - got.pAdopt)).toBeLessThan(1e-9);
      expect(check).toBeGreaterThanOrEqual(0.9 - 1e-12);
      expect(got.members.length).toBeLessThan(n);
    }
    // Unreachable: the mayor always vetoes and no override is possible with these members.
    const stuck: ProjectionInput = { ...big(20, 0.2), executive: { pYes: 0, override: { atLeast: 20 } }, members: big(20, 0.2).members.map((m, i) => (i === 0 ? { ...m, recused: true } : m)) };
    const none = minimalSet(stuck, 0.5);
    expect(none).toMatchObject({ exact: false, reachable: false, pAdopt: 0 });
  });
});
