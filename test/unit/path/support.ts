/**
 * Random small councils as documents (so columns and overrides come from the map, as in the app)
 * and an independent brute-force path: every allocation of steps that DESIGN.md §4.1 allows,
 * each scored by the projection engine, the winner picked by the tie rules as written there.
 */
import { column, DEFAULT_STANCES, emptyMap, newActor, type PowerMap, type Stances, type Threshold } from '../../../shared/model';
import { project, toProjectionInput, type ProjectionInput } from '../../../shared/projection';
import { seeded } from '../../reliability/support/random';

export function randomCouncil(seed: number, maxMembers: number): PowerMap {
  const r = seeded(seed);
  const map = emptyMap('Test', 'Path', '2026-01-01T00:00:00.000Z');
  const roll = r.next();
  // Mostly the default table; sometimes another increasing one; sometimes one that dips (a column
  // above that votes yes less often), which the path must never pay for.
  map.stances =
    roll < 0.6
      ? [...DEFAULT_STANCES]
      : roll < 0.85
        ? ([0, 1, 2, 3, 4].map(() => r.next()).sort((a, b) => a - b) as Stances)
        : ([0, 1, 2, 3, 4].map(() => Math.round(r.next() * 10) / 10) as Stances);
  const members = 1 + r.int(maxMembers);
  const seats = members + (r.chance(0.3) ? 1 + r.int(2) : 0); // vacancies
  map.body.seats = seats;
  const thresholds: Threshold[] = ['majority', 'majority', 'two-thirds', { atLeast: 1 + r.int(seats) }];
  map.body.rule = { basis: r.chance(0.7) ? 'whole' : 'cast', threshold: r.pick(thresholds), quorum: r.chance(0.7) ? null : r.int(seats + 1) };
  for (let i = 0; i < members; i++) {
    const placed = r.chance(0.9);
    map.actors.push(
      newActor(`m${i}`, 'decision-maker', `Member ${i}`, {
        seat: true,
        x: placed ? r.next() * 2 - 1 : null,
        y: placed ? r.next() : null,
        pYes: r.chance(0.2) ? r.pick([0, 1, 0.5, r.next(), r.next(), ...map.stances]) : null,
        pPresent: r.pick([1, 1, 1, 1, 0, r.next()]),
        recused: r.chance(0.1),
      }),
    );
  }
  if (members >= 2 && r.chance(0.5)) {
    const shuffled = map.actors.map((a) => a.id).filter(() => r.chance(0.5));
    const split = r.int(shuffled.length + 1);
    const groups = [shuffled.slice(0, split), shuffled.slice(split)].filter((g) => g.length > 0);
    groups.forEach((g, b) => map.blocks.push({ id: `b${b}`, name: `Block ${b}`, members: g, cohesion: r.pick([0, 1, 0.5, r.next(), r.next()]) }));
  }
  if (r.chance(0.35)) {
    map.actors.push(newActor('chair', 'decision-maker', 'Chair', { x: r.next() * 2 - 1, y: 0.5 }));
    map.body.tieBreaker = 'chair';
  }
  if (r.chance(0.35)) {
    map.actors.push(newActor('mayor', 'decision-maker', 'Mayor', { x: r.next() * 2 - 1, y: 0.9 }));
    map.body.executive = { actor: 'mayor', override: r.pick(thresholds) };
  }
  return map;
}

export interface BrutePath {
  steps: { id: string; from: number; to: number }[];
  cost: number;
  pAdopt: number;
  reachable: boolean;
}

const TIE = 1e-12;

/** Column moves a member may take (§4.1), written from the map rather than the engine's ladder. */
function movesOf(map: PowerMap, id: string): { from: number; to: number; yes: number }[] {
  const a = map.actors.find((x) => x.id === id)!;
  if (a.recused) return [];
  const s = map.stances;
  let from: number;
  if (a.pYes !== null) {
    const k = s.findIndex((v) => v > a.pYes!);
    if (k < 0) return [];
    from = k - 1;
  } else from = a.x === null ? 2 : column(a.x);
  const out = [];
  for (let to = from + 1; to <= 4; to++) out.push({ from, to, yes: s[to]! });
  return out;
}

interface Candidate {
  moves: ({ from: number; to: number; yes: number } | null)[];
  cost: number;
  p: number;
  moved: number[];
}

function compareMembers(a: Candidate, b: Candidate): number {
  if (a.moved.length !== b.moved.length) return a.moved.length - b.moved.length;
  for (let j = 0; j < a.moved.length; j++) if (a.moved[j] !== b.moved[j]) return a.moved[j]! - b.moved[j]!;
  for (let i = 0; i < a.moves.length; i++) {
    const ta = a.moves[i]?.to ?? -1;
    const tb = b.moves[i]?.to ?? -1;
    if (ta !== tb) return tb - ta;
  }
  return 0;
}

export function brutePath(map: PowerMap, target: number): BrutePath {
  const input = toProjectionInput(map);
  const options = input.members.map((m) => [null, ...movesOf(map, m.id)]);
  const all: Candidate[] = [];
  const walk = (i: number, moves: Candidate['moves']): void => {
    if (i === options.length) {
      const scored: ProjectionInput = {
        ...input,
        members: input.members.map((m, j) => (moves[j] ? { ...m, pYes: moves[j]!.yes } : m)),
      };
      const moved = moves.flatMap((mv, j) => (mv ? [j] : []));
      all.push({ moves: [...moves], cost: moves.reduce((c, mv) => c + (mv ? mv.to - mv.from : 0), 0), p: project(scored, { gains: false }).pAdopt, moved });
      return;
    }
    for (const o of options[i]!) walk(i + 1, [...moves, o]);
  };
  walk(0, []);
  const maxP = Math.max(...all.map((c) => c.p));
  const reachable = maxP >= target - TIE;
  let pool: Candidate[];
  if (reachable) {
    const reaching = all.filter((c) => c.p >= target - TIE);
    const least = Math.min(...reaching.map((c) => c.cost));
    const cheapest = reaching.filter((c) => c.cost === least);
    const top = Math.max(...cheapest.map((c) => c.p));
    pool = cheapest.filter((c) => c.p >= top - TIE);
  } else {
    const best = all.filter((c) => c.p >= maxP - TIE);
    const least = Math.min(...best.map((c) => c.cost));
    pool = best.filter((c) => c.cost === least);
  }
  const win = pool.sort(compareMembers)[0]!;
  return {
    steps: win.moves.flatMap((mv, j) => (mv ? [{ id: input.members[j]!.id, from: mv.from, to: mv.to }] : [])),
    cost: win.cost,
    pAdopt: win.p,
    reachable,
  };
}

export function allocationCount(map: PowerMap): number {
  return toProjectionInput(map).members.reduce((n, m) => n * (1 + movesOf(map, m.id).length), 1);
}
