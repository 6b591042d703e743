/** DESIGN.md §4's five worked examples, from the interchange fixtures. */
import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../../shared/schema';
import { project, toProjectionInput, type ProjectionInput } from '../../../shared/projection';
import { loadExample, readExample } from './helpers';

const EXACT = 1e-9;

function input(n: number): ProjectionInput {
  return toProjectionInput(loadExample(n));
}

function withCohesion(i: ProjectionInput, cohesion: number): ProjectionInput {
  return { ...i, blocks: i.blocks.map((b) => ({ ...b, cohesion })) };
}

describe('worked examples (DESIGN.md §4)', () => {
  it('1: five independent members', () => {
    const p = project(input(1));
    expect(p.pPass).toBeCloseTo(1 / 2, 12);
    expect(p.pAdopt).toBeCloseTo(1 / 2, 12);
    expect(p.expectedYes).toBeCloseTo(2.5, 12);
    const expected = [189, 2433, 7378, 7378, 2433, 189].map((x) => x / 20000);
    p.distribution.forEach((q, k) => expect(Math.abs(q - expected[k]!)).toBeLessThan(EXACT));
    expect(p.threshold).toMatchObject({ basis: 'whole', needed: 3, quorum: 3, seats: 5 });
  });

  it('2: a block of two, at the fixture cohesion (0.5), 1 and 0', () => {
    const base = input(2);
    expect(base.blocks).toEqual([{ id: 'b1', cohesion: 0.5 }]);
    expect(Math.abs(project(base).pPass - 0.482)).toBeLessThan(EXACT);
    expect(Math.abs(project(withCohesion(base, 1)).pPass - 1 / 2)).toBeLessThan(EXACT);
    expect(Math.abs(project(withCohesion(base, 0)).pPass - 58 / 125)).toBeLessThan(EXACT);
  });

  it('3: cast majority, quorum 3, tie-breaking chair', () => {
    const base = input(3);
    expect(base.tieBreaker).toEqual({ id: 'chair', pYes: 0.7 });
    expect(Math.abs(project(base).pPass - 329 / 500)).toBeLessThan(EXACT);
    expect(Math.abs(project({ ...base, tieBreaker: null }).pPass - 0.378)).toBeLessThan(EXACT);
    expect(project(base).threshold).toMatchObject({ basis: 'cast', needed: null, neededIfAllPresent: 3, tieBreaker: true });
  });

  it('4: twelve placed members and a mayor with a veto', () => {
    const base = input(4);
    expect(base.members.map((m) => m.pYes)).toEqual([0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.75, 0.75, 0.5, 0.5, 0.25, 0.05]);
    expect(base.executive).toEqual({ id: 'mayor', pYes: 0.75, override: 'two-thirds' });
    const p = project(base);
    expect(Math.abs(p.pPass - 0.954147)).toBeLessThan(1e-6);
    expect(Math.abs(p.distribution.slice(8).reduce((s, q) => s + q, 0) - 0.809095)).toBeLessThan(1e-6);
    expect(Math.abs(p.pAdopt - 0.917884)).toBeLessThan(1e-6);
    expect(p.threshold).toMatchObject({ needed: 7, override: 8 });
    // The same numbers, exactly: P(adopt) = P(pass)·e + (1 − e)·P(yes ≥ 8) since yes ≥ 8 implies passing.
    const tail = p.distribution.slice(8).reduce((s, q) => s + q, 0);
    expect(Math.abs(p.pAdopt - (0.75 * p.pPass + 0.25 * tail))).toBeLessThan(EXACT);
  });

  it('5: cast majority with uncertain attendance, and whole majority instead', () => {
    const base = input(5);
    expect(Math.abs(project(base).pPass - 7787 / 12500)).toBeLessThan(EXACT);
    const whole: ProjectionInput = { ...base, rule: { ...base.rule, basis: 'whole' } };
    expect(Math.abs(project(whole).pPass - 1793 / 3125)).toBeLessThan(EXACT);
  });

  it('agrees with the interchange parser in shared/schema.ts', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const parsed = parseInterchange(readExample(n));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(toProjectionInput(parsed.map)).toEqual(input(n));
    }
  });
});
