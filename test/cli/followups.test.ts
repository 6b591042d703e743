/** `powermap followups` through the real binary, on a map whose meetings were written by the real store. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../electron/store/document';
import type { Meeting } from '../../shared/memory/model';
import { addDays, localDay } from '../../shared/meetings/followups';
import { formatDay } from '../../shared/meetings/words';
import { emptyMap, newActor } from '../../shared/model';
import { sha256, tempDir } from '../store/helpers';
import { powermap } from './run';

// The binary runs in this process's time zone, so "today" is the same day for both.
const today = localDay(new Date());
const day = (n: number) => addDays(today, n);

function mapWithMeetings(dir = tempDir()): string {
  const file = path.join(dir, 'riverton.powermap');
  const map = emptyMap('Riverton', 'Selectboard', new Date().toISOString());
  map.actors = [newActor('m1', 'decision-maker', 'Ana Ruiz', { seat: true }), newActor('m2', 'decision-maker', 'Bea Núñez', { seat: true })];
  const doc = MapDocument.create(file, map);
  const meeting = (id: string, withIds: string[], ask: string, followUp: Meeting['followUp']): Meeting => ({
    id,
    date: day(-20),
    with: withIds,
    attendees: 'Olga',
    ask,
    response: 'undecided',
    commitment: '',
    followUp,
    notes: '',
  });
  for (const m of [
    meeting('mt1', ['m1'], 'Co-sponsor the policy', { owner: 'Olga', due: day(-3), done: false }),
    meeting('mt2', ['m1', 'm2'], 'Vote yes', { owner: 'Luis', due: day(2), done: false }),
    meeting('mt3', ['m2'], '', { owner: 'Olga', due: day(30), done: false }),
    meeting('mt4', ['m2'], 'Meet the coalition', { owner: 'Olga', due: day(-9), done: true }),
    meeting('mt5', ['m2'], 'Call back', { owner: '', due: day(0), done: false }),
  ]) {
    doc.apply({ type: 'meeting.add', meeting: m }, { meeting: m.id });
  }
  doc.close();
  return file;
}

describe('powermap followups', () => {
  it('lists the overdue and due follow-ups by owner, and says how many more are later', () => {
    const file = mapWithMeetings();
    const r = powermap(['followups', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        `Today: ${formatDay(today, 'en')}`,
        '',
        'Luis:',
        `  Due soon, ${formatDay(day(2), 'en')}: Ana Ruiz and Bea Núñez — Vote yes`,
        '',
        'Olga:',
        `  Overdue, ${formatDay(day(-3), 'en')}: Ana Ruiz — Co-sponsor the policy`,
        '',
        'No owner:',
        `  Due soon, ${formatDay(today, 'en')}: Bea Núñez — Call back`,
        '',
        '1 more open follow-up later or without a date (--all lists it).',
        '',
      ].join('\n'),
    );
  });

  it('speaks Spanish, and --all lists the later ones too', () => {
    const r = powermap(['followups', mapWithMeetings(), '--all', '--lang', 'es']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Hoy: ${formatDay(today, 'es')}`);
    expect(r.stdout).toContain(`  Atrasado, ${formatDay(day(-3), 'es')}: Ana Ruiz — Co-sponsor the policy`);
    expect(r.stdout).toContain(`  Vence pronto, ${formatDay(day(2), 'es')}: Ana Ruiz y Bea Núñez — Vote yes`);
    expect(r.stdout).toContain(`  Más adelante, ${formatDay(day(30), 'es')}: Bea Núñez — (sin petición anotada)`);
    expect(r.stdout).toContain('Sin responsable:');
    expect(r.stdout).not.toContain('Meet the coalition');
  });

  it('answers in JSON with --json', () => {
    const r = powermap(['followups', mapWithMeetings(), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.today).toBe(today);
    expect(out.owners.map((o: { owner: string }) => o.owner)).toEqual(['Luis', 'Olga', '']);
    expect(out.owners[1].followUps).toEqual([
      { meeting: 'mt1', date: day(-20), with: ['m1'], names: ['Ana Ruiz'], ask: 'Co-sponsor the policy', due: day(-3), status: 'overdue' },
    ]);
  });

  it('writes every open follow-up with a date to a calendar with --ics, and never over a map', () => {
    const dir = tempDir();
    const file = mapWithMeetings(dir);
    const out = path.join(dir, 'followups.ics');
    const r = powermap(['followups', file, '--ics', out, '--lang', 'es']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Se escribió ${out}: 4 seguimientos.`);
    const ics = fs.readFileSync(out, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/^UID:.*$/gm)!.map((l) => l.trim())).toEqual(['mt1', 'mt2', 'mt3', 'mt5'].map((id) => `UID:followup-${id}@powermap.local`));
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day(-3).replace(/-/g, '')}`);
    expect(ics).toContain('SUMMARY:Seguimiento con Ana Ruiz (Olga)');

    // Another map, or the map itself: refused, the file untouched, nothing listed.
    const other = mapWithMeetings(tempDir());
    for (const target of [other, file]) {
      const before = sha256(target);
      const refused = powermap(['followups', file, '--ics', target]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('An export never replaces a map');
      expect(refused.stdout).toBe('');
      expect(sha256(target)).toBe(before);
    }
  });

  it('exports the meetings and the follow-ups through `powermap export` too', () => {
    const file = mapWithMeetings();
    const csv = powermap(['export', file, '--format', 'meetings']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain('Ana Ruiz; Bea Núñez');
    const ics = powermap(['export', file, '--format', 'ics']);
    expect(ics.code, ics.stderr).toBe(0);
    expect(ics.stdout).toContain('SUMMARY:Follow-up with Ana Ruiz and Bea Núñez (Luis)');
  });

  it('explains itself with --help and refuses a missing map', () => {
    expect(powermap(['followups', '--help']).stdout).toContain('powermap followups <map.powermap> [--ics out.ics]');
    const missing = powermap(['followups']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Missing argument: <map>');
  });
});
