/** Random but mostly valid operations for a given map, from a seeded generator (for property tests). */
import { newActor, type PowerMap } from '../../shared/model';
import type { Operation } from '../../shared/ops';
import { seeded } from '../reliability/support/random';

export type Rng = () => number;

/** The shared seeded generator (mulberry32), as a plain function. */
export const rng = (seed: number): Rng => seeded(seed).next;

const pick = <T>(r: Rng, xs: readonly T[]): T | undefined => xs[Math.floor(r() * xs.length)];
const round = (v: number) => Math.round(v * 1000) / 1000;
const NAMES = ['Ana Ruiz', 'Bob Chen', 'Carla Núñez', 'Dee 🌽 Farmer', 'Ed "Ned" O\'Neil', '<b>x</b>', 'Zoë, Jr.'];

let counter = 0;

export function randomOp(map: PowerMap, r: Rng): Operation {
  const actors = map.actors;
  const a = pick(r, actors);
  const b = pick(r, actors);
  const block = pick(r, map.blocks);
  const kind = r();
  if (kind < 0.18 || !a) {
    const seat = r() < 0.5 && actors.filter((x) => x.seat).length < map.body.seats;
    const placed = r() < 0.7;
    return {
      type: 'actor.add',
      actor: newActor(`r${++counter}-${Math.floor(r() * 1e6)}`, seat || r() < 0.5 ? 'decision-maker' : 'influencer', pick(r, NAMES)!, {
        seat,
        x: placed ? round(r() * 2 - 1) : null,
        y: placed ? round(r()) : null,
        pYes: r() < 0.2 ? round(r()) : null,
      }),
      index: r() < 0.3 ? Math.floor(r() * (actors.length + 1)) : undefined,
    };
  }
  if (kind < 0.28) return { type: 'actor.delete', id: a.id };
  if (kind < 0.4) return { type: 'actor.update', id: a.id, patch: r() < 0.5 ? { name: pick(r, NAMES)!, notes: 'n' } : { pPresent: round(r()), recused: r() < 0.3 } };
  if (kind < 0.58) {
    const movers = actors.filter(() => r() < 0.2).slice(0, 20);
    const moves = (movers.length ? movers : [a]).map((m) => (r() < 0.1 ? { id: m.id, x: null, y: null } : { id: m.id, x: round(r() * 2 - 1), y: round(r()) }));
    return { type: 'actors.move', moves };
  }
  if (kind < 0.64) {
    const free = actors.filter((x) => !map.blocks.some((bl) => bl.members.includes(x.id)) && r() < 0.4).map((x) => x.id);
    return { type: 'block.create', block: { id: `b${++counter}`, name: 'Caucus', members: free.slice(0, 4), cohesion: round(r()) } };
  }
  if (kind < 0.68 && block) return { type: 'block.delete', id: block.id };
  if (kind < 0.74 && block) {
    const free = actors.filter((x) => !map.blocks.some((bl) => bl.id !== block.id && bl.members.includes(x.id)) && r() < 0.5).map((x) => x.id);
    return { type: 'block.setMembers', id: block.id, members: free.slice(0, 5) };
  }
  if (kind < 0.76 && block) return { type: 'block.update', id: block.id, patch: { cohesion: round(r()), name: 'Renamed' } };
  if (kind < 0.84 && b && a.id !== b.id && !map.links.some((l) => l.from === a.id && l.to === b.id)) {
    return { type: 'link.add', link: { from: a.id, to: b.id, strength: round(r()) } };
  }
  const link = pick(r, map.links);
  if (kind < 0.88 && link) return r() < 0.5 ? { type: 'link.remove', from: link.from, to: link.to } : { type: 'link.update', from: link.from, to: link.to, strength: round(r()) };
  if (kind < 0.91) {
    const seated = actors.filter((x) => x.seat && x.kind === 'decision-maker');
    const nonSeat = actors.filter((x) => !x.seat);
    return {
      type: 'map.update',
      patch: {
        title: `Title ${counter}`,
        body: {
          ...map.body,
          seats: Math.max(seated.length, 1) + Math.floor(r() * 3),
          tieBreaker: r() < 0.5 ? (pick(r, nonSeat)?.id ?? null) : null,
          executive: r() < 0.3 && nonSeat.length ? { actor: pick(r, nonSeat)!.id, override: 'two-thirds' } : null,
        },
      },
    };
  }
  if (kind < 0.95) return { type: 'scenario.add', scenario: { id: `s${++counter}`, name: 'What if', changes: [{ actor: a.id, x: round(r() * 2 - 1), recused: r() < 0.5 }] } };
  const sc = pick(r, map.scenarios);
  if (sc && kind < 0.97) return { type: 'scenario.delete', id: sc.id };
  return { type: 'batch', ops: [randomOp(map, r)] };
}
