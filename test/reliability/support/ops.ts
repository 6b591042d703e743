/**
 * Random user actions for a map: mostly edits that fit (adds, renames, multi-actor moves, block
 * drags, links, blocks, deletes) and some that do not, so both paths of the store are exercised.
 */
import { newActor, type PowerMap } from '../../../shared/model';
import type { Move, Operation } from '../../../shared/ops';
import type { Rng } from './random';

const NAMES = ['Ana Ruiz', 'Bob Chen', 'Faith coalition', 'María José Núñez', '<b>Bold</b>', '=SUM(A1)', 'O\'Brien; DROP TABLE actors;--'];

const coord = (rng: Rng) => ({ x: Math.round((rng.next() * 2 - 1) * 1000) / 1000, y: Math.round(rng.next() * 1000) / 1000 });

function moveOf(map: PowerMap, rng: Rng, ids: string[]): Operation {
  const moves: Move[] = ids.map((id) => (rng.chance(0.05) ? { id, x: null, y: null } : { id, ...coord(rng) }));
  return { type: 'actors.move', moves };
}

/** One random action against `map`; `serial` makes new ids unique across a whole run. */
export function randomOperation(map: PowerMap, rng: Rng, serial: string): Operation {
  const ids = map.actors.map((a) => a.id);
  const someId = () => (ids.length && rng.chance(0.95) ? rng.pick(ids) : `ghost-${serial}`);
  const roll = rng.int(100);
  if (ids.length < 4 || roll < 15) {
    const seat = map.actors.filter((a) => a.seat).length < map.body.seats && rng.chance(0.4);
    const placed = rng.chance(0.7) ? coord(rng) : { x: null, y: null };
    return {
      type: 'actor.add',
      actor: newActor(`a-${serial}`, seat ? 'decision-maker' : 'influencer', `${rng.pick(NAMES)} ${serial}`, { seat, ...placed }),
    };
  }
  if (roll < 45) {
    const n = 1 + rng.int(Math.min(6, ids.length));
    const chosen = [...new Set(Array.from({ length: n }, someId))];
    return moveOf(map, rng, chosen);
  }
  if (roll < 55 && map.blocks.length) {
    // A block drag: every member moves together, in one operation.
    const block = rng.pick(map.blocks);
    if (block.members.length) return moveOf(map, rng, block.members);
  }
  if (roll < 62) return { type: 'actor.update', id: someId(), patch: { name: `${rng.pick(NAMES)} ${serial}`, notes: 'x'.repeat(rng.int(3000)) } };
  if (roll < 66) return { type: 'actor.delete', id: someId() };
  if (roll < 74) {
    const [from, to] = [someId(), someId()];
    const existing = map.links.find((l) => l.from === from && l.to === to);
    if (existing) return rng.chance(0.5) ? { type: 'link.remove', from, to } : { type: 'link.update', from, to, strength: rng.next() };
    return { type: 'link.add', link: { from, to, strength: Math.round(rng.next() * 100) / 100 } };
  }
  if (roll < 80) {
    const free = ids.filter((id) => !map.blocks.some((b) => b.members.includes(id)));
    const members = free.filter(() => rng.chance(0.3)).slice(0, 5);
    if (map.blocks.length && rng.chance(0.4)) return { type: 'block.delete', id: rng.pick(map.blocks).id };
    return { type: 'block.create', block: { id: `b-${serial}`, name: `Block ${serial}`, members, cohesion: rng.next() } };
  }
  if (roll < 86) return { type: 'map.update', patch: { title: `Title ${serial}`, nextSteps: `Call ${rng.pick(NAMES)}` } };
  if (roll < 92) {
    // Several edits as one user action: all or nothing.
    const first = moveOf(map, rng, [someId()]);
    return { type: 'batch', ops: [first, { type: 'actor.update', id: someId(), patch: { role: `Role ${serial}` } }] };
  }
  return { type: 'scenario.add', scenario: { id: `s-${serial}`, name: `What if ${serial}`, changes: [{ actor: someId(), pYes: rng.next() }] } };
}

/** The map without its save timestamp, for comparing what a file holds with what was acknowledged. */
export function content(map: PowerMap): Omit<PowerMap, 'updatedAt'> {
  const { updatedAt: _u, ...rest } = map;
  return rest;
}
