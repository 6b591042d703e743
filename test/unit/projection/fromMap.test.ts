/** Resolving a document and a scenario into the engine's input. */
import { describe, expect, it } from 'vitest';
import { columnCentre, emptyMap, newActor, type PowerMap } from '../../../shared/model';
import { project, toProjectionInput } from '../../../shared/projection';

function map(): PowerMap {
  const m = emptyMap('Riverton', 'Test', '2025-01-01T00:00:00.000Z');
  m.body.seats = 7;
  for (let col = 0; col < 5; col++) {
    m.actors.push(newActor(`c${col}`, 'decision-maker', `Column ${col}`, { seat: true, x: columnCentre(col), y: 0.5 }));
  }
  m.actors.push(
    newActor('roster', 'decision-maker', 'Not placed yet', { seat: true }),
    newActor('override', 'decision-maker', 'Override', { seat: true, x: -0.9, y: 0.1, pYes: 0.9 }),
    newActor('staff', 'decision-maker', 'Town manager', { x: 0.9, y: 0.9 }),
    newActor('seatedInfluencer', 'influencer', 'Odd data', { seat: true, x: 0.9, y: 0.9 }),
    newActor('chair', 'decision-maker', 'Chair', { x: 0.5, y: 1 }),
  );
  return m;
}

describe('toProjectionInput', () => {
  it('takes seated decision-makers, in document order, with stance, override or neutral yes-probabilities', () => {
    const input = toProjectionInput(map());
    expect(input.members.map((m) => m.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'roster', 'override']);
    expect(input.members.map((m) => m.pYes)).toEqual([0.05, 0.25, 0.5, 0.75, 0.95, 0.5, 0.9]);
    // One column toward ally; an override moves to the next stance value above it.
    expect(input.members.map((m) => m.nextPYes)).toEqual([0.25, 0.5, 0.75, 0.95, null, 0.75, 0.95]);
    expect(input.rule.quorum).toBe(4);
    expect(input.tieBreaker).toBeNull();
    expect(input.executive).toBeNull();
  });

  it('uses the map’s own stance table', () => {
    const m = map();
    m.stances = [0, 0.2, 0.4, 0.6, 1];
    expect(toProjectionInput(m).members.map((x) => x.pYes)).toEqual([0, 0.2, 0.4, 0.6, 1, 0.4, 0.9]);
  });

  it('resolves tie-breaker and executive by id, keeps an explicit quorum', () => {
    const m = map();
    m.body.tieBreaker = 'chair';
    m.body.executive = { actor: 'staff', override: 'majority' };
    m.body.rule.quorum = 2;
    const input = toProjectionInput(m);
    expect(input.tieBreaker).toEqual({ id: 'chair', pYes: 0.75 });
    expect(input.executive).toEqual({ id: 'staff', pYes: 0.95, override: 'majority' });
    expect(input.rule.quorum).toBe(2);
  });

  it('lays a scenario over the map without changing the map', () => {
    const m = map();
    m.body.tieBreaker = 'chair';
    const before = structuredClone(m);
    const input = toProjectionInput(m, {
      id: 's1',
      name: 'After the constituent meeting',
      changes: [
        { actor: 'c0', x: 0.9 },
        { actor: 'override', pYes: null },
        { actor: 'roster', pYes: 0.3, pPresent: 0.5 },
        { actor: 'c2', recused: true },
        { actor: 'chair', pYes: 0.1 },
      ],
    });
    expect(m).toEqual(before);
    const byId = new Map(input.members.map((x) => [x.id, x]));
    expect(byId.get('c0')).toMatchObject({ pYes: 0.95, nextPYes: null });
    expect(byId.get('override')).toMatchObject({ pYes: 0.05, nextPYes: 0.25 });
    expect(byId.get('roster')).toMatchObject({ pYes: 0.3, pPresent: 0.5 });
    expect(byId.get('c2')).toMatchObject({ recused: true });
    expect(input.tieBreaker).toEqual({ id: 'chair', pYes: 0.1 });
    // Without the scenario nothing changed.
    expect(toProjectionInput(m).members.find((x) => x.id === 'c0')!.pYes).toBe(0.05);
  });

  it('maps block membership to block indexes', () => {
    const m = map();
    m.blocks.push({ id: 'b1', name: 'Caucus', members: ['c3', 'c1'], cohesion: 0.8 });
    const input = toProjectionInput(m);
    expect(input.blocks).toEqual([{ id: 'b1', cohesion: 0.8 }]);
    expect(input.members.filter((x) => x.block === 0).map((x) => x.id)).toEqual(['c1', 'c3']);
  });

  it('treats an empty seat as vacant: it never votes but still counts in the whole-body threshold', () => {
    const m = emptyMap('Riverton', 'Test', '2025-01-01T00:00:00.000Z');
    m.body.seats = 5;
    m.actors.push(...[1, 2, 3].map((i) => newActor(`m${i}`, 'decision-maker', `M${i}`, { seat: true, pYes: 1 })));
    const p = project(toProjectionInput(m));
    expect(p.distribution).toEqual([0, 0, 0, 1, 0, 0]);
    expect(p.threshold).toMatchObject({ needed: 3, members: 3, seats: 5 });
    expect(p.pAdopt).toBe(1);
    m.body.rule.threshold = 'two-thirds'; // 4 of 5: out of reach with three members
    expect(project(toProjectionInput(m)).pAdopt).toBe(0);
  });

  it('gives a member with nowhere further to go a one-column gain of 0, and ranks the members', () => {
    const p = project(toProjectionInput(map()));
    const c4 = p.members.find((x) => x.id === 'c4')!;
    expect(c4.gainOneColumn).toBe(0);
    expect(p.ranking).toHaveLength(7);
    expect(p.members.find((x) => x.id === p.ranking[0])!.swingRank).toBe(1);
    const gains = p.ranking.map((id) => p.members.find((x) => x.id === id)!.gainOneColumn);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
  });
});
