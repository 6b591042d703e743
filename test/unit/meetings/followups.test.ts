/**
 * Follow-ups relative to a local day, grouped by owner; the column a response suggests and the
 * moves that follow; the meetings CSV with the names of the people met.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import { parseDelimited } from '../../../shared/export/csv';
import type { Meeting } from '../../../shared/memory/model';
import { meetingsCsv } from '../../../shared/meetings/csv';
import { addDays, followUpsByOwner, followUpStatus, localDay, openFollowUps } from '../../../shared/meetings/followups';
import { chanceWithMoves, movesFor, suggestedColumn, suggestedMoves } from '../../../shared/meetings/suggest';
import { formatDay } from '../../../shared/meetings/words';
import { columnCentre, emptyMap, newActor, type PowerMap } from '../../../shared/model';

const meeting = (id: string, followUp: Meeting['followUp'], extra: Partial<Meeting> = {}): Meeting => ({
  id,
  date: '2026-09-01',
  with: ['m1'],
  attendees: '',
  ask: '',
  response: 'undecided',
  commitment: '',
  followUp,
  notes: '',
  ...extra,
});

describe('follow-ups', () => {
  it('counts days on the calendar, across months, years and a leap day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('is overdue before today, due today and in the coming week, later after that', () => {
    const today = '2026-10-10';
    expect(followUpStatus('2026-10-09', today)).toBe('overdue');
    expect(followUpStatus('2026-10-10', today)).toBe('due');
    expect(followUpStatus('2026-10-17', today)).toBe('due');
    expect(followUpStatus('2026-10-18', today)).toBe('later');
    expect(followUpStatus(null, today)).toBe('undated');
  });

  it('lists the open ones soonest first, grouped by owner (case and spacing ignored), nobody named last', () => {
    const meetings = [
      meeting('a', { owner: 'Olga', due: '2026-10-12', done: false }),
      meeting('b', { owner: ' olga ', due: '2026-10-01', done: false }),
      meeting('c', { owner: 'Ángel', due: '2026-10-11', done: false }),
      meeting('d', { owner: '', due: '2026-10-05', done: false }),
      meeting('e', { owner: 'Luis', due: '2026-09-01', done: true }),
      meeting('f', null),
      meeting('g', { owner: 'Luis', due: null, done: false }),
      meeting('h', { owner: 'Luis', due: '2026-12-01', done: false }),
    ];
    expect(openFollowUps(meetings, '2026-10-10').map((f) => f.meeting.id)).toEqual(['b', 'd', 'c', 'a', 'h', 'g']);
    const groups = followUpsByOwner(meetings, '2026-10-10', 'es');
    expect(groups.map((g) => [g.owner, g.items.map((f) => `${f.meeting.id}:${f.status}`)])).toEqual([
      ['Ángel', ['c:due']],
      ['Luis', ['h:later', 'g:undated']],
      ['olga', ['b:overdue', 'a:due']],
      ['', ['d:overdue']],
    ]);
    const urgent = followUpsByOwner(meetings, '2026-10-10', 'en', ['overdue', 'due']);
    expect(urgent.map((g) => g.owner)).toEqual(['Ángel', 'olga', '']);
  });
});

describe('what a response suggests', () => {
  const map = (): PowerMap => {
    const m = emptyMap('Riverton', '', '2026-09-01T00:00:00Z');
    m.actors = [
      newActor('m1', 'decision-maker', 'Ana', { x: 0, y: 0.7 }),
      newActor('m2', 'decision-maker', 'Bea', { x: 0.3, y: 0.2 }),
      newActor('m3', 'decision-maker', 'Cal'),
    ];
    return m;
  };

  it('maps each response to its whip column; no commitment suggests nothing', () => {
    expect(['no', 'leaning-no', 'undecided', 'leaning-yes', 'yes', 'no-commitment'].map((r) => suggestedColumn(r as Meeting['response']))).toEqual([0, 1, 2, 3, 4, null]);
    expect(suggestedMoves(map(), ['m1', 'm2'], 'no-commitment')).toEqual([]);
  });

  it('offers to move only those not already there, and moves them to the column centre at the same power', () => {
    const m = map();
    // Bea is already a passive ally; someone no longer on the map is skipped; Cal is not on the grid yet.
    const moves = suggestedMoves(m, ['m1', 'm2', 'gone', 'm3'], 'leaning-yes');
    expect(moves).toEqual([
      { id: 'm1', name: 'Ana', from: 2, to: 3 },
      { id: 'm3', name: 'Cal', from: null, to: 3 },
    ]);
    const placed: [string, number][] = [];
    const result = movesFor(m, moves, (id, col) => (placed.push([id, col]), { x: 0.45, y: 0.5 }));
    expect(result).toEqual([
      { id: 'm1', x: Math.round(columnCentre(3) * 1e4) / 1e4, y: 0.7 },
      { id: 'm3', x: 0.45, y: 0.5 },
    ]);
    expect(placed).toEqual([['m3', 3]]);
  });
});

describe('the chance the offer shows', () => {
  it('is the chance of adoption before and after the moves (hand-computed), or nothing when the map cannot be projected', () => {
    // Three seats, a majority of the whole (2): 0.95, 0.5 and 0.05; Bea to passive ally (0.75).
    const m = emptyMap('Riverton', '', '2026-09-01T00:00:00Z');
    m.body = { ...m.body, seats: 3 };
    m.actors = [
      newActor('a', 'decision-maker', 'Ana', { seat: true, x: 0.9, y: 0.5 }),
      newActor('b', 'decision-maker', 'Bea', { seat: true, x: 0, y: 0.5 }),
      newActor('c', 'decision-maker', 'Cal', { seat: true, x: -0.9, y: 0.5 }),
    ];
    const chance = chanceWithMoves(m, [{ id: 'b', x: 0.4, y: 0.5 }])!;
    expect(chance.before).toBeCloseTo(0.5, 12);
    expect(chance.after).toBeCloseTo(0.72625, 12);
    // More members than seats: the engine refuses the map, and the offer shows no chance.
    const over = { ...m, body: { ...m.body, seats: 2 } };
    expect(chanceWithMoves(over, [{ id: 'b', x: 0.4, y: 0.5 }])).toBeNull();
  });
});

describe('the meetings CSV', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`names the people met, translates the response, and defuses formulas (${lang})`, () => {
      const t = createTranslator(lang);
      const m = emptyMap('Riverton', '', '2026-09-01T00:00:00Z');
      m.actors = [newActor('m1', 'decision-maker', 'Ana Ruiz'), newActor('m2', 'decision-maker', 'Bea Núñez')];
      m.meetings = [
        meeting('mt2', null, { date: '2026-10-02', with: ['m2'], ask: '=HYPERLINK("x")', response: 'no-commitment' }),
        meeting('mt1', { owner: 'Olga', due: '2026-09-28', done: true }, { date: '2026-09-14', with: ['m1', 'm2'], ask: 'Co-sponsor, please', notes: 'line one\nline two' }),
      ];
      const rows = parseDelimited(meetingsCsv(m, { t, lang }), ',');
      expect(rows[0]).toEqual(['date', 'with', 'attendees', 'ask', 'response', 'commitment', 'owner', 'due', 'done', 'notes', 'id'].map((k) => t(`meetings.csv.${k}`)));
      expect(rows[1]).toEqual(['2026-09-14', 'Ana Ruiz; Bea Núñez', '', 'Co-sponsor, please', t('meetings.response.undecided'), '', 'Olga', '2026-09-28', t('meetings.csv.yes'), 'line one\nline two', 'mt1']);
      expect(rows[2]!.slice(0, 5)).toEqual(['2026-10-02', 'Bea Núñez', '', `'=HYPERLINK("x")`, t('meetings.response.no-commitment')]);
      expect(rows[2]![8]).toBe('');
    });
  }

  it('writes dates as each language does', () => {
    expect(formatDay('2026-09-14', 'en')).toBe('Sep 14, 2026');
    expect(formatDay('2026-09-14', 'es', 'long')).toBe('14 de septiembre de 2026');
  });
});
