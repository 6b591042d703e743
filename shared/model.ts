import { emptyMemory, type CampaignMemory } from './memory/model';

/** The power-map document as the app and the interchange format see it (DESIGN.md §3–5). */

export const ACTOR_KINDS = ['decision-maker', 'influencer'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  role: string;
  notes: string;
  /** Alignment in [-1, 1]; null while the actor waits in the roster. */
  x: number | null;
  /** Power in [0, 1]; null while the actor waits in the roster. */
  y: number | null;
  /** A voting member of the deciding body. */
  seat: boolean;
  /** Explicit yes-probability; null means "use the stance of the actor's column". */
  pYes: number | null;
  pPresent: number;
  recused: boolean;
}

export interface Block {
  id: string;
  name: string;
  members: string[];
  cohesion: number;
}

export interface Link {
  from: string;
  to: string;
  strength: number;
}

export type Threshold = 'majority' | 'two-thirds' | { atLeast: number };

export interface Rule {
  basis: 'whole' | 'cast';
  threshold: Threshold;
  /** Members present needed for any vote; null means floor(seats / 2) + 1. */
  quorum: number | null;
}

export interface Executive {
  actor: string;
  override: Threshold;
}

export interface Body {
  name: string;
  seats: number;
  rule: Rule;
  tieBreaker: string | null;
  executive: Executive | null;
}

/** A what-if change to one actor, applied on top of the map without changing it. */
export interface ScenarioChange {
  actor: string;
  x?: number;
  pYes?: number | null;
  pPresent?: number;
  recused?: boolean;
}

export interface Scenario {
  id: string;
  name: string;
  changes: ScenarioChange[];
}

export type Stances = [number, number, number, number, number];

export interface PowerMap extends CampaignMemory {
  town: string;
  title: string;
  stances: Stances;
  body: Body;
  actors: Actor[];
  blocks: Block[];
  links: Link[];
  scenarios: Scenario[];
  nextSteps: string;
  /** ISO timestamps kept by the store. */
  createdAt: string;
  updatedAt: string;
}

export const DEFAULT_STANCES: Stances = [0.05, 0.25, 0.5, 0.75, 0.95];

export const COLUMN_COUNT = 5;

/** The Spectrum of Allies column of an alignment: 0 active opponent … 4 active ally. */
export function column(x: number): number {
  return Math.max(0, Math.min(COLUMN_COUNT - 1, Math.floor((x + 1) * 2.5)));
}

/** The alignment at the centre of a column, for placing an actor "in" a column. */
export function columnCentre(col: number): number {
  return -1 + (col + 0.5) * (2 / COLUMN_COUNT);
}

export function isPlaced(a: Actor): a is Actor & { x: number; y: number } {
  return a.x !== null && a.y !== null;
}

export function defaultQuorum(seats: number): number {
  return Math.floor(seats / 2) + 1;
}

export function newActor(id: string, kind: ActorKind, name: string, over: Partial<Actor> = {}): Actor {
  return {
    id,
    kind,
    name,
    role: '',
    notes: '',
    x: null,
    y: null,
    seat: false,
    pYes: null,
    pPresent: 1,
    recused: false,
    ...over,
  };
}

export function emptyMap(town: string, title: string, now: string): PowerMap {
  return {
    town,
    title,
    stances: [...DEFAULT_STANCES],
    body: {
      name: '',
      seats: 5,
      rule: { basis: 'whole', threshold: 'majority', quorum: null },
      tieBreaker: null,
      executive: null,
    },
    actors: [],
    blocks: [],
    links: [],
    scenarios: [],
    nextSteps: '',
    ...emptyMemory(),
    createdAt: now,
    updatedAt: now,
  };
}
