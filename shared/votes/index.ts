/** Recorded votes against the projection of their morning (DESIGN.md §10). Pure. */
export { brierScore, yesBallotChances } from './ballots';
export { memberBallots, projectMorning, projectMornings, reviewVote, startOfDay, type MemberBallot, type Morning, type VoteReview } from './review';
export { brierText, calendarDateText } from './words';
