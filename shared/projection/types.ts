/**
 * The engine's own view of a vote (DESIGN.md §4): everything already resolved to numbers, so the
 * maths never has to know about columns, scenarios or the document.
 */
import type { Stances, Threshold } from '../model';

export interface ProjectionMember {
  /** Actor id; every result and error names members by it. */
  id: string;
  /** Yes-probability if present, already resolved from override or column. */
  pYes: number;
  pPresent: number;
  recused: boolean;
  /** Index into `ProjectionInput.blocks`; absent for a member outside every block. */
  block?: number;
  /**
   * Yes-probability after moving one column toward ally; null when there is no further column.
   * Absent means "the smallest stance value strictly above pYes" (as for an explicit override).
   */
  nextPYes?: number | null;
  /**
   * The column (0–4) the member votes from when its yes-probability is the stance of that column;
   * absent for an explicit override (the path to victory then starts from the stance above pYes).
   */
  column?: number;
}

export interface ProjectionBlock {
  id: string;
  cohesion: number;
}

export interface ProjectionRule {
  basis: 'whole' | 'cast';
  threshold: Threshold;
  /** Members present needed for any vote; already defaulted. */
  quorum: number;
}

export interface ProjectionTieBreaker {
  id?: string;
  pYes: number;
}

export interface ProjectionExecutive {
  id?: string;
  pYes: number;
  /** Counted on the whole body, whatever the rule's basis. */
  override: Threshold;
}

export interface ProjectionInput {
  seats: number;
  members: ProjectionMember[];
  blocks: ProjectionBlock[];
  rule: ProjectionRule;
  tieBreaker?: ProjectionTieBreaker | null;
  executive?: ProjectionExecutive | null;
  /** The map's stance table: the top value is where the minimal set moves members. */
  stances: Stances;
}

export interface ThresholdInfo {
  basis: 'whole' | 'cast';
  threshold: Threshold;
  /** Yes votes needed regardless of attendance (whole basis, or atLeast); null when it depends on who is present. */
  needed: number | null;
  /** Yes votes needed if every member attends and votes. */
  neededIfAllPresent: number;
  quorum: number;
  seats: number;
  members: number;
  tieBreaker: boolean;
  /** Members' yes votes that override a veto; null without an executive. */
  override: number | null;
}

export interface MemberProjection {
  id: string;
  pYes: number;
  pPresent: number;
  recused: boolean;
  /** Change in P(adopt) if the member moves one column toward ally (0 when it cannot). */
  gainOneColumn: number;
  /** Change in P(adopt) if the member becomes a certain, present, non-recused yes. */
  gainToYes: number;
  /** P(adopt | votes yes when present) − P(adopt | votes no when present): how decisive its vote is. */
  swing: number;
  /** 1 = the member whose one-column move helps most (ties: larger swing, then input order). */
  swingRank: number;
}

export interface ProjectionSummary {
  expectedYes: number;
  /** P(members' yes count = k) for k = 0..seats. */
  distribution: number[];
  pPass: number;
  pAdopt: number;
  threshold: ThresholdInfo;
}

export interface Projection extends ProjectionSummary {
  /** In input order. */
  members: MemberProjection[];
  /** Member ids by swingRank. */
  ranking: string[];
}

export interface ProjectOptions {
  /** Per-member gains cost about three more passes; a live drag can skip them. Default true. */
  gains?: boolean;
}

export interface MinimalSet {
  members: string[];
  pAdopt: number;
  /** False when the set came from the greedy heuristic (large bodies). */
  exact: boolean;
  /** False when even the best set found stays below the target; `members` is then that best set. */
  reachable: boolean;
}
