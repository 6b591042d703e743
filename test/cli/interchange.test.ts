/**
 * Interchange version 2 through the real `powermap` binary: a version-1 file imports with its
 * journal starting at the import, exports as version 2 with history, and importing that export
 * and exporting again gives the same file byte for byte; a bad version-2 file is refused naming
 * the field, and nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import { FIXTURES, tempDir } from '../store/helpers';
import { powermap } from './run';

describe('powermap import / export with interchange version 2', () => {
  it('v1 → import → export v2 → import → export v2 is the same file, and the journal starts with the import', () => {
    const dir = tempDir('pm-cli-ic-');
    const v1 = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8'));
    const first = path.join(dir, 'first.powermap');
    expect(powermap(['import', path.join(FIXTURES, 'council-9.json'), first]).code).toBe(0);
    const doc = MapDocument.open(first, { readOnly: true });
    expect(doc.journal()).toHaveLength(1);
    doc.close();

    const a = path.join(dir, 'a.json');
    const exportA = powermap(['export', first, '--format', 'json', '--out', a]);
    expect(exportA.code, exportA.stderr).toBe(0);
    const exported = JSON.parse(fs.readFileSync(a, 'utf8'));
    expect(exported).toMatchObject({ format: 'powermap', version: 2, snapshots: [], meetings: [], votes: [] });
    expect(exported.history).toHaveLength(v1.actors.length);
    exported.history.forEach((h: Record<string, unknown>, i: number) => {
      const { id, x, y, pYes, pPresent, recused } = v1.actors[i];
      expect(h).toEqual({ at: exported.history[0].at, actor: id, x, y, pYes, pPresent, recused });
    });

    // A meeting and a vote recorded in the map travel with it.
    const edit = MapDocument.open(first);
    edit.apply({ type: 'meeting.add', meeting: { id: 'mt1', date: '2026-09-14', with: ['m5'], attendees: 'Olga', ask: 'Co-sponsor', response: 'undecided', commitment: '', followUp: { owner: 'Olga', due: '2026-09-28', done: false }, notes: '' } });
    edit.apply({ type: 'actors.move', moves: [{ id: 'm5', x: 0.3, y: 0.65 }] }, { meeting: 'mt1' });
    edit.apply({ type: 'vote.add', vote: { id: 'v1', date: '2026-11-03', measure: 'No Polimigra policy', ballots: { m1: 'yes', m9: 'no' }, executive: null, adopted: true } });
    edit.close();
    const b = path.join(dir, 'b.json');
    expect(powermap(['export', first, '--format', 'json', '--out', b]).code).toBe(0);
    const withMemory = JSON.parse(fs.readFileSync(b, 'utf8'));
    expect(withMemory.history.at(-1)).toMatchObject({ actor: 'm5', x: 0.3, y: 0.65, meeting: 'mt1' });
    expect(withMemory.meetings.map((m: { id: string }) => m.id)).toEqual(['mt1']);
    expect(withMemory.votes.map((v: { id: string }) => v.id)).toEqual(['v1']);

    const second = path.join(dir, 'second.powermap');
    expect(powermap(['import', b, second]).code).toBe(0);
    const c = path.join(dir, 'c.json');
    expect(powermap(['export', second, '--format', 'json', '--out', c]).code).toBe(0);
    expect(fs.readFileSync(c, 'utf8')).toBe(fs.readFileSync(b, 'utf8'));
  }, 120_000);

  it('refuses a version-2 file with a bad history entry naming the field, and writes nothing', () => {
    const dir = tempDir('pm-cli-ic-');
    const v1 = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'council-9.json'), 'utf8'));
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ ...v1, version: 2, history: [{ at: '2026-09-14T18:30:00Z', actor: 'nobody', x: 0, y: 0.5 }] }));
    const r = powermap(['import', bad, path.join(dir, 'out.powermap')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('history[0].actor');
    expect(r.stderr).toContain('unknown actor "nobody"');
    expect(fs.readdirSync(dir)).toEqual(['bad.json']);
  }, 60_000);
});
