/**
 * A council map with a long history and recorded votes, for the Votes dialog's tests and benchmark:
 * 15 seats (two blocks) and `influencers` (35 unless told); `entries` journaled edits ten minutes apart from
 * 1 March 2026: people moving, and four votes recorded along the way.
 * The edits are worked out in memory (each entry's true inverse) and written in one transaction,
 * so that a 10,000-entry history takes a second, not an fsync per edit.
 */
import path from 'node:path';
import type { Ballot, RecordedVote } from '../../shared/memory/model';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { applyOperation, type Operation } from '../../shared/ops';
import { createJournaled, type MadeEntry } from '../store/helpers';

const START = Date.parse('2026-03-01T00:00:00.000Z');
const STEP = 10 * 60_000;
const BALLOTS: Ballot[] = ['yes', 'no', 'yes', 'absent', 'no', 'yes', 'abstain'];

export function votingMap(dir: string, entries: number, influencers = 35): string {
  const file = path.join(dir, `council-${entries}-${influencers}.powermap`);
  let map: PowerMap = emptyMap('Riverton', 'No Polimigra', '2026-02-01T12:00:00.000Z');
  map.body = { ...map.body, name: 'Council', seats: 15 };
  for (let i = 0; i < 15; i++) map.actors.push(newActor(`m${i}`, 'decision-maker', `Member ${i}`, { seat: true, x: ((i * 37) % 19) / 9.5 - 1, y: 0.5 + (i % 5) / 10 }));
  for (let i = 0; i < influencers; i++) map.actors.push(newActor(`i${i}`, 'influencer', `Influencer ${i}`, { x: ((i * 53) % 21) / 10.5 - 1, y: (i % 8) / 10 }));
  map.blocks = [
    { id: 'b1', name: 'Downtown', members: ['m0', 'm1', 'm2', 'm3'], cohesion: 0.6 },
    { id: 'b2', name: 'Eastside', members: ['m7', 'm8', 'm9'], cohesion: 0.4 },
  ];
  const rows: MadeEntry[] = [];
  let votes = 0;
  for (let i = 0; i < entries; i++) {
    const at = new Date(START + i * STEP);
    // Four votes, a quarter of the history apart, each recorded on the (UTC) day it was held.
    const voteAt = Math.floor(entries / 4) * votes + Math.floor(entries / 8);
    let op: Operation;
    if (votes < 4 && i === voteAt) {
      const ballots = Object.fromEntries(Array.from({ length: 15 }, (_, m) => [`m${m}`, BALLOTS[(m + votes) % BALLOTS.length]!]));
      const vote: RecordedVote = { id: `v${votes}`, date: at.toISOString().slice(0, 10), measure: `Measure ${votes + 1}`, ballots, executive: null, adopted: votes % 2 === 0 };
      op = { type: 'vote.add', vote };
      votes++;
    } else {
      const who = i % 3 === 0 ? `i${(i * 7) % influencers}` : `m${(i * 11) % 15}`;
      op = { type: 'actors.move', moves: [{ id: who, x: ((i * 13) % 200) / 100 - 1, y: ((i * 29) % 100) / 100 }] };
    }
    const applied = applyOperation(map, op);
    map = applied.map;
    rows.push({ id: `e2e-${i}`, at: at.toISOString(), op, inverse: applied.inverse });
  }
  createJournaled(file, map, rows, 'e2e');
  return file;
}
