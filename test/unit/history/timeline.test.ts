/** The timeline, one person's stance history and "since when", on journals written by the real store. */
import { describe, expect, it } from 'vitest';
import { choiceMoment, choiceSpec, lastReportback, resolveSince, sampleIndices, stanceHistory, timeline, UNDO_LABEL } from '../../../shared/history';
import { documentAt, threeSeats } from './maps';

function journaled() {
  const { doc } = documentAt(threeSeats(), ['2026-09-10T12:00:00.000Z', '2026-09-12T12:00:00.000Z', '2026-09-14T12:00:00.000Z', '2026-09-16T12:00:00.000Z']);
  doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.3, y: 0.6 }] }, { meeting: 'mt1' });
  doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.9, y: 0.6 }] }, { label: 'Spoke at the forum' });
  doc.apply(doc.journal().at(-1)!.inverse, { label: UNDO_LABEL });
  doc.apply({ type: 'snapshot.add', snapshot: { id: 's1', name: 'After the forum', at: '2026-09-16T12:00:00.000Z' } });
  const result = { map: doc.map, entries: doc.journal() };
  doc.close();
  return result;
}

describe('the timeline', () => {
  it('gives the chance after each change, with its note, and marks the snapshots', () => {
    const { map, entries } = journaled();
    const tl = timeline(map, entries);
    expect(tl.total).toBe(4);
    // 0.5 → Bea passive ally (0.75): 0.72625 → Bea active ally (0.95): 0.9025 + 2·0.95·0.05·0.05 = 0.90725 → undone → snapshot.
    expect(tl.points.map((p) => p.pAdopt)).toEqual([0.72625, 0.90725, 0.72625, 0.72625].map((x) => expect.closeTo(x, 12)));
    expect(tl.points.map((p) => p.kind)).toEqual(['do', 'do', 'undo', 'do']);
    expect(tl.points[0]).toMatchObject({ meeting: 'mt1', label: null, at: '2026-09-10T12:00:00.000Z' });
    // The undo carries the note of the edit it undid; the reserved mark is not a note.
    expect(tl.points[2]!.label).toBe('Spoke at the forum');
    expect(tl.marks).toEqual([{ kind: 'snapshot', id: 's1', name: 'After the forum', at: '2026-09-16T12:00:00.000Z' }]);
  });

  it('samples a long journal evenly, keeping the first and the newest', () => {
    expect(sampleIndices(5, 300)).toEqual([0, 1, 2, 3, 4]);
    const s = sampleIndices(10_000, 300);
    expect(s).toHaveLength(300);
    expect(s[0]).toBe(0);
    expect(s.at(-1)).toBe(9_999);
  });
});

describe('one person\u2019s stance history', () => {
  it('lists each change of column with the meeting or label behind it', () => {
    const { map, entries } = journaled();
    const moves = stanceHistory(map, entries, 'b');
    expect(moves.map((m) => [m.from, m.to, m.kind])).toEqual([
      [2, 3, 'do'],
      [3, 4, 'do'],
      [4, 3, 'undo'],
    ]);
    expect(moves[0]!.meeting).toBe('mt1');
    expect(moves[1]!.label).toBe('Spoke at the forum');
    expect(stanceHistory(map, entries, 'a')).toEqual([]);
  });
});

describe('since when', () => {
  const snaps = [
    { id: 's1', name: 'Before the October meeting', at: '2026-10-01T00:00:00Z' },
    { id: 's2', name: '2026-09-01', at: '2026-10-20T18:00:00Z' },
  ];
  it('takes a snapshot by id or exact name (before a date), else a date or date and time', () => {
    expect(resolveSince('s1', snaps)).toEqual({ at: '2026-10-01T00:00:00.000Z', snapshot: snaps[0] });
    expect(resolveSince('Before the October meeting', snaps)?.snapshot?.id).toBe('s1');
    expect(resolveSince('2026-09-01', snaps)?.snapshot?.id).toBe('s2');
    expect(resolveSince('2026-09-02T10:00:00Z', snaps)).toEqual({ at: '2026-09-02T10:00:00.000Z', snapshot: null });
    expect(resolveSince('2026-09-02', [])?.at).toBe(new Date(2026, 8, 2).toISOString());
    expect(resolveSince('before the october meeting', snaps)).toBeNull();
  });
  it('the last reportback is the latest snapshot', () => {
    expect(lastReportback(snaps)?.id).toBe('s2');
    expect(lastReportback([])).toBeNull();
  });
  it('the app\u2019s choices name a moment, and the spec the export and the CLI take', () => {
    expect(choiceMoment({ kind: 'last' }, snaps)?.snapshot?.id).toBe('s2');
    expect(choiceMoment({ kind: 'last' }, [])).toBeNull();
    expect(choiceMoment({ kind: 'snapshot', id: 's1' }, snaps)?.at).toBe('2026-10-01T00:00:00.000Z');
    expect(choiceMoment({ kind: 'snapshot', id: 'gone' }, snaps)).toBeNull();
    // A date is its local midnight, even when a snapshot carries that date as its name.
    expect(choiceMoment({ kind: 'date', date: '2026-09-01' }, snaps)).toEqual({ at: new Date(2026, 8, 1).toISOString(), snapshot: null });
    expect(choiceMoment({ kind: 'date', date: '' }, snaps)).toBeNull();
    expect(choiceSpec({ kind: 'last' }, snaps)).toBe('s2');
    expect(choiceSpec({ kind: 'date', date: '2026-09-01' }, snaps)).toBe(new Date(2026, 8, 1).toISOString());
    // And the spec resolves back to the same moment.
    expect(resolveSince(choiceSpec({ kind: 'date', date: '2026-09-01' }, snaps)!, snaps)?.at).toBe(new Date(2026, 8, 1).toISOString());
  });
});
