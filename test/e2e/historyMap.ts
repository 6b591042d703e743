/** A map file with three months of a campaign in its journal, for the history tests in Chromium. */
import fs from 'node:fs';
import path from 'node:path';
import { MapDocument } from '../../electron/store/document';
import { UNDO_LABEL } from '../../shared/history';
import { emptyMap, newActor } from '../../shared/model';

/** Five seats, a majority of the whole; three months of a campaign in the journal. */
export function campaignMap(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'riverton.powermap');
  const times = [
    '2026-09-04T18:00:00.000Z',
    '2026-09-05T15:00:00.000Z',
    '2026-09-20T20:00:00.000Z',
    '2026-10-03T14:00:00.000Z',
    '2026-10-10T14:00:00.000Z',
    '2026-10-15T14:00:00.000Z',
    '2026-11-01T14:00:00.000Z',
    '2026-11-03T23:00:00.000Z',
    '2026-11-05T14:00:00.000Z',
  ];
  const map = emptyMap('Riverton', 'No Polimigra', '2026-09-01T12:00:00.000Z');
  map.body = { ...map.body, name: 'Selectboard', seats: 5 };
  map.actors = [
    newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true, x: 0.9, y: 0.8 }),
    newActor('m2', 'decision-maker', 'Bea Lund', { seat: true, x: 0, y: 0.55 }),
    newActor('m3', 'decision-maker', 'Cal Ortiz', { seat: true, x: -0.9, y: 0.7 }),
    newActor('m4', 'decision-maker', 'Dan Moss', { seat: true, x: -0.5, y: 0.3 }),
    newActor('m5', 'decision-maker', 'Eve Park', { seat: true, x: 0.5, y: 0.45 }),
  ];
  const doc = MapDocument.create(file, map, { now: () => times.shift()! });
  doc.apply({
    type: 'meeting.add',
    meeting: { id: 'mt1', date: '2026-09-04', with: ['m2'], attendees: 'Olga', ask: 'Co-sponsor the policy', response: 'leaning-yes', commitment: '', followUp: null, notes: '' },
  });
  doc.apply({ type: 'actors.move', moves: [{ id: 'm2', x: 0.3, y: 0.6 }] }, { meeting: 'mt1' });
  doc.apply({ type: 'snapshot.add', snapshot: { id: 's1', name: 'September reportback', at: '2026-09-20T20:00:00.000Z' } });
  doc.apply({ type: 'actors.move', moves: [{ id: 'm4', x: -0.1, y: 0.35 }] }, { label: 'Spoke at the forum' });
  doc.apply({ type: 'actor.add', actor: newActor('i1', 'influencer', 'Faith coalition', { x: 0.75, y: 0.2 }) });
  doc.apply({ type: 'actors.move', moves: [{ id: 'm3', x: -0.5, y: 0.7 }] });
  doc.apply(doc.journal().at(-1)!.inverse, { label: UNDO_LABEL });
  doc.apply({ type: 'vote.add', vote: { id: 'v1', date: '2026-11-03', measure: 'First reading', ballots: { m1: 'yes', m2: 'yes', m3: 'no' }, executive: null, adopted: false } });
  doc.apply({ type: 'actors.move', moves: [{ id: 'm5', x: 0.85, y: 0.5 }] });
  doc.close();
  return file;
}
