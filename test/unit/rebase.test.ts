import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newActor, type PowerMap } from '../../shared/model';
import { rebaseOperation, RebaseConflict } from '../../shared/merge/rebase';
import { applyOperation, OpError, type Operation } from '../../shared/ops';
import { fixtureMap } from '../store/helpers';
import { randomOp, rng } from './randomOps';

function tryApply(map: PowerMap, op: Operation): PowerMap | null {
  try {
    return applyOperation(map, op).map;
  } catch (e) {
    if (e instanceof OpError) return null;
    throw e;
  }
}

/** Every field a person can change, flattened to `path → JSON value`. */
function fields(m: PowerMap): Map<string, string> {
  const out = new Map<string, string>();
  const put = (k: string, v: unknown) => out.set(k, JSON.stringify(v));
  put('town', m.town);
  put('title', m.title);
  put('nextSteps', m.nextSteps);
  m.stances.forEach((s, i) => put(`stances.${i}`, s));
  const { rule, ...body } = m.body;
  for (const [k, v] of Object.entries(body)) put(`body.${k}`, v);
  for (const [k, v] of Object.entries(rule)) put(`body.rule.${k}`, v);
  for (const a of m.actors) for (const [k, v] of Object.entries(a)) put(`actor.${a.id}.${k}`, v);
  for (const b of m.blocks) {
    put(`block.${b.id}.name`, b.name);
    put(`block.${b.id}.cohesion`, b.cohesion);
  }
  for (const l of m.links) put(`link.${l.from}.${l.to}`, l.strength);
  return out;
}

/**
 * What a stale view sends: a whole value (the body, the stances, an actor, a block's members) copied
 * from its map with one field changed.
 */
function wholeValueEdit(m: PowerMap, r: () => number): Operation {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const kind = Math.floor(r() * 4);
  const actor = m.actors[Math.floor(r() * m.actors.length)];
  const block = m.blocks[Math.floor(r() * m.blocks.length)];
  if (kind === 0) {
    const field = Math.floor(r() * 3);
    const body =
      field === 0
        ? { ...m.body, name: `Body ${Math.floor(r() * 1000)}` }
        : field === 1
          ? { ...m.body, rule: { ...m.body.rule, threshold: r() < 0.5 ? ('two-thirds' as const) : ('majority' as const) } }
          : { ...m.body, rule: { ...m.body.rule, quorum: r() < 0.3 ? null : 1 + Math.floor(r() * 3) } };
    return { type: 'map.update', patch: { body, stances: m.stances } };
  }
  if (kind === 1) {
    const stances = [...m.stances] as PowerMap['stances'];
    stances[Math.floor(r() * 5)] = round(r());
    return { type: 'map.update', patch: { stances, nextSteps: r() < 0.2 ? 'Call Ana' : m.nextSteps } };
  }
  if (kind === 2 && actor) {
    const { id, ...rest } = actor;
    return { type: 'actor.update', id, patch: r() < 0.5 ? { ...rest, notes: `n${Math.floor(r() * 100)}` } : { ...rest, pPresent: round(r()) } };
  }
  if (block) {
    const free = m.actors.filter((a) => !m.blocks.some((b) => b.members.includes(a.id)));
    const members = r() < 0.5 && free.length ? [...block.members, free[0]!.id] : block.members.slice(1);
    return { type: 'block.setMembers', id: block.id, members };
  }
  return { type: 'map.update', patch: { title: `T${Math.floor(r() * 100)}` } };
}

const deletes = (op: Operation): boolean =>
  op.type === 'actor.delete' || op.type === 'block.delete' || (op.type === 'batch' && op.ops.some(deletes));

describe('merging an edit made on an older copy of the map', () => {
  const base = () => {
    const m = fixtureMap('examples/example-4.json');
    return { ...m, actors: [...m.actors, newActor('z1', 'decision-maker', 'Zoe'), newActor('z2', 'decision-maker', 'Yan')] };
  };

  it("keeps the other view's voting rule when a stale Deciding body dialog renames the body", () => {
    const seen = base();
    const current = applyOperation(seen, { type: 'map.update', patch: { body: { ...seen.body, rule: { ...seen.body.rule, threshold: 'two-thirds' } } } }).map;
    const mine: Operation = { type: 'map.update', patch: { body: { ...seen.body, name: 'Town Council' }, stances: seen.stances } };
    const merged = applyOperation(current, rebaseOperation(seen, mine, current)).map;
    expect(merged.body.name).toBe('Town Council');
    expect(merged.body.rule.threshold).toBe('two-thirds');
  });

  it('merges stances column by column, and members as additions and removals', () => {
    const seen = applyOperation(base(), { type: 'block.create', block: { id: 'bk', name: 'B', members: ['z1'], cohesion: 0.5 } }).map;
    const s = seen.stances;
    const current = applyOperation(seen, {
      type: 'batch',
      ops: [
        { type: 'map.update', patch: { stances: [0.9, s[1], s[2], s[3], s[4]] } },
        { type: 'block.setMembers', id: 'bk', members: ['z1', 'z2'] },
      ],
    }).map;
    const mine: Operation = {
      type: 'batch',
      ops: [
        { type: 'map.update', patch: { stances: [s[0], s[1], s[2], s[3], 0.99] } },
        { type: 'block.setMembers', id: 'bk', members: [] },
      ],
    };
    const merged = applyOperation(current, rebaseOperation(seen, mine, current)).map;
    expect(merged.stances).toEqual([0.9, s[1], s[2], s[3], 0.99]);
    expect(merged.blocks.find((b) => b.id === 'bk')!.members).toEqual(['z2']);
  });

  it('refuses to overwrite a field someone else changed to something else, and allows the same change', () => {
    const seen = base();
    const current = applyOperation(seen, { type: 'map.update', patch: { nextSteps: 'Call Ana' } }).map;
    expect(() => rebaseOperation(seen, { type: 'map.update', patch: { nextSteps: 'Call Bob' } }, current)).toThrow(RebaseConflict);
    expect(rebaseOperation(seen, { type: 'map.update', patch: { nextSteps: 'Call Ana' } }, current)).toEqual({ type: 'map.update', patch: { nextSteps: 'Call Ana' } });
    const renamed = applyOperation(seen, { type: 'actor.update', id: 'z1', patch: { name: 'Zoë' } }).map;
    expect(() => rebaseOperation(seen, { type: 'actor.update', id: 'z1', patch: { name: 'Zoey', notes: '' } }, renamed)).toThrow(RebaseConflict);
  });

  it('does exactly what the edit did when nothing changed meanwhile (random edits, copies of the map)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = rng(seed);
        let seen = base();
        for (let i = 0; i < 10; i++) seen = tryApply(seen, randomOp(seen, r)) ?? seen;
        const copy = structuredClone(seen);
        const op = randomOp(seen, r);
        const expected = tryApply(seen, op);
        const got = tryApply(copy, rebaseOperation(seen, op, copy));
        expect(got).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });

  it("never silently undoes a field another view changed, for random pairs of edits", () => {
    let conflicts = 0;
    let merged = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = rng(seed);
        let seen = base();
        for (let i = 0; i < 10; i++) seen = tryApply(seen, randomOp(seen, r)) ?? seen;
        const other = r() < 0.6 ? wholeValueEdit(seen, r) : randomOp(seen, r);
        const current = tryApply(seen, other);
        const mine = r() < 0.6 ? wholeValueEdit(seen, r) : randomOp(seen, r);
        const mineAlone = tryApply(seen, mine);
        if (!current || !mineAlone || deletes(mine)) return;
        let rebased: Operation;
        try {
          rebased = rebaseOperation(seen, mine, current);
        } catch (e) {
          if (!(e instanceof RebaseConflict)) throw e;
          conflicts++;
          return;
        }
        const result = tryApply(current, rebased);
        if (!result) return;
        merged++;
        const [before, theirs, mineF, after] = [fields(seen), fields(current), fields(mineAlone), fields(result)];
        for (const [k, v] of theirs) {
          const changedByThem = before.get(k) !== v;
          const changedByMe = before.get(k) !== mineF.get(k);
          if (changedByThem && !changedByMe && after.has(k)) expect(after.get(k), k).toBe(v);
        }
      }),
      { numRuns: 400, seed: 20261202 },
    );
    expect(merged).toBeGreaterThan(100);
    console.log(`[reliability] random edit pairs: ${merged} merged, ${conflicts} refused as clashes, 0 silent reverts`);
  });
});
