/**
 * A recorded vote beside the projection of that morning (DESIGN.md §10): the map as it stood at the
 * start of the vote's day, rebuilt from the journal; its chance of adoption; each recorded member's
 * chance of a yes ballot against the ballot cast; and the Brier score over them.
 */
import { mapAt, type Rewind } from '../history/rebuild';
import { startOfDay } from '../history/since';
import type { JournalEntry } from '../history/types';
import type { Ballot, ExecutiveAction, RecordedVote } from '../memory/model';
import type { PowerMap } from '../model';
import { applyOperation } from '../ops';
import { isProjectionError, project, toProjectionInput } from '../projection';
import { brierScore, yesBallotChances } from './ballots';

export interface MemberBallot {
  id: string;
  ballot: Ballot;
  /** Null when the person was not a member (seated decision-maker) of the map that morning, or the map could not be projected. */
  pYesBallot: number | null;
}

export interface VoteReview {
  id: string;
  date: string;
  measure: string;
  adopted: boolean;
  executive: ExecutiveAction | null;
  /** The start of the vote's day (local midnight), UTC ISO 8601: the moment the map is rebuilt at. */
  morning: string;
  /** P(adopt) of the map that morning; null when that map could not be projected. */
  projectedPAdopt: number | null;
  /** Mean over the recorded members with a chance of (P(yes ballot) − [ballot = yes])²; null when none has one. */
  brier: number | null;
  /** In the order the ballots were recorded. */
  members: MemberBallot[];
}

export { startOfDay };

/** The map of a vote's morning, projected. */
export interface Morning {
  /** UTC, ISO 8601: the start of the vote's day (local midnight). */
  at: string;
  /** P(adopt) of the map then; null when that map could not be projected. */
  pAdopt: number | null;
  /** Each member's chance of a yes ballot then, by actor id (empty when the map could not be projected). */
  chances: Map<string, number>;
}

/** The map as it stood at `at` (rebuilt from the journal), projected; a refusal gives no figures, not a crash. */
export function projectMorning(current: PowerMap, journal: readonly JournalEntry[], at: string): Morning {
  return projected(mapAt(current, journal, at), at);
}

/**
 * The mornings of several moments, by moment, from one walk back through the journal (the latest
 * moment first): each is `projectMorning` of it, for the cost of rebuilding the earliest alone.
 */
export function projectMornings(current: PowerMap, journal: readonly Rewind[], ats: readonly string[]): Map<string, Morning> {
  const out = new Map<string, Morning>();
  const latestFirst = [...new Set(ats)].sort((a, b) => Date.parse(b) - Date.parse(a));
  let map = current;
  let i = journal.length - 1;
  for (const at of latestFirst) {
    const when = Date.parse(at);
    // mapAt's walk, resumed where the later moment's stopped.
    for (; i >= 0 && Date.parse(journal[i]!.at) > when; i--) map = applyOperation(map, journal[i]!.inverse).map;
    out.set(at, projected(map, at));
  }
  return out;
}

function projected(map: PowerMap, at: string): Morning {
  try {
    const input = toProjectionInput(map);
    return { at, pAdopt: project(input, { gains: false }).pAdopt, chances: yesBallotChances(input) };
  } catch (e) {
    if (isProjectionError(e)) return { at, pAdopt: null, chances: new Map() };
    throw e;
  }
}

/** Each ballot of `vote` beside the member's chance of a yes that morning, in the order recorded. */
export const memberBallots = (vote: RecordedVote, then: Morning): MemberBallot[] =>
  Object.entries(vote.ballots).map(([id, ballot]) => ({ id, ballot, pYesBallot: then.chances.get(id) ?? null }));

/** The vote against the map that morning. `morning` defaults to local midnight of the vote's date. */
export function reviewVote(current: PowerMap, journal: readonly JournalEntry[], vote: RecordedVote, morning = startOfDay(vote.date)): VoteReview {
  const then = projectMorning(current, journal, morning);
  const members = memberBallots(vote, then);
  return {
    id: vote.id,
    date: vote.date,
    measure: vote.measure,
    adopted: vote.adopted,
    executive: vote.executive,
    morning,
    projectedPAdopt: then.pAdopt,
    brier: brierScore(members),
    members,
  };
}
