/** The engine against an independent enumeration of every outcome, on hundreds of random bodies. */
import { describe, expect, it } from 'vitest';
import { project, type ProjectionInput } from '../../../shared/projection';
import { nextPYesOf } from '../../../shared/projection/project';
import { makePlan, paramsOf } from '../../../shared/projection/plan';
import { adoptProbability } from '../../../shared/projection/rules';
import { sweep } from '../../../shared/projection/sweep';
import { bruteForce, randomBody, withMember } from './helpers';

const EXACT = 1e-9;
const BODIES = 400;

function close(actual: number, expected: number, what: string): void {
  if (!(Math.abs(actual - expected) <= EXACT)) throw new Error(`${what}: engine ${actual}, brute force ${expected}`);
}

describe('engine = brute-force enumeration', () => {
  it(`matches distribution, P(pass), P(adopt) and every gain on ${BODIES} random bodies`, () => {
    const seen = { whole: 0, cast: 0, majority: 0, twoThirds: 0, atLeast: 0, blocks: 0, partialCohesion: 0, absent: 0, recused: 0, tieBreaker: 0, executive: 0 };
    for (let seed = 1; seed <= BODIES; seed++) {
      const input = randomBody(seed, { maxSeats: 7 });
      const p = project(input);
      const b = bruteForce(input);
      const tag = `seed ${seed}`;
      b.distribution.forEach((q, k) => close(p.distribution[k]!, q, `${tag} distribution[${k}]`));
      close(p.pPass, b.pPass, `${tag} pPass`);
      close(p.pAdopt, b.pAdopt, `${tag} pAdopt`);
      close(p.expectedYes, b.distribution.reduce((e, q, k) => e + k * q, 0), `${tag} expectedYes`);

      input.members.forEach((m, i) => {
        const mp = p.members[i]!;
        const next = nextPYesOf(input, i);
        const oneColumn = next === null ? 0 : bruteForce(withMember(input, i, { pYes: next })).pAdopt - b.pAdopt;
        close(mp.gainOneColumn, oneColumn, `${tag} ${m.id} gainOneColumn`);
        const toYes = bruteForce(withMember(input, i, { pYes: 1, pPresent: 1, recused: false })).pAdopt - b.pAdopt;
        close(mp.gainToYes, toYes, `${tag} ${m.id} gainToYes`);
        const swing = bruteForce(withMember(input, i, { pYes: 1 })).pAdopt - bruteForce(withMember(input, i, { pYes: 0 })).pAdopt;
        close(mp.swing, swing, `${tag} ${m.id} swing`);
      });

      seen[input.rule.basis]++;
      const t = input.rule.threshold;
      if (t === 'majority') seen.majority++;
      else if (t === 'two-thirds') seen.twoThirds++;
      else seen.atLeast++;
      if (input.members.some((m) => m.block !== undefined)) seen.blocks++;
      if (input.blocks.some((bl) => bl.cohesion > 0 && bl.cohesion < 1)) seen.partialCohesion++;
      if (input.members.some((m) => m.pPresent < 1)) seen.absent++;
      if (input.members.some((m) => m.recused)) seen.recused++;
      if (input.tieBreaker) seen.tieBreaker++;
      if (input.executive) seen.executive++;
    }
    // Every feature was exercised many times, not just once.
    for (const [feature, n] of Object.entries(seen)) expect(n, feature).toBeGreaterThan(40);
  });

  it('the memory-saving checkpointed sweep gives the same per-member sums as keeping every state', () => {
    for (let seed = 1000; seed < 1060; seed++) {
      const input: ProjectionInput = randomBody(seed, { maxSeats: 12 });
      const ctx = { input, plan: makePlan(input), params: paramsOf(input) };
      const all = sweep(ctx, adoptProbability(input));
      const checkpointed = sweep(ctx, adoptProbability(input), 0);
      checkpointed.scalars.forEach((s, k) => close(s, all.scalars[k]!, `seed ${seed} scalar ${k}`));
      expect({ ...checkpointed.final, data: [] }).toEqual({ ...all.final, data: [] });
      checkpointed.final.data.forEach((s, k) => close(s, all.final.data[k]!, `seed ${seed} cell ${k}`));
    }
  });
});
