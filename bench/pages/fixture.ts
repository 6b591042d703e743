/**
 * Deterministic maps for the grid's benchmarks, screenshots and tests: a 9-member council with two
 * blocks and six influencers, and the big map: by default 1,000 actors (200 seats, 800 influencers,
 * 20 blocks — the first of 20 members — and 500 links); `bigMap(10_000)` keeps the 200 seats and
 * blocks and has 9,800 influencers and 5,000 links.
 */
import { emptyMap, newActor, type PowerMap } from '../../shared/model';

/** A small linear congruential generator: the same map on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

export function bigMap(actors = 1000): PowerMap {
  const rand = rng(42);
  const influencers = actors - 200;
  const m = emptyMap(actors === 1000 ? 'Bench City' : `Bench City ${actors}`, `${actors.toLocaleString('en')} actors`, '2025-01-01T00:00:00.000Z');
  m.body.seats = 200;
  for (let i = 0; i < 200; i++) {
    m.actors.push(newActor(`m${i}`, 'decision-maker', `Member ${i}`, { seat: true, x: r4(rand() * 2 - 1), y: r4(0.4 + rand() * 0.6) }));
  }
  for (let i = 0; i < influencers; i++) {
    m.actors.push(newActor(`i${i}`, 'influencer', `Influencer ${i}`, { x: r4(rand() * 2 - 1), y: r4(rand() * 0.8) }));
  }
  // Block 0 has 20 members (the block-drag benchmark); the other 180 seats share 19 blocks.
  const groups: string[][] = [Array.from({ length: 20 }, (_, j) => `m${j}`), ...Array.from({ length: 19 }, () => [] as string[])];
  for (let i = 20; i < 200; i++) groups[1 + ((i - 20) % 19)]!.push(`m${i}`);
  groups.forEach((members, b) => {
    // Pull each block's members together so hulls look like blocks, not like the whole map.
    const cx = rand() * 1.6 - 0.8;
    const cy = 0.45 + rand() * 0.45;
    for (const id of members) {
      const a = m.actors[Number(id.slice(1))]!;
      a.x = r4(cx + (rand() - 0.5) * 0.3);
      a.y = r4(Math.min(1, cy + (rand() - 0.5) * 0.15));
    }
    m.blocks.push({ id: `b${b}`, name: `Block ${b}`, members, cohesion: 0.7 });
  });
  const seen = new Set<string>();
  while (m.links.length < actors / 2) {
    const from = `i${Math.floor(rand() * influencers)}`;
    const to = `m${Math.floor(rand() * 200)}`;
    if (seen.has(from + to)) continue;
    seen.add(from + to);
    m.links.push({ from, to, strength: r4(0.2 + rand() * 0.8) });
  }
  return m;
}

export function councilMap(): PowerMap {
  const m = emptyMap('Riverton', 'No Polimigra — Selectboard', '2025-01-01T00:00:00.000Z');
  m.body.seats = 9;
  const members: [string, string, number, number][] = [
    ['Ana Ruiz', 'Chair', 0.72, 0.9],
    ['Bob Chen', 'Vice chair', 0.45, 0.75],
    ['Carla Díaz', 'Member', 0.1, 0.55],
    ['Dan Moore', 'Member', -0.15, 0.6],
    ['Eve Larsen', 'Member', -0.5, 0.7],
    ['Frank Odom', 'Member', -0.85, 0.8],
    ['Gina Patel', 'Member', 0.3, 0.45],
    ['Hugo Silva', 'Member', -0.35, 0.4],
    ['Iris Kent', 'Member', 0.88, 0.5],
  ];
  members.forEach(([name, role, x, y], i) => m.actors.push(newActor(`m${i}`, 'decision-maker', name, { role, seat: true, x, y })));
  const influencers: [string, number, number][] = [
    ['Migrant Justice', 0.92, 0.35],
    ['Farm Bureau', -0.7, 0.45],
    ['Police Chief', -0.55, 0.3],
    ['St. Mary’s Parish', 0.5, 0.2],
    ['Riverton Times', 0.05, 0.25],
    ['Dairy co-op', -0.2, 0.15],
  ];
  influencers.forEach(([name, x, y], i) => m.actors.push(newActor(`i${i}`, 'influencer', name, { x, y })));
  m.blocks.push({ id: 'b0', name: 'Progressive caucus', members: ['m0', 'm1', 'm8'], cohesion: 0.8 });
  m.blocks.push({ id: 'b1', name: 'Old guard', members: ['m4', 'm5'], cohesion: 0.9 });
  m.links.push(
    { from: 'i0', to: 'm6', strength: 0.7 },
    { from: 'i1', to: 'm4', strength: 0.8 },
    { from: 'i2', to: 'm3', strength: 0.6 },
    { from: 'i3', to: 'm2', strength: 0.5 },
    { from: 'i4', to: 'm7', strength: 0.4 },
    { from: 'i5', to: 'm3', strength: 0.5 },
  );
  return m;
}
