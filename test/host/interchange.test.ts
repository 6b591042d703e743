/**
 * The host's interchange paths through the contract: `maps.export` json writes version 2 from the
 * open map's journal, `maps.importJson` of that file starts the new map's journal from its history,
 * a dropped `.powermap` that opens as a copy keeps its meetings and history, and Save a copy of a
 * map whose file is gone keeps its campaign memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/host/dispatch';
import { Host } from '../../electron/host/handlers';
import { toInterchangeV2 } from '../../shared/interchange';
import { FIXTURES, tempDir } from '../store/helpers';

function host() {
  const dir = tempDir('pm-host-ic-');
  return new Host({ kind: 'browser', version: 't', dataDir: dir, mapsDir: path.join(dir, 'maps'), dialogs: null, systemLanguage: 'en' });
}

async function call<T>(h: Host, method: string, args: unknown): Promise<T> {
  const r = await dispatch(h.handlers, method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const meeting = {
  id: 'mt1', date: '2026-09-14', with: ['m5'], attendees: 'Olga', ask: 'Co-sponsor', response: 'leaning-yes' as const,
  commitment: 'Will read it', followUp: { owner: 'Olga', due: '2026-09-28', done: false }, notes: '',
};

describe('interchange version 2 in the host', () => {
  it('exports version 2 from the journal and imports it back with the same history', async () => {
    const h = host();
    const text = fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8');
    const { docId } = await call<{ docId: string }>(h, 'maps.importJson', { text });
    expect(h.docById(docId).journal()).toHaveLength(1);
    await call(h, 'maps.apply', { docId, op: { type: 'meeting.add', meeting } });
    await call(h, 'maps.apply', { docId, op: { type: 'actors.move', moves: [{ id: 'm5', x: 0.35, y: 0.6 }] }, note: { meeting: 'mt1' } });
    const file = await call<{ base64: string }>(h, 'maps.export', { docId, format: 'json', lang: 'en', paper: 'letter' });
    const exported = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(exported).toMatchObject({ version: 2, meetings: [meeting] });
    expect(exported.history.at(-1)).toMatchObject({ actor: 'm5', x: 0.35, y: 0.6, meeting: 'mt1' });

    const again = await call<{ docId: string }>(h, 'maps.importJson', { text: JSON.stringify(exported) });
    const doc = h.docById(again.docId);
    expect(doc.map.meetings).toEqual([meeting]);
    expect(doc.journal().map((e) => e.meeting)).toEqual([null, 'mt1']);
    expect(JSON.parse(JSON.stringify(toInterchangeV2(doc.map, doc.journal())))).toEqual(exported);
    h.closeAll();
  });

  it('a dropped .powermap opened as a copy keeps its meetings and history', async () => {
    const h = host();
    const { docId } = await call<{ docId: string }>(h, 'maps.importJson', { text: fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8') });
    await call(h, 'maps.apply', { docId, op: { type: 'meeting.add', meeting } });
    await call(h, 'maps.apply', { docId, op: { type: 'actors.move', moves: [{ id: 'm5', x: 0.35, y: 0.6 }] }, note: { meeting: 'mt1' } });
    const source = h.docById(docId);
    const want = JSON.parse(JSON.stringify(toInterchangeV2(source.map, source.journal())));
    // A copy of the file elsewhere, as a browser hands it over: not among this host's maps.
    const elsewhere = path.join(tempDir('pm-drop-'), 'theirs.powermap');
    await source.saveCopy(elsewhere);
    const bytes = fs.readFileSync(elsewhere);
    const dropped = await call<{ docId: string; dropped: string }>(h, 'maps.importFile', { name: 'theirs.powermap', base64: bytes.toString('base64') });
    expect(dropped.dropped).toBe('copy');
    const copy = h.docById(dropped.docId);
    expect(JSON.parse(JSON.stringify(toInterchangeV2(copy.map, copy.journal())))).toEqual(want);
    h.closeAll();
  });

  it('Save a copy of a map held only in the window keeps its campaign memory', async () => {
    const h = host();
    const { docId } = await call<{ docId: string }>(h, 'maps.importJson', { text: fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8') });
    await call(h, 'maps.apply', { docId, op: { type: 'meeting.add', meeting } });
    const map = h.docById(docId).map;
    const saved = await call<{ docId: string }>(h, 'maps.saveAs', { docId, map: toInterchangeV2(map, []) });
    expect(h.docById(saved.docId).map.meetings).toEqual([meeting]);
    h.closeAll();
  });
});
