/**
 * The meetings CSV and the follow-ups calendar through the host's `maps.export`, as both hosts
 * serve it: the browser host hands the bytes back to download, a desktop host writes where its
 * save dialog says (and never over a map).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Host } from '../../electron/host/handlers';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { emptyMap, newActor } from '../../shared/model';
import { sha256, tempDir } from '../store/helpers';

function seeded(dir: string): string {
  const file = path.join(dir, 'riverton.powermap');
  const map = emptyMap('Riverton', 'Selectboard', '2026-09-01T00:00:00.000Z');
  map.actors = [newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true })];
  map.meetings = [
    { id: 'mt1', date: '2026-09-14', with: ['m1'], attendees: 'Olga', ask: 'Co-sponsor', response: 'yes', commitment: '', followUp: { owner: 'Olga', due: '2026-09-28', done: false }, notes: '' },
  ];
  MapDocument.create(file, map).close();
  return file;
}

describe('exporting meetings and follow-ups from the app', () => {
  it('hands the browser the bytes, named after the town and the day, in the chosen language', async () => {
    const dir = tempDir();
    const file = seeded(dir);
    const host = new Host({ kind: 'browser', version: 't', dataDir: dir, mapsDir: dir, dialogs: null, systemLanguage: 'en' });
    try {
      const { docId } = host.openPath(file);
      const ics = await host.handlers['maps.export']({ docId, format: 'ics', lang: 'es', paper: 'letter' });
      expect(ics.fileName).toMatch(/^riverton-\d{4}-\d{2}-\d{2}\.followups\.ics$/);
      expect(ics.mime).toBe('text/calendar;charset=utf-8');
      const text = Buffer.from(ics.base64!, 'base64').toString('utf8');
      expect(text).toContain('DTSTART;VALUE=DATE:20260928\r\n');
      expect(text).toContain('SUMMARY:Seguimiento con Ana Ruiz (Olga)\r\n');
      const csv = await host.handlers['maps.export']({ docId, format: 'meetings', lang: 'en', paper: 'letter' });
      expect(csv.fileName).toMatch(/\.meetings\.csv$/);
      expect(Buffer.from(csv.base64!, 'base64').toString('utf8')).toContain('2026-09-14,Ana Ruiz,Olga,Co-sponsor,Yes');
    } finally {
      host.closeAll();
    }
  });

  it('writes where the desktop save dialog says, and refuses a map there', async () => {
    const dir = tempDir();
    const file = seeded(dir);
    let chosen = path.join(dir, 'calendar.ics');
    const host = new Host({
      kind: 'electron',
      version: 't',
      dataDir: dir,
      mapsDir: dir,
      systemLanguage: 'en',
      dialogs: { chooseNewMapPath: async () => null, chooseMapToOpen: async () => null, chooseSaveAsPath: async () => null, chooseExportPath: async () => chosen },
    });
    try {
      const { docId } = host.openPath(file);
      const r = await host.handlers['maps.export']({ docId, format: 'ics', lang: 'en', paper: 'letter' });
      expect(r).toEqual({ fileName: 'calendar.ics', mime: 'text/calendar;charset=utf-8', base64: null });
      expect(fs.readFileSync(chosen, 'utf8')).toContain('UID:followup-mt1@powermap.local\r\n');
      chosen = file;
      const before = sha256(file);
      const refused = await Promise.resolve(host.handlers['maps.export']({ docId, format: 'meetings', lang: 'en', paper: 'letter' })).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StoreError);
      expect((refused as StoreError).code).toBe('replaces-map');
      expect(sha256(file)).toBe(before);
    } finally {
      host.closeAll();
    }
  });
});
