/** Invalid setups are refused with a code, parameters naming the culprit, and an English message. */
import { describe, expect, it } from 'vitest';
import { emptyMap, newActor, type PowerMap } from '../../../shared/model';
import {
  minimalSet,
  project,
  ProjectionError,
  toProjectionInput,
  validateProjectionInput,
  type ProjectionErrorCode,
  type ProjectionInput,
} from '../../../shared/projection';

function board(edit: (m: PowerMap) => void = () => {}): PowerMap {
  const m = emptyMap('Riverton', 'Test', '2025-01-01T00:00:00.000Z');
  m.body.seats = 5;
  for (let i = 1; i <= 5; i++) m.actors.push(newActor(`m${i}`, 'decision-maker', `Member ${i}`, { seat: true, x: 0.3, y: 0.5 }));
  m.actors.push(newActor('chair', 'decision-maker', 'Chair'), newActor('mayor', 'decision-maker', 'Mayor'));
  m.actors.push(newActor('inf', 'influencer', 'Coalition', { x: 0.9, y: 0.2 }));
  edit(m);
  return m;
}

function refusal(run: () => unknown): ProjectionError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ProjectionError);
    return e as ProjectionError;
  }
  throw new Error('expected a refusal');
}

function expectRefused(run: () => unknown, code: ProjectionErrorCode, params: Record<string, unknown>): void {
  const e = refusal(run);
  expect(e.code).toBe(code);
  expect(e.params).toMatchObject(params);
  expect(e.name).toBe('ProjectionError');
  expect(e.message.length).toBeGreaterThan(10);
}

const fromMap = (edit: (m: PowerMap) => void) => () => toProjectionInput(board(edit));
const actor = (m: PowerMap, id: string) => m.actors.find((a) => a.id === id)!;

describe('refusals from the document', () => {
  it('accepts the valid board', () => {
    expect(toProjectionInput(board()).members).toHaveLength(5);
  });

  const cases: [string, (m: PowerMap) => void, ProjectionErrorCode, Record<string, unknown>][] = [
    ['a member in two blocks', (m) => m.blocks.push({ id: 'b1', name: '', members: ['m1', 'm2'], cohesion: 1 }, { id: 'b2', name: '', members: ['m3', 'm2'], cohesion: 1 }), 'block-member-duplicate', { actor: 'm2', block: 'b2', otherBlock: 'b1' }],
    ['a member twice in one block', (m) => m.blocks.push({ id: 'b1', name: '', members: ['m1', 'm1'], cohesion: 1 }), 'block-member-duplicate', { actor: 'm1', block: 'b1', otherBlock: 'b1' }],
    ['an influencer in a block', (m) => m.blocks.push({ id: 'b1', name: '', members: ['m1', 'inf'], cohesion: 1 }), 'block-member-not-seated', { actor: 'inf', block: 'b1' }],
    ['an unseated decision-maker in a block', (m) => m.blocks.push({ id: 'b1', name: '', members: ['chair'], cohesion: 1 }), 'block-member-not-seated', { actor: 'chair', block: 'b1' }],
    ['an unknown block member', (m) => m.blocks.push({ id: 'b1', name: '', members: ['ghost'], cohesion: 1 }), 'unknown-actor', { actor: 'ghost', field: 'blocks[0].members' }],
    ['a tie-breaker with a seat', (m) => (m.body.tieBreaker = 'm3'), 'tie-breaker-is-member', { actor: 'm3' }],
    ['an executive with a seat', (m) => (m.body.executive = { actor: 'm4', override: 'two-thirds' }), 'executive-is-member', { actor: 'm4' }],
    ['an unknown tie-breaker', (m) => (m.body.tieBreaker = 'ghost'), 'unknown-actor', { actor: 'ghost', field: 'body.tieBreaker' }],
    ['an unknown executive', (m) => (m.body.executive = { actor: 'ghost', override: 'two-thirds' }), 'unknown-actor', { actor: 'ghost', field: 'body.executive.actor' }],
    ['pYes above 1', (m) => (actor(m, 'm2').pYes = 1.2), 'probability-out-of-range', { field: 'pYes', actor: 'm2', value: 1.2 }],
    ['pYes below 0', (m) => (actor(m, 'm2').pYes = -0.1), 'probability-out-of-range', { field: 'pYes', actor: 'm2' }],
    ['NaN attendance', (m) => (actor(m, 'm5').pPresent = NaN), 'probability-out-of-range', { field: 'pPresent', actor: 'm5' }],
    ['a tie-breaker pYes out of range', (m) => { m.body.tieBreaker = 'chair'; actor(m, 'chair').pYes = 7; }, 'probability-out-of-range', { field: 'pYes', actor: 'chair' }],
    ['a cohesion out of range', (m) => m.blocks.push({ id: 'b1', name: '', members: ['m1'], cohesion: 1.5 }), 'probability-out-of-range', { field: 'cohesion', block: 'b1' }],
    ['a NaN stance', (m) => (m.stances[3] = NaN), 'probability-out-of-range', { field: 'stances[3]' }],
    ['quorum above the seats', (m) => (m.body.rule.quorum = 6), 'quorum-out-of-range', { quorum: 6, seats: 5 }],
    ['negative quorum', (m) => (m.body.rule.quorum = -1), 'quorum-out-of-range', { quorum: -1 }],
    ['fractional quorum', (m) => (m.body.rule.quorum = 2.5), 'quorum-out-of-range', { quorum: 2.5 }],
    ['more members than seats', (m) => (m.body.seats = 4), 'too-many-members', { members: 5, seats: 4 }],
    ['zero seats', (m) => (m.body.seats = 0), 'invalid-seats', { seats: 0 }],
    ['at least 0', (m) => (m.body.rule.threshold = { atLeast: 0 }), 'threshold-out-of-range', { field: 'threshold', atLeast: 0, seats: 5 }],
    ['at least more than the seats', (m) => (m.body.rule.threshold = { atLeast: 6 }), 'threshold-out-of-range', { field: 'threshold', atLeast: 6 }],
    ['an override out of range', (m) => (m.body.executive = { actor: 'mayor', override: { atLeast: 9 } }), 'threshold-out-of-range', { field: 'override', atLeast: 9 }],
    ['a duplicate actor id', (m) => m.actors.push(newActor('m1', 'influencer', 'Again')), 'duplicate-actor', { actor: 'm1' }],
    ['an alignment outside [-1, 1]', (m) => (actor(m, 'm1').x = 3), 'alignment-out-of-range', { actor: 'm1', value: 3 }],
  ];
  it.each(cases)('refuses %s', (_, edit, code, params) => expectRefused(fromMap(edit), code, params));

  it('refuses a scenario about an unknown actor, and a scenario value out of range', () => {
    const m = board();
    expectRefused(() => toProjectionInput(m, { id: 's', name: 'S', changes: [{ actor: 'ghost', x: 0 }] }), 'unknown-actor', { actor: 'ghost', field: 'scenario' });
    expectRefused(() => toProjectionInput(m, { id: 's', name: 'S', changes: [{ actor: 'm1', pPresent: 2 }] }), 'probability-out-of-range', { actor: 'm1', field: 'pPresent' });
  });
});

describe('refusals of a hand-built input', () => {
  const good = (): ProjectionInput => ({
    seats: 3,
    members: [
      { id: 'a', pYes: 0.5, pPresent: 1, recused: false, block: 0 },
      { id: 'b', pYes: 0.5, pPresent: 1, recused: false },
    ],
    blocks: [{ id: 'b0', cohesion: 0.5 }],
    rule: { basis: 'whole', threshold: 'majority', quorum: 2 },
    tieBreaker: { id: 't', pYes: 0.5 },
    executive: { id: 'e', pYes: 0.5, override: 'two-thirds' },
    stances: [0.05, 0.25, 0.5, 0.75, 0.95],
  });

  it('accepts the valid input', () => expect(() => validateProjectionInput(good())).not.toThrow());

  const cases: [string, (i: ProjectionInput) => void, ProjectionErrorCode, Record<string, unknown>][] = [
    ['a block index that does not exist', (i) => (i.members[1]!.block = 4), 'unknown-block', { actor: 'b', block: 4 }],
    ['a tie-breaker who is a member', (i) => (i.tieBreaker = { id: 'a', pYes: 0.5 }), 'tie-breaker-is-member', { actor: 'a' }],
    ['an executive who is a member', (i) => (i.executive = { id: 'b', pYes: 0.5, override: 'majority' }), 'executive-is-member', { actor: 'b' }],
    ['a repeated member id', (i) => (i.members[1]!.id = 'a'), 'duplicate-actor', { actor: 'a' }],
    ['NaN yes-probability', (i) => (i.members[0]!.pYes = NaN), 'probability-out-of-range', { actor: 'a', field: 'pYes' }],
    ['a next stance above 1', (i) => (i.members[0]!.nextPYes = 2), 'probability-out-of-range', { actor: 'a', field: 'nextPYes' }],
    ['an executive yes-probability below 0', (i) => (i.executive!.pYes = -1), 'probability-out-of-range', { actor: 'e', field: 'pYes' }],
    ['more members than seats', (i) => (i.seats = 1), 'too-many-members', { members: 2, seats: 1 }],
    ['quorum above the seats', (i) => (i.rule.quorum = 4), 'quorum-out-of-range', { quorum: 4, seats: 3 }],
    ['a fractional seat count', (i) => (i.seats = 2.5), 'invalid-seats', { seats: 2.5 }],
  ];
  it.each(cases)('refuses %s (project and minimalSet too)', (_, edit, code, params) => {
    const input = good();
    edit(input);
    expectRefused(() => validateProjectionInput(input), code, params);
    expectRefused(() => project(input), code, params);
    expectRefused(() => minimalSet(input), code, params);
  });

  it('refuses a minimal-set target outside [0, 1]', () => {
    expectRefused(() => minimalSet(good(), 1.5), 'probability-out-of-range', { field: 'target', value: 1.5 });
  });
});
