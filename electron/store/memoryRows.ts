/** Campaign memory (schema version 5) as table rows, and back; JSON columns are validated on read. */
import type Database from 'better-sqlite3';
import type { CampaignMemory, Meeting, RecordedVote, Snapshot } from '../../shared/memory/model';
import { actorIds, ballotsSchema } from '../../shared/memory/schema';

type Row = Record<string, unknown>;

export function loadMemory(db: Database.Database): CampaignMemory {
  const all = (sql: string) => db.prepare(sql).all() as Row[];
  return {
    snapshots: all('SELECT * FROM snapshots ORDER BY pos').map((r): Snapshot => ({ id: r.id as string, name: r.name as string, at: r.at as string })),
    meetings: all('SELECT * FROM meetings ORDER BY pos').map(
      (r): Meeting => ({
        id: r.id as string,
        date: r.date as string,
        with: actorIds.parse(JSON.parse(r.with_ids as string)),
        attendees: r.attendees as string,
        ask: r.ask as string,
        response: r.response as Meeting['response'],
        commitment: r.commitment as string,
        followUp:
          r.follow_owner === null
            ? null
            : { owner: r.follow_owner as string, due: r.follow_due as string | null, done: r.follow_done === 1 || r.follow_done === 1n },
        notes: r.notes as string,
      }),
    ),
    votes: all('SELECT * FROM votes ORDER BY pos').map(
      (r): RecordedVote => ({
        id: r.id as string,
        date: r.date as string,
        measure: r.measure as string,
        ballots: ballotsSchema.parse(JSON.parse(r.ballots as string)),
        executive: r.executive as RecordedVote['executive'],
        adopted: r.adopted === 1 || r.adopted === 1n,
      }),
    ),
  };
}

export function memoryStatements(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    snapshot: {
      maxPos: p('SELECT COALESCE(MAX(pos), -1) AS m FROM snapshots').pluck(),
      upsert: p(`INSERT INTO snapshots (id, pos, name, at) VALUES (@id, @pos, @name, @at)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, at = excluded.at`),
      pos: p('UPDATE snapshots SET pos = ? WHERE id = ?'),
      delete: p('DELETE FROM snapshots WHERE id = ?'),
      row: (s: Snapshot, pos: number) => ({ ...s, pos }),
    },
    meeting: {
      maxPos: p('SELECT COALESCE(MAX(pos), -1) AS m FROM meetings').pluck(),
      upsert: p(`INSERT INTO meetings (id, pos, date, with_ids, attendees, ask, response, commitment, follow_owner, follow_due, follow_done, notes)
        VALUES (@id, @pos, @date, @withIds, @attendees, @ask, @response, @commitment, @followOwner, @followDue, @followDone, @notes)
        ON CONFLICT(id) DO UPDATE SET date = excluded.date, with_ids = excluded.with_ids, attendees = excluded.attendees,
          ask = excluded.ask, response = excluded.response, commitment = excluded.commitment,
          follow_owner = excluded.follow_owner, follow_due = excluded.follow_due, follow_done = excluded.follow_done,
          notes = excluded.notes`),
      pos: p('UPDATE meetings SET pos = ? WHERE id = ?'),
      delete: p('DELETE FROM meetings WHERE id = ?'),
      row: (m: Meeting, pos: number) => ({
        id: m.id,
        pos,
        date: m.date,
        withIds: JSON.stringify(m.with),
        attendees: m.attendees,
        ask: m.ask,
        response: m.response,
        commitment: m.commitment,
        followOwner: m.followUp ? m.followUp.owner : null,
        followDue: m.followUp ? m.followUp.due : null,
        followDone: m.followUp ? (m.followUp.done ? 1 : 0) : null,
        notes: m.notes,
      }),
    },
    vote: {
      maxPos: p('SELECT COALESCE(MAX(pos), -1) AS m FROM votes').pluck(),
      upsert: p(`INSERT INTO votes (id, pos, date, measure, ballots, executive, adopted)
        VALUES (@id, @pos, @date, @measure, @ballots, @executive, @adopted)
        ON CONFLICT(id) DO UPDATE SET date = excluded.date, measure = excluded.measure, ballots = excluded.ballots,
          executive = excluded.executive, adopted = excluded.adopted`),
      pos: p('UPDATE votes SET pos = ? WHERE id = ?'),
      delete: p('DELETE FROM votes WHERE id = ?'),
      row: (v: RecordedVote, pos: number) => ({ ...v, pos, ballots: JSON.stringify(v.ballots), adopted: v.adopted ? 1 : 0 }),
    },
  };
}
