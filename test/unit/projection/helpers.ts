/** Test helpers: a small interchange reader with defaults, a brute-force enumerator, random bodies. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyMemory } from '../../../shared/memory/model';
import { DEFAULT_STANCES, newActor, type Actor, type PowerMap, type Stances, type Threshold } from '../../../shared/model';
import type { ProjectionInput, ProjectionMember } from '../../../shared/projection';
import { seeded } from '../../reliability/support/random';

const EXAMPLES = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

export function readExample(n: number): unknown {
  return JSON.parse(readFileSync(`${EXAMPLES}example-${n}.json`, 'utf8'));
}

type Json = Record<string, any>;

/** Interchange JSON → PowerMap, filling the defaults DESIGN.md §5 names (no validation). */
export function mapFromJson(data: unknown): PowerMap {
  const d = data as Json;
  const body = d.body as Json;
  const rule = (body.rule ?? {}) as Json;
  const actors: Actor[] = ((d.actors ?? []) as Json[]).map((a) => {
    const placed = a.x !== undefined && a.x !== null && a.y !== undefined && a.y !== null;
    return newActor(a.id, a.kind, a.name, {
      role: a.role ?? '',
      notes: a.notes ?? '',
      x: placed ? a.x : null,
      y: placed ? a.y : null,
      seat: a.seat ?? false,
      pYes: a.pYes ?? null,
      pPresent: a.pPresent ?? 1,
      recused: a.recused ?? false,
    });
  });
  return {
    town: d.town,
    title: d.title ?? '',
    stances: (d.stances ?? [...DEFAULT_STANCES]) as Stances,
    body: {
      name: body.name ?? '',
      seats: body.seats,
      rule: { basis: rule.basis ?? 'whole', threshold: rule.threshold ?? 'majority', quorum: rule.quorum ?? null },
      tieBreaker: body.tieBreaker ?? null,
      executive: body.executive ? { actor: body.executive.actor, override: body.executive.override ?? 'two-thirds' } : null,
    },
    actors,
    blocks: ((d.blocks ?? []) as Json[]).map((b) => ({ id: b.id, name: b.name ?? '', members: b.members, cohesion: b.cohesion ?? 1 })),
    links: d.links ?? [],
    scenarios: d.scenarios ?? [],
    nextSteps: d.nextSteps ?? '',
    ...emptyMemory(),
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

export function loadExample(n: number): PowerMap {
  return mapFromJson(readExample(n));
}

// ---------------------------------------------------------------------------------------------
// Brute force: enumerate every outcome of every random event, written without the engine's code.

export interface BruteResult {
  distribution: number[];
  pPass: number;
  pAdopt: number;
}

function needWhole(t: Threshold, n: number): number {
  if (t === 'majority') return Math.floor(n / 2) + 1;
  if (t === 'two-thirds') {
    let k = 0;
    while (3 * k < 2 * n) k++;
    return k;
  }
  return t.atLeast;
}

function ruleHolds(input: ProjectionInput, yes: number, no: number): boolean {
  const { basis, threshold } = input.rule;
  if (basis === 'whole' || typeof threshold === 'object') return yes >= needWhole(threshold, input.seats);
  if (threshold === 'majority') return yes > no;
  return yes >= 1 && 3 * yes >= 2 * (yes + no);
}

export function bruteForce(input: ProjectionInput): BruteResult {
  const ms = input.members;
  const distribution = new Array<number>(input.seats + 1).fill(0);
  let pPass = 0;
  let pAdopt = 0;
  // Block modes: 0 unified yes, 1 unified no, 2 independent.
  const modeProb = (b: number, mode: number): number => {
    const c = input.blocks[b]!.cohesion;
    const voters = ms.filter((m) => m.block === b && !m.recused);
    const mean = voters.length === 0 ? 0 : voters.reduce((s, m) => s + m.pYes, 0) / voters.length;
    return mode === 0 ? c * mean : mode === 1 ? c * (1 - mean) : 1 - c;
  };
  const leaf = (prob: number, yes: number, no: number) => {
    distribution[yes] = distribution[yes]! + prob;
    if (yes + no < input.rule.quorum) return;
    const tb = input.tieBreaker ?? null;
    const tbOutcomes: [number, number, number][] =
      tb !== null && yes === no ? [[tb.pYes, yes + 1, no], [1 - tb.pYes, yes, no + 1]] : [[1, yes, no]];
    for (const [pt, y2, n2] of tbOutcomes) {
      if (pt === 0 || !ruleHolds(input, y2, n2)) continue;
      pPass += prob * pt;
      const ex = input.executive ?? null;
      if (ex === null) {
        pAdopt += prob * pt;
        continue;
      }
      pAdopt += prob * pt * ex.pYes; // signed
      if (yes >= needWhole(ex.override, input.seats)) pAdopt += prob * pt * (1 - ex.pYes); // vetoed, overridden
    }
  };
  const walkMembers = (modes: number[], i: number, prob: number, yes: number, no: number): void => {
    if (prob === 0) return;
    if (i === ms.length) return leaf(prob, yes, no);
    const m = ms[i]!;
    const pp = m.recused ? 0 : m.pPresent;
    walkMembers(modes, i + 1, prob * (1 - pp), yes, no);
    const mode = m.block === undefined ? 2 : modes[m.block]!;
    const py = mode === 0 ? 1 : mode === 1 ? 0 : m.pYes;
    walkMembers(modes, i + 1, prob * pp * py, yes + 1, no);
    walkMembers(modes, i + 1, prob * pp * (1 - py), yes, no + 1);
  };
  const walkBlocks = (modes: number[], prob: number): void => {
    if (modes.length === input.blocks.length) return walkMembers(modes, 0, prob, 0, 0);
    for (const mode of [0, 1, 2]) walkBlocks([...modes, mode], prob * modeProb(modes.length, mode));
  };
  walkBlocks([], 1);
  return { distribution, pPass, pAdopt };
}

/** The input with one member changed (a what-if, for brute-force gains). */
export function withMember(input: ProjectionInput, i: number, change: Partial<ProjectionMember>): ProjectionInput {
  return { ...input, members: input.members.map((m, j) => (j === i ? { ...m, ...change } : m)) };
}

// ---------------------------------------------------------------------------------------------
// Seeded random bodies.

export const rng = (seed: number): (() => number) => seeded(seed).next;

export interface BodyShape {
  maxSeats: number;
  /** Force these features on (otherwise random). */
  basis?: 'whole' | 'cast';
  threshold?: Threshold;
  tieBreaker?: boolean;
  executive?: boolean;
}

export function randomBody(seed: number, shape: BodyShape): ProjectionInput {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const stances: Stances = r() < 0.5 ? [...DEFAULT_STANCES] : ([0, 1, 2, 3, 4].map(() => r()).sort((a, b) => a - b) as Stances);
  const prob = () => pick([0, 1, 0.5, r(), r(), r(), ...stances]);
  const seats = int(1, shape.maxSeats);
  const count = r() < 0.6 ? seats : int(0, seats);
  const members: ProjectionMember[] = [];
  for (let i = 0; i < count; i++) {
    const m: ProjectionMember = {
      id: `m${i}`,
      pYes: prob(),
      pPresent: pick([1, 1, 1, 0, r(), r()]),
      recused: r() < 0.12,
    };
    const next = r();
    if (next < 0.3) m.nextPYes = null;
    else if (next < 0.6) m.nextPYes = Math.min(1, m.pYes + r() * (1 - m.pYes));
    members.push(m);
  }
  const blockCount = count >= 2 ? int(0, Math.min(3, Math.floor(count / 2))) : 0;
  const blocks = [];
  for (let b = 0; b < blockCount; b++) blocks.push({ id: `b${b}`, cohesion: pick([0, 1, 0.5, r(), r()]) });
  for (const m of members) if (blockCount > 0 && r() < 0.6) m.block = int(0, blockCount - 1);
  const thresholds: Threshold[] = ['majority', 'two-thirds', { atLeast: int(1, seats) }];
  const basis = shape.basis ?? pick(['whole', 'cast'] as const);
  const threshold = shape.threshold ?? pick(thresholds);
  const quorum = r() < 0.5 ? Math.floor(seats / 2) + 1 : int(0, seats);
  const tieBreaker = (shape.tieBreaker ?? r() < 0.4) ? { id: 'chair', pYes: prob() } : null;
  const executive = (shape.executive ?? r() < 0.4) ? { id: 'mayor', pYes: prob(), override: pick(thresholds) } : null;
  return { seats, members, blocks, rule: { basis, threshold, quorum }, tieBreaker, executive, stances };
}
