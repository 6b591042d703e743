import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { applyOperation, OpError, type Operation } from '../../shared/ops';
import { operationSchema } from '../../shared/opSchema';
import { fixtureMap, tempDir } from '../store/helpers';
import { randomOp, rng } from './randomOps';

function step(map: PowerMap, op: Operation) {
  try {
    return applyOperation(map, op);
  } catch (e) {
    if (e instanceof OpError) return null;
    throw e;
  }
}

const withoutTime = (m: PowerMap) => ({ ...m, updatedAt: '' });

describe('operations and their inverses', () => {
  it('apply then inverse gives back the same map, for random sequences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 60 }), (seed, length) => {
        const r = rng(seed);
        let map = fixtureMap('examples/example-4.json');
        const start = map;
        const inverses: Operation[] = [];
        for (let i = 0; i < length; i++) {
          const op = randomOp(map, r);
          expect(operationSchema.safeParse(op).success).toBe(true);
          const done = step(map, op);
          if (!done) continue;
          expect(operationSchema.safeParse(done.inverse).success).toBe(true);
          expect(applyOperation(done.map, done.inverse).map).toEqual(map);
          inverses.push(done.inverse);
          map = done.map;
        }
        for (const inv of inverses.reverse()) map = applyOperation(map, inv).map;
        expect(map).toEqual(start);
      }),
      { numRuns: 150 },
    );
  });

  it('never mutates the map it is given', () => {
    const map = fixtureMap('examples/example-2.json');
    const frozen = JSON.stringify(map);
    const r = rng(7);
    let current = map;
    for (let i = 0; i < 200; i++) current = step(current, randomOp(current, r))?.map ?? current;
    expect(JSON.stringify(map)).toBe(frozen);
  });

  it('refuses what does not fit: unknown ids, duplicates, a member in two blocks, too many seats', () => {
    const map = fixtureMap('examples/example-2.json');
    const refuse = (op: Operation, code: string) => expect(() => applyOperation(map, op)).toThrow(expect.objectContaining({ code }));
    refuse({ type: 'actor.delete', id: 'nobody' }, 'unknown-actor');
    refuse({ type: 'actor.add', actor: newActor('m1', 'influencer', 'Copy') }, 'duplicate-id');
    refuse({ type: 'block.create', block: { id: 'b9', name: '', members: ['m2'], cohesion: 1 } }, 'already-in-block');
    refuse({ type: 'link.add', link: { from: 'm1', to: 'm1', strength: 1 } }, 'self-link');
    refuse({ type: 'actor.add', actor: newActor('m6', 'decision-maker', 'Sixth', { seat: true }) }, 'too-many-seats');
    refuse({ type: 'batch', ops: [{ type: 'actor.delete', id: 'm1' }, { type: 'actor.delete', id: 'm1' }] }, 'unknown-actor');
  });

  it('deleting an actor takes its links, membership and roles with it, and undo restores each in place', () => {
    let map = emptyMap('T', '', 'now');
    map = applyOperation(map, { type: 'actor.add', actor: newActor('m', 'decision-maker', 'M', { seat: true }) }).map;
    map = applyOperation(map, { type: 'actor.add', actor: newActor('chair', 'decision-maker', 'Chair') }).map;
    map = applyOperation(map, { type: 'actor.add', actor: newActor('i', 'influencer', 'I') }).map;
    map = applyOperation(map, { type: 'link.add', link: { from: 'i', to: 'chair', strength: 0.5 } }).map;
    map = applyOperation(map, { type: 'block.create', block: { id: 'b', name: 'B', members: ['m', 'chair'], cohesion: 1 } }).map;
    map = applyOperation(map, { type: 'map.update', patch: { body: { ...map.body, tieBreaker: 'chair' } } }).map;
    map = applyOperation(map, { type: 'scenario.add', scenario: { id: 's', name: 'S', changes: [{ actor: 'chair', recused: true }] } }).map;
    const { map: after, inverse } = applyOperation(map, { type: 'actor.delete', id: 'chair' });
    expect(after.links).toEqual([]);
    expect(after.blocks[0]!.members).toEqual(['m']);
    expect(after.body.tieBreaker).toBeNull();
    expect(after.scenarios[0]!.changes).toEqual([]);
    expect(applyOperation(after, inverse).map).toEqual(map);
  });
});

describe('the store persists exactly what the operations produce', () => {
  it('reopening after random edits gives the in-memory map', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const file = path.join(tempDir(), `s${seed}.powermap`);
      let doc = MapDocument.create(file, fixtureMap('examples/example-4.json'));
      const r = rng(seed);
      let expected = doc.map;
      for (let i = 0; i < 150; i++) {
        const op = randomOp(expected, r);
        const done = step(expected, op);
        if (!done) {
          expect(() => doc.apply(op)).toThrow();
          continue;
        }
        doc.apply(op);
        expected = done.map;
        if (i % 50 === 49) {
          doc.close();
          doc = MapDocument.open(file);
          expect(withoutTime(doc.map)).toEqual(withoutTime(expected));
        }
      }
      doc.close();
      const reopened = MapDocument.open(file, { readOnly: true });
      expect(withoutTime(reopened.map)).toEqual(withoutTime(expected));
      reopened.close();
    }
  });
});
