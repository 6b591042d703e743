/**
 * The follow-ups calendar (RFC 5545), parsed back the way a calendar program reads it: lines end in
 * CRLF and none is longer than 75 octets; unfolded and unescaped, every text comes back exactly;
 * all-day dates; a UID that stays the same from one export to the next; both languages.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import type { Meeting } from '../../../shared/memory/model';
import { escapeText, foldLine, followUpsIcs, followUpUid } from '../../../shared/meetings/ics';
import { emptyMap, newActor, type PowerMap } from '../../../shared/model';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Unfolds (CRLF + one space or tab) and splits content lines into name, parameters and value. */
function parseIcs(text: string): Property[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  expect(unfolded.endsWith('\r\n')).toBe(true);
  return unfolded
    .slice(0, -2)
    .split('\r\n')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name: name!, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}

/** A TEXT value read back: `\n` and `\N` are newlines, `\\` `\;` `\,` their characters. */
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The VEVENTs as property maps. */
function events(text: string): Record<string, Property>[] {
  const out: Record<string, Property>[] = [];
  let current: Record<string, Property> | null = null;
  for (const p of parseIcs(text)) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = {};
    else if (p.name === 'END' && p.value === 'VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) current[p.name] = p;
  }
  return out;
}

const NOTES = 'Said "maybe", then: no; call back\\later\nSecond line\r\nThird — ñandú 🌽, and a very long sentence that certainly needs folding somewhere in the middle of it';

function map(): PowerMap {
  const m = emptyMap('Riverton', 'Selectboard', '2026-09-01T12:00:00.000Z');
  m.actors = [newActor('m1', 'decision-maker', 'Ana Ruiz'), newActor('m2', 'decision-maker', 'Bea Núñez')];
  const base: Omit<Meeting, 'id' | 'followUp'> = {
    date: '2026-09-14',
    with: ['m1', 'm2'],
    attendees: 'Olga; two Ward 3 voters',
    ask: 'Co-sponsor the policy, please',
    response: 'leaning-yes',
    commitment: 'Will read it',
    notes: NOTES,
  };
  m.meetings = [
    { ...base, id: 'mt1', followUp: { owner: 'Olga', due: '2026-12-31', done: false } },
    { ...base, id: 'mt2', with: ['m2', 'gone'], followUp: { owner: '', due: '2026-09-28', done: false } },
    { ...base, id: 'mt3', followUp: { owner: 'Olga', due: '2026-09-20', done: true } },
    { ...base, id: 'mt4', followUp: { owner: 'Olga', due: null, done: false } },
    { ...base, id: 'mt5', followUp: null },
  ];
  return m;
}

const NOW = new Date('2026-10-02T15:04:05.678Z');

describe('the follow-ups calendar', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is valid iCalendar with CRLF lines of at most 75 octets, and reads back exactly (${lang})`, () => {
      const text = followUpsIcs(map(), { t: createTranslator(lang), lang, now: NOW });
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.slice(0, -2).split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // The long descriptions were folded, so the check above has something to check.
      expect(text).toMatch(/\r\n /);

      const props = parseIcs(text);
      expect(props[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
      expect(props.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
      expect(props.find((p) => p.name === 'VERSION')!.value).toBe('2.0');
      expect(props.find((p) => p.name === 'PRODID')!.value).toMatch(/^-\/\/PowerMap\/\//);

      // Only open follow-ups with a date: not the done one, not the undated one, not the meeting without one.
      const evs = events(text);
      expect(evs.map((e) => e.UID!.value)).toEqual([followUpUid('mt1'), followUpUid('mt2')]);
      const [first, second] = evs as [Record<string, Property>, Record<string, Property>];
      expect(first.DTSTART).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261231' });
      expect(first.DTEND).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270101' });
      expect(first.DTSTAMP!.value).toBe('20261002T150405Z');
      expect(second.DTSTART!.value).toBe('20260928');

      const t = createTranslator(lang);
      const description = unescapeText(first.DESCRIPTION!.value);
      expect(description.split('\n')[0]).toBe(
        lang === 'en' ? 'Meeting on September 14, 2026 with Ana Ruiz and Bea Núñez.' : 'Reunión del 14 de septiembre de 2026 con Ana Ruiz y Bea Núñez.',
      );
      expect(description).toContain(t('meetings.ics.ask', { text: 'Co-sponsor the policy, please' }));
      expect(description).toContain(t('meetings.ics.response', { text: t('meetings.response.leaning-yes') }));
      expect(description).toContain(t('meetings.ics.attendees', { text: 'Olga; two Ward 3 voters' }));
      // The notes come back whole: quotes, `,;\`, each kind of line break (as one newline), accents, emoji.
      expect(description.endsWith(t('meetings.ics.notes', { text: NOTES.replace(/\r\n/g, '\n') }))).toBe(true);

      expect(unescapeText(first.SUMMARY!.value)).toBe(lang === 'en' ? 'Follow-up with Ana Ruiz and Bea Núñez (Olga)' : 'Seguimiento con Ana Ruiz y Bea Núñez (Olga)');
      // Nobody named as owner; someone no longer on the map is named by id.
      expect(unescapeText(second.SUMMARY!.value)).toBe(lang === 'en' ? 'Follow-up with Bea Núñez and gone' : 'Seguimiento con Bea Núñez y gone');
      expect(unescapeText(props.find((p) => p.name === 'X-WR-CALNAME')!.value)).toBe(t('meetings.ics.calendar', { town: 'Riverton' }));
    });
  }

  it('keeps each UID from one export to the next, so a calendar updates the event instead of adding one', () => {
    const t = createTranslator('en');
    const a = events(followUpsIcs(map(), { t, lang: 'en', now: NOW }));
    const later = map();
    later.meetings[0] = { ...later.meetings[0]!, followUp: { owner: 'Luis', due: '2027-01-15', done: false } };
    const b = events(followUpsIcs(later, { t, lang: 'en', now: new Date('2026-11-01T00:00:00Z') }));
    expect(b.map((e) => e.UID!.value)).toEqual(a.map((e) => e.UID!.value));
    expect(b[0]!.DTSTART!.value).toBe('20270115');
  });

  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\th\u0007i')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng\th' + 'i');
  });

  it('folds at 75 octets, each continuation starting with a space, never inside a character', () => {
    // 212 characters: 75 on the first line, 74 after each continuation's space.
    const ascii = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = ascii.split('\r\n');
    expect(lines.map((l) => l.length)).toEqual([75, 75, 64]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(ascii.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
    // "ñ" is two octets: a line that would end halfway through one stops before it.
    const wide = foldLine(`X:${'ñ'.repeat(100)}`);
    for (const l of wide.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(new TextEncoder().encode(wide.split('\r\n')[0]).length).toBe(74);
    expect(wide.replace(/\r\n /g, '')).toBe(`X:${'ñ'.repeat(100)}`);
    // A four-octet emoji stays whole too.
    const corn = foldLine(`X:${'🌽'.repeat(40)}`);
    expect(corn.replace(/\r\n /g, '')).toBe(`X:${'🌽'.repeat(40)}`);
    expect(corn).not.toContain('\uFFFD');
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
