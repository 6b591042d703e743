/**
 * A map holds at most MAP_LIMITS (shared/mapLimits.ts): an edit that would go past a limit is
 * refused and changes nothing, and an interchange file past one is refused naming the list.
 */
import { describe, expect, it } from 'vitest';
import { MAP_LIMITS, overLimit } from '../../shared/mapLimits';
import type { Meeting, RecordedVote, Snapshot } from '../../shared/memory/model';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { applyOperation, type Operation } from '../../shared/ops';
import { toInterchangeV2 } from '../../shared/interchange';
import { parseInterchange, toInterchange } from '../../shared/schema';

/** A map with everything at its limit: the people in a ring, each linked to the next ones. */
function fullMap(): PowerMap {
  const m = emptyMap('Full Town', 'At the limits', '2026-01-01T00:00:00.000Z');
  m.body.seats = MAP_LIMITS.seats;
  for (let i = 0; i < MAP_LIMITS.actors; i++) m.actors.push(newActor(`a${i}`, 'influencer', `Person ${i}`));
  for (let i = 0; m.links.length < MAP_LIMITS.links; i++) {
    const n = MAP_LIMITS.actors;
    m.links.push({ from: `a${i % n}`, to: `a${(i + 1 + Math.floor(i / n)) % n}`, strength: 0.5 });
  }
  for (let i = 0; i < MAP_LIMITS.blocks; i++) m.blocks.push({ id: `b${i}`, name: `Block ${i}`, members: [], cohesion: 1 });
  for (let i = 0; i < MAP_LIMITS.scenarios; i++) m.scenarios.push({ id: `s${i}`, name: `Scenario ${i}`, changes: [] });
  for (let i = 0; i < MAP_LIMITS.meetings; i++) m.meetings.push(meeting(`mt${i}`));
  for (let i = 0; i < MAP_LIMITS.snapshots; i++) m.snapshots.push(snapshot(`sn${i}`));
  for (let i = 0; i < MAP_LIMITS.votes; i++) m.votes.push(vote(`v${i}`));
  return m;
}

const meeting = (id: string): Meeting => ({ id, date: '2026-03-01', with: ['a0'], attendees: '', ask: '', response: 'yes', commitment: '', followUp: null, notes: '' });
const snapshot = (id: string): Snapshot => ({ id, name: `Moment ${id}`, at: '2026-03-01T12:00:00.000Z' });
const vote = (id: string): RecordedVote => ({ id, date: '2026-03-01', measure: '', ballots: {}, executive: null, adopted: true });

describe('the most a map holds', () => {
  const full = fullMap();

  it('is the limit itself: a full map is within every limit and reads back from its interchange JSON', () => {
    expect(overLimit(full)).toBeNull();
    const parsed = parseInterchange(JSON.parse(JSON.stringify(toInterchange(full))));
    expect(parsed.ok).toBe(true);
    expect(parseInterchange(JSON.parse(JSON.stringify(toInterchangeV2(full, [])))).ok).toBe(true);
  });

  it('refuses an edit that would go past a limit, whole batches included, and changes nothing', () => {
    const frozen = JSON.stringify(full);
    const refused: [Operation, string][] = [
      [{ type: 'actor.add', actor: newActor('extra', 'influencer', 'One too many') }, 'actors'],
      [{ type: 'link.add', link: { from: 'a0', to: 'a5000', strength: 0.5 } }, 'links'],
      [{ type: 'block.create', block: { id: 'extra', name: 'One too many', members: [], cohesion: 1 } }, 'blocks'],
      [{ type: 'scenario.add', scenario: { id: 'extra', name: 'One too many', changes: [] } }, 'scenarios'],
      [{ type: 'map.update', patch: { body: { ...full.body, seats: MAP_LIMITS.seats + 1 } } }, 'seats'],
      [{ type: 'meeting.add', meeting: meeting('extra') }, 'meetings'],
      [{ type: 'snapshot.add', snapshot: snapshot('extra') }, 'snapshots'],
      [{ type: 'vote.add', vote: vote('extra') }, 'votes'],
      // A batch that frees a place and then takes two is refused at its last step.
      [
        {
          type: 'batch',
          ops: [
            { type: 'block.delete', id: 'b0' },
            { type: 'block.create', block: { id: 'x1', name: 'One', members: [], cohesion: 1 } },
            { type: 'block.create', block: { id: 'x2', name: 'Two', members: [], cohesion: 1 } },
          ],
        },
        'blocks',
      ],
    ];
    for (const [op, list] of refused) {
      expect(() => applyOperation(full, op), `${op.type} (${list})`).toThrow(expect.objectContaining({ code: 'map-full', subject: list }));
    }
    expect(JSON.stringify(full)).toBe(frozen);
  });

  it('lets a full map change in place, and an undone deletion come back', () => {
    const moved = applyOperation(full, { type: 'actors.move', moves: [{ id: 'a1', x: 0.5, y: 0.5 }] });
    expect(moved.map.actors[1]).toMatchObject({ x: 0.5, y: 0.5 });
    const deleted = applyOperation(full, { type: 'actor.delete', id: 'a2' });
    expect(deleted.map.actors).toHaveLength(MAP_LIMITS.actors - 1);
    // The deletion took the person's links with it; its undo brings both back, to the limit exactly.
    const undone = applyOperation(deleted.map, deleted.inverse);
    expect(undone.map.actors).toHaveLength(MAP_LIMITS.actors);
    expect(undone.map.links).toHaveLength(MAP_LIMITS.links);
    // With a new person in the freed place, the undo would go past the limit: it is refused.
    const replaced = applyOperation(deleted.map, { type: 'actor.add', actor: newActor('new', 'influencer', 'Newcomer') }).map;
    expect(() => applyOperation(replaced, deleted.inverse)).toThrow(expect.objectContaining({ code: 'map-full', subject: 'actors' }));
  });

  it('refuses interchange JSON past a limit, naming the field and the limit', () => {
    const data = toInterchange(full) as { body: PowerMap['body'] };
    const seats = parseInterchange({ ...data, body: { ...data.body, seats: MAP_LIMITS.seats + 1 } });
    expect(seats.ok || seats.problems[0]).toEqual({ field: 'body.seats', message: `more than a body has (at most ${MAP_LIMITS.seats})` });
    expect(overLimit({ ...full, body: { ...full.body, seats: MAP_LIMITS.seats + 1 } })).toEqual({ what: 'seats', count: MAP_LIMITS.seats + 1 });
    for (const list of ['actors', 'links', 'blocks', 'scenarios'] as const) {
      const data = toInterchange(full) as Record<string, unknown[]>;
      const over = [...data[list]!, list === 'actors' ? newActor('extra', 'influencer', 'Extra') : list === 'links' ? { from: 'a0', to: 'a5000', strength: 1 } : { id: 'extra', name: 'Extra', members: [], changes: [] }];
      const parsed = parseInterchange({ ...data, [list]: over });
      expect(parsed.ok, list).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.problems[0]).toEqual({ field: list, message: `more than a map holds (at most ${MAP_LIMITS[list]})` });
      expect(overLimit({ ...full, [list]: over } as PowerMap)).toEqual({ what: list, count: MAP_LIMITS[list] + 1 });
    }
  });

  it('refuses campaign memory past its limits in interchange JSON, and in a map', () => {
    const extra = { meetings: meeting('extra'), snapshots: snapshot('extra'), votes: vote('extra') };
    for (const list of ['meetings', 'snapshots', 'votes'] as const) {
      const data = toInterchangeV2(full, []) as Record<string, unknown[]>;
      const parsed = parseInterchange({ ...data, [list]: [...data[list]!, extra[list]] });
      expect(parsed.ok || parsed.problems[0], list).toEqual({ field: list, message: `more than a map holds (at most ${MAP_LIMITS[list]})` });
      expect(overLimit({ ...full, [list]: [...full[list], extra[list]] } as PowerMap)).toEqual({ what: list, count: MAP_LIMITS[list] + 1 });
    }
    // A memory list at its limit still lets the map be edited, and its entries be changed or deleted.
    expect(applyOperation(full, { type: 'meeting.update', id: 'mt0', patch: { notes: 'Called back' } }).map.meetings[0]!.notes).toBe('Called back');
    expect(applyOperation(full, { type: 'vote.delete', id: 'v0' }).map.votes).toHaveLength(MAP_LIMITS.votes - 1);
  });
});
