/** The path to victory (DESIGN.md §4.1) against an independent brute force, and its rules. */
import { describe, expect, it } from 'vitest';
import { emptyMap, newActor, type PowerMap, type Stances } from '../../../shared/model';
import { toProjectionInput } from '../../../shared/projection';
import { pathToVictory } from '../../../shared/path';
import { allocationCount, brutePath, randomCouncil } from './support';

const BODIES = 240;
/** Bodies with more allocations than this are skipped: the brute force scores each one. */
const MAX_ALLOCATIONS = 4_000;

function council(members: [string, number | null, Partial<Parameters<typeof newActor>[3]>?][], stances?: Stances): PowerMap {
  const map = emptyMap('Test', 'Path', '2026-01-01T00:00:00.000Z');
  if (stances) map.stances = stances;
  map.body.seats = members.length;
  map.actors = members.map(([id, x, over]) => newActor(id, 'decision-maker', id, { seat: true, x, y: x === null ? null : 0.5, ...over }));
  return map;
}

describe('path to victory = brute force over every allocation of steps', () => {
  it(`agrees on ${BODIES} random councils of up to 8 members`, () => {
    const seen = { eight: 0, override: 0, recused: 0, blocks: 0, vacancies: 0, veto: 0, tieBreaker: 0, unreachable: 0, moved: 0, dipping: 0 };
    let checked = 0;
    for (let seed = 1; checked < BODIES; seed++) {
      const map = randomCouncil(seed, 8);
      if (allocationCount(map) > MAX_ALLOCATIONS) continue;
      checked++;
      const target = [0.5, 0.75, 0.9, 0.95, 0.99][seed % 5]!;
      const got = pathToVictory(toProjectionInput(map), target);
      const want = brutePath(map, target);
      const tag = `seed ${seed}, target ${target}`;
      expect(got.steps, tag).toEqual(want.steps);
      expect(got.cost, tag).toBe(want.cost);
      expect(got.reachable, tag).toBe(want.reachable);
      expect(got.exact, tag).toBe(true);
      expect(Math.abs(got.pAdopt - want.pAdopt), tag).toBeLessThan(1e-9);

      const seated = map.actors.filter((a) => a.seat);
      if (seated.length === 8) seen.eight++;
      if (seated.some((a) => a.pYes !== null)) seen.override++;
      if (seated.some((a) => a.recused)) seen.recused++;
      if (map.blocks.length) seen.blocks++;
      if (seated.length < map.body.seats) seen.vacancies++;
      if (map.body.executive) seen.veto++;
      if (map.body.tieBreaker) seen.tieBreaker++;
      if (!want.reachable) seen.unreachable++;
      if (want.steps.length >= 2) seen.moved++;
      if (map.stances.some((s, i) => i > 0 && s < map.stances[i - 1]!)) seen.dipping++;
    }
    for (const [feature, n] of Object.entries(seen)) expect(n, feature).toBeGreaterThan(15);
  }, 120_000);

  it('the heuristic reaches the target whenever the exact path does, never more cheaply', () => {
    for (let seed = 500; seed < 700; seed++) {
      const input = toProjectionInput(randomCouncil(seed, 12));
      const target = [0.5, 0.75, 0.9, 0.95, 0.99][seed % 5]!;
      const exact = pathToVictory(input, target);
      const guess = pathToVictory(input, target, { heuristic: true });
      const tag = `seed ${seed}`;
      expect(guess.exact, tag).toBe(false);
      expect(guess.reachable, tag).toBe(exact.reachable);
      if (exact.reachable) expect(guess.pAdopt, tag).toBeGreaterThanOrEqual(target - 1e-12);
      else expect(Math.abs(guess.pAdopt - exact.pAdopt), tag).toBeLessThan(1e-9);
      expect(guess.cost, tag).toBeGreaterThanOrEqual(exact.cost);
    }
  });
});

describe('the rules of §4.1', () => {
  it('the council from issue 15: Tom one column, Liz two, 91.3%', () => {
    const map = council([['ana', 0.8], ['tom', 0.4], ['liz', 0], ['dev', -0.4], ['joe', -0.8]]);
    map.blocks = [{ id: 'b', name: 'Ana and Tom', members: ['ana', 'tom'], cohesion: 0.8 }];
    const path = pathToVictory(toProjectionInput(map));
    expect(path.steps).toEqual([
      { id: 'tom', from: 3, to: 4 },
      { id: 'liz', from: 2, to: 4 },
    ]);
    expect(path.cost).toBe(3);
    expect(path.pAdopt).toBeCloseTo(0.913, 3);
    expect(path).toMatchObject({ reachable: true, exact: true });
  });

  // Two members "both to" need both yes (at least 2 of 2). With stances doubling, moving one
  // member two columns and both one column each give the same chance: 0.1 × 0.4 = 0.2 × 0.2.
  const doubling: Stances = [0.1, 0.2, 0.4, 0.8, 1];
  function pair(stances: Stances, names = ['a', 'b']): PowerMap {
    const map = council(names.map((n) => [n, -0.9] as [string, number]), stances);
    map.body.rule.threshold = { atLeast: names.length };
    return map;
  }

  it('ties in cost and chance go to fewer members, then to the earlier member in map order', () => {
    const path = pathToVictory(toProjectionInput(pair(doubling)), 0.035);
    expect(path.steps).toEqual([{ id: 'a', from: 0, to: 2 }]);
    const swapped = pathToVictory(toProjectionInput(pair(doubling, ['b', 'a'])), 0.035);
    expect(swapped.steps).toEqual([{ id: 'b', from: 0, to: 2 }]);
  });

  it('at equal cost a higher chance wins over fewer members', () => {
    // One column each gives 0.3 × 0.3 = 9%; two columns for one member only 0.1 × 0.5 = 5%.
    const path = pathToVictory(toProjectionInput(pair([0.1, 0.3, 0.5, 0.8, 1])), 0.04);
    expect(path.steps).toEqual([
      { id: 'a', from: 0, to: 1 },
      { id: 'b', from: 0, to: 1 },
    ]);
    expect(path.pAdopt).toBeCloseTo(0.09, 12);
  });

  it('an override first steps to the lowest column above its pYes; a recused member is never moved', () => {
    const map = council([['over', 0.9, { pYes: 0.3 }], ['recused', -0.9, { recused: true }], ['c', 0.9]]);
    map.body.rule.threshold = { atLeast: 2 };
    map.body.seats = 3;
    const path = pathToVictory(toProjectionInput(map), 0.7);
    // 0.3: the first step goes to neutral (0.5, the lowest stance above it), counted from column 1;
    // 0.5 × 0.95 falls short of 70%, so a second step to passive ally (0.75).
    expect(path.steps).toEqual([{ id: 'over', from: 1, to: 3 }]);
    expect(path.cost).toBe(2);
    expect(path.steps.some((s) => s.id === 'recused')).toBe(false);
  });

  it('an unreachable target gives the best possible, at least cost, marked unreachable', () => {
    const map = council([['a', 0.9], ['b', -0.9], ['c', 0], ['gone', -0.9, { pPresent: 0 }]]);
    map.body.rule.threshold = { atLeast: 3 };
    const path = pathToVictory(toProjectionInput(map), 0.99);
    expect(path.reachable).toBe(false);
    // Everyone who can vote goes to active ally; the member who never attends is not moved.
    expect(path.steps).toEqual([
      { id: 'b', from: 0, to: 4 },
      { id: 'c', from: 2, to: 4 },
    ]);
    expect(path.pAdopt).toBeCloseTo(0.95 ** 3, 12);
  });

  it('a target already met needs no steps', () => {
    const map = council([['a', 0.9], ['b', 0.9], ['c', 0.9]]);
    expect(pathToVictory(toProjectionInput(map), 0.5)).toMatchObject({ steps: [], cost: 0, reachable: true, exact: true });
  });

  it('is exact for 9 movable members in a larger body, and labels the large-body heuristic', () => {
    const nine = council(Array.from({ length: 30 }, (_, i) => [`m${i}`, i < 9 ? -0.5 + i * 0.1 : 0.9] as [string, number]));
    nine.body.rule.threshold = 'two-thirds';
    expect(pathToVictory(toProjectionInput(nine), 0.99).exact).toBe(true);
    const big = council(Array.from({ length: 150 }, (_, i) => [`m${i}`, Math.sin(i) * 0.95] as [string, number]));
    const path = pathToVictory(toProjectionInput(big), 0.9);
    expect(path.exact).toBe(false);
    expect(path.reachable).toBe(true);
    expect(path.pAdopt).toBeGreaterThanOrEqual(0.9 - 1e-12);
  });

  it('refuses a target outside 0–1 with the projection error', () => {
    const input = toProjectionInput(council([['a', 0]]));
    expect(() => pathToVictory(input, 1.5)).toThrow(expect.objectContaining({ code: 'probability-out-of-range' }));
  });
});
