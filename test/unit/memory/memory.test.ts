/**
 * Campaign memory in the map: snapshots, meetings and recorded votes are operations with exact
 * inverses, are stored in their own tables (schema version 5), are journaled like any edit, and an
 * older file upgrades to hold them.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../../electron/store/document';
import { StoreError } from '../../../electron/store/errors';
import { mapAt } from '../../../shared/history';
import type { Meeting, RecordedVote } from '../../../shared/memory/model';
import type { PowerMap } from '../../../shared/model';
import { operationSchema } from '../../../shared/opSchema';
import { applyOperation, type Operation } from '../../../shared/ops';
import { fixtureMap, tempDir } from '../../store/helpers';

const meeting: Meeting = {
  id: 'mt1',
  date: '2026-09-14',
  with: ['m2'],
  attendees: 'Olga; two Ward 3 voters',
  ask: 'Co-sponsor the policy',
  response: 'undecided',
  commitment: 'Will read it',
  followUp: { owner: 'Olga', due: '2026-09-28', done: false },
  notes: '',
};
const vote: RecordedVote = {
  id: 'v1',
  date: '2026-11-03',
  measure: 'No Polimigra policy',
  ballots: { m1: 'yes', m2: 'no', m3: 'abstain' },
  executive: null,
  adopted: true,
};

const EDITS: Operation[] = [
  { type: 'snapshot.add', snapshot: { id: 's1', name: 'Before the October council meeting', at: '2026-10-01T00:00:00Z' } },
  { type: 'meeting.add', meeting },
  { type: 'meeting.add', meeting: { ...meeting, id: 'mt0', followUp: null, response: 'no-commitment' }, index: 0 },
  { type: 'meeting.update', id: 'mt1', patch: { response: 'leaning-yes', followUp: { owner: 'Olga', due: '2026-09-28', done: true } } },
  { type: 'vote.add', vote },
  { type: 'vote.update', id: 'v1', patch: { ballots: { m1: 'yes', m2: 'yes' }, executive: 'signed' } },
  { type: 'snapshot.update', id: 's1', patch: { name: 'Renamed' } },
  { type: 'meeting.delete', id: 'mt0' },
  { type: 'snapshot.delete', id: 's1' },
];

const withoutStamp = (m: PowerMap) => ({ ...m, updatedAt: '' });

describe('campaign memory', () => {
  it('every edit passes the operation schema and its inverse restores the map exactly', () => {
    let map = fixtureMap('council-9.json');
    for (const op of EDITS) {
      expect(operationSchema.parse(op)).toEqual(op);
      const { map: next, inverse } = applyOperation(map, op);
      expect(operationSchema.safeParse(inverse).success).toBe(true);
      expect(applyOperation(next, inverse).map).toEqual(map);
      map = next;
    }
    expect(map.meetings.map((m) => [m.id, m.response, m.followUp?.done])).toEqual([['mt1', 'leaning-yes', true]]);
    expect(map.votes[0]!.ballots).toEqual({ m1: 'yes', m2: 'yes' });
    expect(map.snapshots).toEqual([]);
  });

  it('refuses what does not fit, naming it', () => {
    const map = fixtureMap('council-9.json');
    expect(() => applyOperation(map, { type: 'meeting.delete', id: 'nope' })).toThrow('unknown-meeting: nope');
    const once = applyOperation(map, { type: 'vote.add', vote }).map;
    expect(() => applyOperation(once, { type: 'vote.add', vote })).toThrow('duplicate-id: v1');
    expect(operationSchema.safeParse({ type: 'meeting.add', meeting: { ...meeting, date: '2026-02-30' } }).success).toBe(false);
    expect(operationSchema.safeParse({ type: 'meeting.add', meeting: { ...meeting, response: 'maybe' } }).success).toBe(false);
    expect(operationSchema.safeParse({ type: 'vote.add', vote: { ...vote, ballots: { m1: 'present' } } }).success).toBe(false);
  });

  it('is stored in a real file, survives reopening, and every past moment rebuilds from the journal', () => {
    const file = path.join(tempDir(), 'memory.powermap');
    let t = Date.parse('2026-09-01T12:00:00Z');
    const doc = MapDocument.create(file, fixtureMap('council-9.json'), { now: () => new Date((t += 60_000)).toISOString(), journal: { device: 'd', author: 'A' } });
    const recorded: { at: string; map: PowerMap }[] = [];
    for (const op of EDITS) recorded.push({ at: doc.apply(op, { meeting: 'mt1' }).updatedAt, map: doc.map });
    expect(() => doc.apply({ type: 'vote.delete', id: 'nope' })).toThrow(StoreError);
    const final = doc.map;
    doc.close();
    const again = MapDocument.open(file);
    expect(withoutStamp(again.map)).toEqual(withoutStamp(final));
    const entries = again.journal();
    expect(entries).toHaveLength(EDITS.length);
    expect(entries.every((e) => e.meeting === 'mt1')).toBe(true);
    for (const { at, map } of recorded) expect(withoutStamp(mapAt(again.map, entries, at))).toEqual(withoutStamp(map));
    again.close();
  });

  it('a version 4 file upgrades after its backup and then holds meetings', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.powermap');
    MapDocument.create(file, fixtureMap('council-9.json')).close();
    const db = new Database(file);
    db.exec('DROP TABLE snapshots; DROP TABLE meetings; DROP TABLE votes; PRAGMA user_version = 4;');
    db.close();
    const doc = MapDocument.open(file);
    expect(doc.map.meetings).toEqual([]);
    doc.apply({ type: 'meeting.add', meeting });
    doc.close();
    expect(fs.readdirSync(dir).some((f) => f.includes('.bak'))).toBe(true);
    const reopened = MapDocument.open(file);
    expect(reopened.map.meetings).toEqual([meeting]);
    reopened.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(5);
    raw.close();
  });
});
