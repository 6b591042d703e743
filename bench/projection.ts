/**
 * Projection engine timings: `npx tsx bench/projection.ts`.
 * Full projection with per-member gains at 15, 150 and 500 seats (10 voting blocks), the summary
 * alone (what a live drag needs), the exact minimal set at 15 seats, and the path to victory at 5,
 * 15 and 150 seats (each beside a full projection of the same body, the cost it adds).
 */
import { DEFAULT_STANCES, emptyMap, newActor, type PowerMap } from '../shared/model';
import { minimalSet, project, toProjectionInput } from '../shared/projection';
import { pathToVictory } from '../shared/path';

const FRAME_MS = 16.7;

/** A deterministic body: members spread over the columns, ~2/3 of them in 10 blocks. */
function body(seats: number): PowerMap {
  const m = emptyMap('Bench', 'Bench', '2025-01-01T00:00:00.000Z');
  m.body.seats = seats;
  m.body.rule = { basis: 'cast', threshold: 'majority', quorum: null };
  m.body.tieBreaker = 'chair';
  m.body.executive = { actor: 'mayor', override: 'two-thirds' };
  for (let i = 0; i < seats; i++) {
    m.actors.push(
      newActor(`m${i}`, 'decision-maker', `Member ${i}`, {
        seat: true,
        x: -0.95 + ((i * 7919) % 100) / 52.6,
        y: 0.5,
        pPresent: i % 6 === 0 ? 0.8 : 1,
        recused: i % 47 === 46,
      }),
    );
  }
  m.actors.push(newActor('chair', 'decision-maker', 'Chair', { x: 0.2, y: 1 }), newActor('mayor', 'decision-maker', 'Mayor', { x: 0.5, y: 1 }));
  const size = Math.max(1, Math.floor(seats / 15));
  for (let b = 0; b < 10; b++) {
    m.blocks.push({ id: `b${b}`, name: `Block ${b}`, members: Array.from({ length: size }, (_, j) => `m${b * size + j}`), cohesion: 0.3 + 0.06 * b });
  }
  return m;
}

function time(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm up the JIT
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]!;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(2).padStart(8)} ms  p95 ${p95.toFixed(2).padStart(8)} ms  ` +
      `(${(median / FRAME_MS).toFixed(2)}× / ${(p95 / FRAME_MS).toFixed(2)}× a ${FRAME_MS} ms frame, n=${runs})`,
  );
}

console.log(`stances ${DEFAULT_STANCES.join(', ')}; cast majority, default quorum, tie-breaker, veto; 10 blocks\n`);
for (const [seats, runs] of [[15, 200], [150, 40], [500, 10]] as const) {
  const map = body(seats);
  time(`${seats} seats: toProjectionInput + project (gains)`, runs, () => project(toProjectionInput(map)));
  time(`${seats} seats: summary only (no gains)`, runs, () => project(toProjectionInput(map), { gains: false }));
}
const m15 = body(15);
const input15 = toProjectionInput(m15);
const worst = { ...input15, executive: { pYes: 0, override: { atLeast: 15 } } }; // unreachable: every subset scored
time('15 seats: minimalSet exact (0.9)', 50, () => minimalSet(input15, 0.9));
time('15 seats: minimalSet exact, target unreachable', 50, () => minimalSet(worst, 0.9));
time('150 seats: minimalSet heuristic (0.9)', 10, () => minimalSet(toProjectionInput(body(150)), 0.9));

// The path to victory: the council of issue 15 (5 seats), and the bench bodies at 15 and 150 seats.
const council = emptyMap('Bench', 'Council', '2025-01-01T00:00:00.000Z');
council.actors = [0.8, 0.4, 0, -0.4, -0.8].map((x, i) => newActor(`c${i}`, 'decision-maker', `C${i}`, { seat: true, x, y: 0.5 }));
council.blocks = [{ id: 'b', name: 'B', members: ['c0', 'c1'], cohesion: 0.8 }];
for (const [label, map, runs] of [['5 seats', council, 200], ['15 seats', m15, 50], ['150 seats', body(150), 5]] as const) {
  const input = toProjectionInput(map);
  const path = pathToVictory(input, 0.9);
  const kind = `${path.exact ? 'exact' : 'heuristic'}, ${path.cost} steps`;
  time(`${label}: project (gains), for comparison`, runs, () => project(input));
  time(`${label}: pathToVictory 0.9 (${kind})`, runs, () => pathToVictory(input, 0.9));
}

// Large bodies (issue #12 item 8): the 400-seat New Hampshire House and a 2,000-seat body, with
// everything the panel shows (gains and the smallest set). `body` is the engine's slowest shape (a
// sixth may be absent, two thirds in ten cohesive blocks); `house` is a legislature's (two party
// caucuses, one member in twenty may be absent).
function house(seats: number): PowerMap {
  const m = body(seats);
  m.body.rule = { basis: 'whole', threshold: 'majority', quorum: null };
  m.body.tieBreaker = null;
  m.actors.forEach((a, i) => (a.pPresent = i % 20 === 0 ? 0.9 : 1));
  const half = Math.floor(seats / 2);
  m.blocks = [
    { id: 'r', name: 'Caucus R', members: Array.from({ length: half - 10 }, (_, j) => `m${j}`), cohesion: 0.7 },
    { id: 'd', name: 'Caucus D', members: Array.from({ length: seats - half - 10 }, (_, j) => `m${half + j}`), cohesion: 0.7 },
  ];
  return m;
}
for (const [seats, runs] of [[400, 3], [2000, 1]] as const) {
  for (const [shape, map] of [['house', house(seats)], ['blocks', body(seats)]] as const) {
    const input = toProjectionInput(map);
    time(`${seats} seats (${shape}): project (gains)`, runs, () => project(input));
    time(`${seats} seats (${shape}): minimalSet heuristic (0.9)`, runs, () => minimalSet(input, 0.9));
  }
}
