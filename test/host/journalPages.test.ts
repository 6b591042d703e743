/**
 * A long journal read as text, a page per call (maps.journalText), through the host's dispatch:
 * the pages together are the journal, in order; each page holds at most JOURNAL_PAGE entries; and
 * an edit made between two pages is not in them (the pages stop where the journal ended when the
 * first was read), so the pages always make one journal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/host/dispatch';
import { Host, JOURNAL_PAGE, keyOf } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import type { JournalPage } from '../../shared/history/types';
import { parseJournalText } from '../../shared/history/types';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { applyOperation, type Operation } from '../../shared/ops';
import { createJournaled, tempDir, type MadeEntry } from '../store/helpers';

async function call<T>(h: Host, method: string, args: unknown): Promise<T> {
  const r = await dispatch(h.handlers, method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

describe('a journal read as text, a page at a time', () => {
  it('gives the whole journal in pages of at most JOURNAL_PAGE, and none of an edit made meanwhile', async () => {
    const dir = tempDir('pm-journal-pages-');
    const mapsDir = path.join(dir, 'maps');
    fs.mkdirSync(mapsDir);
    const file = path.join(mapsDir, 'long.powermap');
    let map: PowerMap = emptyMap('Riverton', 'Long journal', '2026-01-01T00:00:00.000Z');
    map.actors = [newActor('a', 'influencer', 'Ana')];
    const made: MadeEntry[] = [];
    const count = 2 * JOURNAL_PAGE + 7;
    for (let i = 0; i < count; i++) {
      const op: Operation = { type: 'actors.move', moves: [{ id: 'a', x: (i % 200) / 100 - 1, y: 0.5 }] };
      const applied = applyOperation(map, op);
      map = applied.map;
      made.push({ id: `e${i}`, at: new Date(Date.parse('2026-01-02T00:00:00.000Z') + i * 60_000).toISOString(), op, inverse: applied.inverse });
    }
    createJournaled(file, map, made, 'test');
    const h = new Host({ kind: 'browser', version: 't', dataDir: dir, mapsDir, dialogs: null, systemLanguage: 'en' });
    try {
      const { docId } = await call<{ docId: string }>(h, 'maps.open', { key: keyOf(file) });
      const pages: JournalPage[] = [await call<JournalPage>(h, 'maps.journalText', { docId })];
      // An edit after the first page: journaled, but past the end the pages read to.
      await call(h, 'maps.apply', { docId, op: { type: 'actors.move', moves: [{ id: 'a', x: 0.9, y: 0.9 }] } });
      while (!pages.at(-1)!.done) {
        const { last, upTo } = pages.at(-1)!;
        pages.push(await call<JournalPage>(h, 'maps.journalText', { docId, after: last, upTo }));
      }
      expect(pages).toHaveLength(3);
      expect(pages.map((p) => (JSON.parse(p.text) as unknown[]).length)).toEqual([JOURNAL_PAGE, JOURNAL_PAGE, 7]);
      const read = parseJournalText(pages.map((p) => p.text));
      const doc = MapDocument.open(file, { readOnly: true });
      try {
        const journal = doc.journal();
        expect(journal).toHaveLength(count + 1);
        expect(read).toEqual(journal.slice(0, count));
      } finally {
        doc.close();
      }
      // What is left after a seq, shorter than a page, is one page (the edit made meanwhile included: no end was given).
      const short = await call<JournalPage>(h, 'maps.journalText', { docId, after: count - 3 });
      expect([JSON.parse(short.text).length, short.done]).toEqual([4, true]);
    } finally {
      h.closeAll();
    }
  });
});
