/**
 * The journal through the real store: one entry per committed edit, in the edit's transaction; the
 * map at any past moment rebuilt from it equals the map recorded at that moment.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../../electron/store/document';
import { StoreError } from '../../../electron/store/errors';
import { mapAt, rewindTo, statesAt } from '../../../shared/history';
import type { PowerMap } from '../../../shared/model';
import { fixtureMap, tempDir } from '../../store/helpers';
import { randomOp, rng } from '../randomOps';

const withoutStamp = (m: PowerMap) => ({ ...m, updatedAt: '' });

function clock(start = Date.parse('2026-09-01T12:00:00Z')) {
  let t = start;
  return () => new Date((t += 60_000)).toISOString();
}

describe('the journal', () => {
  it('rebuilds every past moment of random edit sequences exactly (12 sequences × 30 edits)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      const file = path.join(tempDir(), `j${seed}.powermap`);
      const doc = MapDocument.create(file, fixtureMap('council-9.json'), { now: clock(), journal: { device: 'dev-1', author: 'Olga' } });
      const recorded: { at: string; map: PowerMap }[] = [];
      let refused = 0;
      for (let i = 0; i < 30; i++) {
        try {
          const { updatedAt } = doc.apply(randomOp(doc.map, r));
          recorded.push({ at: updatedAt, map: doc.map });
        } catch (e) {
          if (!(e instanceof StoreError)) throw e;
          refused++;
        }
      }
      const entries = doc.journal();
      // Refused edits leave no entry: the journal holds exactly what the map holds.
      expect(entries).toHaveLength(recorded.length);
      expect(entries.length + refused).toBe(30);
      expect(entries.every((e) => e.device === 'dev-1' && e.author === 'Olga')).toBe(true);
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      for (const { at, map } of recorded) expect(withoutStamp(mapAt(doc.map, entries, at))).toEqual(withoutStamp(map));
      // Where the grid's arrows start (statesAt): worked out when the journal ended a few edits
      // later, it is what the whole journal gives (no later edit changes it), and what rewindTo
      // keeps of the journal is enough to work it out.
      for (const [k, { at }] of recorded.entries()) {
        const whole = statesAt(doc.map, entries, at);
        const k2 = Math.min(k + 1 + (seed % 5), recorded.length - 1);
        expect(statesAt(recorded[k2]!.map, entries.slice(0, k2 + 1), at)).toEqual(whole);
        expect(statesAt(doc.map, rewindTo(entries, at), at)).toEqual(whole);
        expect([...whole.keys()]).toEqual(recorded[k]!.map.actors.map((a) => a.id));
      }
      // Before the first edit: the map as created.
      expect(withoutStamp(mapAt(doc.map, entries, '2026-09-01T12:00:00Z'))).toEqual(withoutStamp({ ...fixtureMap('council-9.json') }));
      doc.close();
      // And it survives closing the file.
      const again = MapDocument.open(file);
      expect(again.journal()).toEqual(entries);
      // Its last entries alone, in order (a reopened map replays its undo steps from those), and pages of it.
      expect(again.journal({ last: 5 })).toEqual(entries.slice(-5));
      expect(again.journal({ last: entries.length + 10 })).toEqual(entries);
      const end = again.journalEnd();
      expect(end).toBe(entries.at(-1)!.seq);
      expect(again.journal({ after: entries[2]!.seq, limit: 4 })).toEqual(entries.slice(3, 7));
      expect(again.journal({ after: entries[2]!.seq, upTo: entries[4]!.seq })).toEqual(entries.slice(3, 5));
      again.close();
    }
    // Hundreds of fsynced edits on a shared machine.
  }, 180_000);

  it('is empty for an older map, which opens and upgrades as before', () => {
    const file = path.join(tempDir(), 'old.powermap');
    MapDocument.create(file, fixtureMap('council-9.json')).close();
    const doc = MapDocument.open(file);
    expect(doc.journal()).toEqual([]);
    doc.close();
  });
});
