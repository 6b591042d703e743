/**
 * Campaign memory kept in the map (DESIGN.md §10): named moments, constituent meetings with their
 * follow-ups, and the body's recorded votes. The journal itself lives in `shared/history/`.
 */

/** A named moment ("Before the October council meeting"); the map then is rebuilt from the journal. */
export interface Snapshot {
  id: string;
  name: string;
  /** UTC, ISO 8601. */
  at: string;
}

export const MEETING_RESPONSES = ['yes', 'leaning-yes', 'undecided', 'leaning-no', 'no', 'no-commitment'] as const;
export type MeetingResponse = (typeof MEETING_RESPONSES)[number];

export interface FollowUp {
  owner: string;
  /** A calendar date, YYYY-MM-DD; null when no date was set. */
  due: string | null;
  done: boolean;
}

/** A constituent meeting with one or more decision-makers (step 6 of the campaign). */
export interface Meeting {
  id: string;
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  /** The decision-makers met (actor ids). */
  with: string[];
  attendees: string;
  ask: string;
  response: MeetingResponse;
  commitment: string;
  followUp: FollowUp | null;
  notes: string;
}

export const BALLOTS = ['yes', 'no', 'abstain', 'absent', 'recused'] as const;
export type Ballot = (typeof BALLOTS)[number];

export const EXECUTIVE_ACTIONS = ['signed', 'vetoed'] as const;
export type ExecutiveAction = (typeof EXECUTIVE_ACTIONS)[number];

/** The roll call once the body votes (step 7). */
export interface RecordedVote {
  id: string;
  /** A calendar date, YYYY-MM-DD. */
  date: string;
  measure: string;
  /** Ballot per member (actor id); members missing from it were not recorded. */
  ballots: Record<string, Ballot>;
  executive: ExecutiveAction | null;
  adopted: boolean;
}

/** The three lists a map carries besides its actors, blocks, links and scenarios. */
export interface CampaignMemory {
  snapshots: Snapshot[];
  meetings: Meeting[];
  votes: RecordedVote[];
}

export const emptyMemory = (): CampaignMemory => ({ snapshots: [], meetings: [], votes: [] });
