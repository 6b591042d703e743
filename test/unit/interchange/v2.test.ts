/**
 * Interchange version 2 through the real store: exports carry the history computed from the
 * journal, imports turn it back into a journal that `mapAt` reads the same states from, and
 * version 1 → import → export → import → export is a fixed point.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../../electron/store/document';
import { StoreError } from '../../../electron/store/errors';
import { mapAt } from '../../../shared/history';
import { historyOf, journalSeed, toInterchangeV2, type HistoryEntry } from '../../../shared/interchange';
import { stateOf } from '../../../shared/interchange/history';
import type { PowerMap } from '../../../shared/model';
import { applyOperation } from '../../../shared/ops';
import { parseInterchange, parseInterchangeText } from '../../../shared/schema';
import { FIXTURES, fixtureMap, tempDir } from '../../store/helpers';
import { randomOp, rng } from '../randomOps';

function clock(start = Date.parse('2026-09-01T12:00:00Z')) {
  let t = start;
  return () => new Date((t += 60_000)).toISOString();
}

/** Each actor's state at `at` by the rule of DESIGN §10: its last entry at or before `at`. */
function statesAt(history: readonly HistoryEntry[], at: string) {
  const out = new Map<string, ReturnType<typeof stateOf>>();
  for (const h of history) if (Date.parse(h.at) <= Date.parse(at)) out.set(h.actor, stateOf(h));
  return out;
}

const statesOf = (map: PowerMap, only?: Set<string>) =>
  new Map(map.actors.filter((a) => !only || only.has(a.id)).map((a) => [a.id, stateOf(a)]));

function parsedOk(data: unknown, now = '2026-12-01T09:00:00.000Z') {
  const parsed = parseInterchange(data, now);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed;
}

/** Imports interchange data into a new map file as the app does, returning the open document. */
function importToFile(data: unknown, now = '2026-12-01T09:00:00.000Z'): MapDocument {
  const parsed = parsedOk(data, now);
  return MapDocument.create(path.join(tempDir('pm-ic-'), 'imported.powermap'), parsed.map, { now: () => now, history: parsed.history, journal: { device: 'dev-2', author: '' } });
}

const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

describe('interchange version 2', () => {
  it('v1 file → import → export v2 → import → export v2 is a fixed point, on real files', () => {
    const v1 = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8'));
    const first = importToFile(v1, '2026-10-02T08:00:00.000Z');
    const journal = first.journal();
    // The journal starts with the import: one entry in which everyone arrives.
    expect(journal).toHaveLength(1);
    expect(journal[0]!.at).toBe('2026-10-02T08:00:00.000Z');
    const exported = roundTrip(toInterchangeV2(first.map, journal));
    first.close();
    expect(exported.version).toBe(2);
    const history = exported.history as HistoryEntry[];
    expect(history.map((h) => h.actor)).toEqual(v1.actors.map((a: { id: string }) => a.id));
    expect(new Set(history.map((h) => h.at))).toEqual(new Set(['2026-10-02T08:00:00.000Z']));

    const second = importToFile(exported, '2026-12-24T00:00:00.000Z');
    const again = roundTrip(toInterchangeV2(second.map, second.journal()));
    second.close();
    expect(again).toEqual(exported);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    // Before the import nobody was on the map.
    const reopened = importToFile(exported);
    expect(mapAt(reopened.map, reopened.journal(), '2026-10-01T00:00:00Z').actors).toEqual([]);
    reopened.close();
  });

  it('exports the history of random edit sequences; the imported journal gives the same states at every time (8 × 25 edits)', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const r = rng(100 + seed);
      const doc = MapDocument.create(path.join(tempDir('pm-ic-'), `r${seed}.powermap`), fixtureMap('council-9.json'), { now: clock() });
      const times: string[] = [];
      for (let i = 0; i < 25; i++) {
        try {
          const meeting = r() < 0.3 ? { meeting: `mt${i}` } : undefined;
          times.push(doc.apply(randomOp(doc.map, r), meeting).updatedAt);
        } catch (e) {
          if (!(e instanceof StoreError)) throw e;
        }
      }
      const journal = doc.journal();
      const exported = roundTrip(toInterchangeV2(doc.map, journal));
      const history = exported.history as HistoryEntry[];
      const onMap = new Set(doc.map.actors.map((a) => a.id));
      // The exported history says what the journal says, at every time an edit was made.
      for (const at of times) expect(statesAt(history, at)).toEqual(statesOf(mapAt(doc.map, journal, at), onMap));
      // Each journal entry's meeting is on the entries it produced.
      for (const h of history.filter((x) => x.meeting)) expect(journal.some((e) => e.at === h.at && e.meeting === h.meeting)).toBe(true);

      const imported = importToFile(exported);
      const seeded = imported.journal();
      expect(new Set(seeded.map((e) => e.id)).size).toBe(seeded.length);
      for (const h of history) expect(statesOf(mapAt(imported.map, seeded, h.at))).toEqual(statesAt(history, h.at));
      expect(statesOf(imported.map)).toEqual(statesOf(doc.map));
      expect(roundTrip(toInterchangeV2(imported.map, seeded))).toEqual(exported);
      imported.close();
      doc.close();
    }
  }, 180_000);

  it('imports a hand-written v2 file: mapAt at each entry time gives its states, meetings ride on the journal', () => {
    const base = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8'));
    const m5 = base.actors.find((a: { id: string }) => a.id === 'm5');
    const others = base.actors.filter((a: { id: string }) => a.id !== 'm5');
    const state = (x: number | null, y: number | null, more: object = {}) => ({ x, y, pYes: null, pPresent: 1, recused: false, ...more });
    const file = {
      ...base,
      version: 2,
      history: [
        // Chen's chance was lower before the meeting.
        ...others.map((a: Record<string, unknown>) => ({ at: '2026-09-01T18:00:00Z', actor: a.id, x: a.x, y: a.y, pYes: a.id === 'm6' ? 0.3 : a.pYes, pPresent: a.pPresent, recused: a.recused })),
        { at: '2026-09-14T18:30:00Z', actor: 'm5', ...state(-0.6, 0.65) },
        { at: '2026-09-28T17:00:00Z', actor: 'm5', ...state(-0.3, 0.65), meeting: 'mt1' },
        { at: '2026-09-28T17:00:00Z', actor: 'm6', ...state(0.02, 0.4, { pYes: 0.55 }), meeting: 'mt1' },
        { at: '2026-10-20T12:00:00+02:00', actor: 'm5', ...state(m5.x, m5.y) },
      ],
      snapshots: [{ id: 's1', name: 'Before the October council meeting', at: '2026-10-01T00:00:00Z' }],
      meetings: [
        {
          id: 'mt1', date: '2026-09-28', with: ['m5'], attendees: 'Olga; two Ward 3 voters', ask: 'Co-sponsor the policy',
          response: 'undecided', commitment: 'Will read it', followUp: { owner: 'Olga', due: '2026-10-05', done: false }, notes: '',
        },
      ],
      votes: [{ id: 'v1', date: '2026-11-03', measure: 'No Polimigra policy', ballots: { m1: 'yes', m9: 'no' }, executive: null, adopted: true }],
    };
    const doc = importToFile(file);
    const journal = doc.journal();
    const history = (parsedOk(file).history as HistoryEntry[]).map((h) => ({ ...h, at: new Date(Date.parse(h.at)).toISOString() }));
    for (const h of history) expect(statesOf(mapAt(doc.map, journal, h.at))).toEqual(statesAt(history, h.at));
    // Before its first entry m5 was not on the map; between entries it keeps the earlier state.
    expect(mapAt(doc.map, journal, '2026-09-10T00:00:00Z').actors.some((a) => a.id === 'm5')).toBe(false);
    expect(mapAt(doc.map, journal, '2026-09-20T00:00:00Z').actors.find((a) => a.id === 'm5')).toMatchObject({ x: -0.6, y: 0.65 });
    expect(journal.map((e) => [e.at, e.meeting])).toEqual([
      ['2026-09-01T18:00:00.000Z', null],
      ['2026-09-14T18:30:00.000Z', null],
      ['2026-09-28T17:00:00.000Z', 'mt1'],
      ['2026-10-20T10:00:00.000Z', null],
    ]);
    expect(doc.map.snapshots).toEqual(file.snapshots);
    expect(doc.map.meetings).toEqual(file.meetings);
    expect(doc.map.votes).toEqual(file.votes);
    // The export gives the same back (times in the journal's own form).
    const exported = roundTrip(toInterchangeV2(doc.map, journal));
    expect(exported.history).toEqual(history.map(({ meeting, ...h }) => (meeting ? { ...h, meeting } : h)));
    expect({ ...exported, history: null }).toEqual({ ...roundTrip(parsedOk(file).map), format: 'powermap', version: 2, history: null });
    doc.close();
  });

  it("seeds entries whose ops replay the import exactly, links, blocks, scenarios and the body's roles included", () => {
    const map = fixtureMap('council-9.json');
    map.body = { ...map.body, tieBreaker: 'm1' };
    map.scenarios = [
      { id: 'sc1', name: 'Whitcomb moves', changes: [{ actor: 'm5', x: 0.5 }, { actor: 'm3', pYes: 0.9 }, { actor: 'm5', pPresent: 0.5 }] },
      { id: 'sc2', name: 'Chen absent', changes: [{ actor: 'm6', pPresent: 0 }] },
    ];
    map.links = [...map.links, { from: 'm1', to: 'm9', strength: 0.4 }, { from: 'i6', to: 'i1', strength: 0.3 }];
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      // Everyone arrives in a random order over a few moments, and some move afterwards.
      const order = map.actors.map((a) => a.id).sort(() => r() - 0.5);
      const history: HistoryEntry[] = [];
      order.forEach((id, i) => {
        const a = map.actors.find((x) => x.id === id)!;
        const at = `2026-09-0${1 + Math.floor((i * 4) / order.length)}T10:00:00.000Z`;
        if (r() < 0.4) history.push({ at, actor: id, ...stateOf(a), x: 0, y: 0.5, pYes: 0.5 });
        if (history.at(-1)?.actor !== id || r() < 0.5) history.push({ at: r() < 0.5 ? at : '2026-09-07T10:00:00.000Z', actor: id, ...stateOf(a) });
      });
      history.sort((p, q) => p.at.localeCompare(q.at));
      const last = new Map(history.map((h) => [h.actor, h]));
      for (const [id, h] of last) Object.assign(h, stateOf(map.actors.find((a) => a.id === id)!));
      const seed_ = journalSeed(map, history, '2026-12-01T00:00:00.000Z');
      // Backwards through the inverses, then forwards through the ops: every step exact.
      const maps: PowerMap[] = [map];
      for (let i = seed_.length - 1; i >= 0; i--) maps.unshift(applyOperation(maps[0]!, seed_[i]!.inverse).map);
      expect(maps[0]!.actors).toEqual([]);
      seed_.forEach((e, i) => {
        const forward = applyOperation(maps[i]!, e.op);
        expect(forward.map).toEqual(maps[i + 1]);
        expect(forward.inverse).toEqual(e.inverse);
      });
      expect(historyOf(map, seed_)).toEqual(history);
    }
  });

  it('names the bad field of a version-2 file', () => {
    const base = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8'));
    const v2 = roundTrip(toInterchangeV2(parsedOk(base).map, journalSeed(parsedOk(base).map, [], '2026-10-02T08:00:00.000Z')));
    const history = v2.history as Record<string, unknown>[];
    const problem = (data: unknown) => {
      const parsed = parseInterchange(data, 'T');
      expect(parsed.ok).toBe(false);
      return parsed.ok ? null : `${parsed.problems[0]!.field}: ${parsed.problems[0]!.message}`;
    };
    const withHistory = (h: Record<string, unknown>[]) => ({ ...v2, history: h });
    expect(problem(withHistory(history.map((h, i) => (i === 3 ? { ...h, actor: 'm99' } : h))))).toBe('history[3].actor: unknown actor "m99"');
    expect(problem(withHistory(history.map((h, i) => (i === 3 ? { ...h, x: 0.1 } : h))))).toBe(
      'history[3].x: the last entry for "m4" must equal its current x (0.25), not 0.1',
    );
    expect(problem(withHistory([...history, { ...history[0], at: '2026-01-01T00:00:00Z' }]))).toBe('history[16].at: earlier than the entry before it (history is oldest first)');
    expect(problem(withHistory(history.map((h, i) => (i === 0 ? { ...h, at: 'yesterday' } : h))))).toMatch(/^history\[0\]\.at: /);
    expect(problem({ ...v2, meetings: [{ id: 'mt1', date: '2026-02-30' }] })).toBe('meetings[0].date: not a calendar date');
    expect(problem({ ...v2, meetings: [{ id: 'mt1', date: '2026-02-03', response: 'maybe' }] })).toMatch(/^meetings\[0\]\.response: /);
    expect(problem({ ...v2, votes: [{ id: 'v1', date: '2026-11-03', ballots: { m1: 'si' }, adopted: true }] })).toMatch(/^votes\[0\]\.ballots\.m1: /);
    expect(problem({ ...v2, votes: [{ id: 'v1', date: '2026-11-03' }] })).toMatch(/^votes\[0\]\.adopted: /);
    const snap = { id: 's1', name: 'Before', at: '2026-10-01T00:00:00Z' };
    expect(problem({ ...v2, snapshots: [snap, snap] })).toBe('snapshots[1].id: duplicate id "s1"');
    expect(problem({ ...v2, snapshots: [{ ...snap, name: '' }] })).toMatch(/^snapshots\[0\]\.name: /);
  });

  it('fills defaults, ignores a v1 file’s version-2 fields, and lets meetings and votes name people who left', () => {
    const base = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8'));
    const v1 = parseInterchange({ ...base, history: 'anything', meetings: [{ id: 1 }] }, 'T');
    expect(v1).toMatchObject({ ok: true, history: [] });
    if (v1.ok) expect(v1.map.meetings).toEqual([]);
    const v2 = parsedOk({
      ...base,
      version: 2,
      meetings: [{ id: 'mt1', date: '2026-09-14', with: ['gone'] }],
      votes: [{ id: 'v1', date: '2026-11-03', ballots: { gone: 'absent' }, adopted: false }],
    });
    expect(v2.map.meetings).toEqual([
      { id: 'mt1', date: '2026-09-14', with: ['gone'], attendees: '', ask: '', response: 'no-commitment', commitment: '', followUp: null, notes: '' },
    ]);
    expect(v2.map.votes).toEqual([{ id: 'v1', date: '2026-11-03', measure: '', ballots: { gone: 'absent' }, executive: null, adopted: false }]);
    // No history: everyone arrives at the time of import, as for version 1.
    expect(v2.history).toEqual([]);
  });

  it('reads a version-2 file as text, and refuses a version it does not know', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8').replace('"version": 1', '"version": 2');
    expect(parseInterchangeText(text, 'T').ok).toBe(true);
    expect(parseInterchangeText(text.replace('"version": 2', '"version": 3'), 'T')).toMatchObject({ ok: false, problems: [{ field: 'version' }] });
  });
});
