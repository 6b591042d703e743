/**
 * The open follow-ups as an iCalendar file (RFC 5545) for the organizers' calendars: one all-day
 * VEVENT per follow-up with a due date, its UID derived from the meeting's id (so importing the file
 * again updates the event rather than adding another), its text in the user's language. Lines end
 * in CRLF and are folded at 75 octets; text values escape `\`, `;`, `,` and newlines.
 */
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import type { Meeting } from '../memory/model';
import type { PowerMap } from '../model';
import { joinNames } from '../listFormat';
import { addDays } from './followups';
import { formatDay, namesMet } from './words';

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A TEXT value: backslash, semicolon and comma escaped, newlines as `\n`, other control characters dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** Folds one content line: no line longer than 75 octets, a character's bytes never split. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // A continuation line starts with a space, which counts towards its 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (day: string) => day.replace(/-/g, '');
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function describe(map: PowerMap, m: Meeting, t: Translate, lang: Language): string {
  const lines = [t('meetings.ics.met', { date: formatDay(m.date, lang, 'long'), names: joinNames(namesMet(map, m), lang) })];
  if (m.ask) lines.push(t('meetings.ics.ask', { text: m.ask }));
  lines.push(t('meetings.ics.response', { text: t(`meetings.response.${m.response}`) }));
  if (m.commitment) lines.push(t('meetings.ics.commitment', { text: m.commitment }));
  if (m.followUp?.owner.trim()) lines.push(t('meetings.ics.owner', { text: m.followUp.owner.trim() }));
  if (m.attendees) lines.push(t('meetings.ics.attendees', { text: m.attendees }));
  if (m.notes) lines.push(t('meetings.ics.notes', { text: m.notes }));
  return lines.join('\n');
}

/** UID of a meeting's follow-up event: stable across exports, unique to the meeting. */
export const followUpUid = (meetingId: string) => `followup-${meetingId}@powermap.local`;

/** The meetings whose follow-up goes in the calendar: not done, and with a date. */
export const calendarMeetings = (map: PowerMap): Meeting[] => map.meetings.filter((m) => m.followUp && !m.followUp.done && m.followUp.due);

export function followUpsIcs(map: PowerMap, o: { t: Translate; lang: Language; now: Date }): string {
  const { t, lang } = o;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//PowerMap//Follow-ups//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t('meetings.ics.calendar', { town: map.town }))}`,
  ];
  for (const m of calendarMeetings(map)) {
    const f = m.followUp!;
    const names = joinNames(namesMet(map, m), lang);
    const owner = f.owner.trim();
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(followUpUid(m.id))}`,
      `DTSTAMP:${utcStamp(o.now)}`,
      `DTSTART;VALUE=DATE:${basicDate(f.due!)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(f.due!, 1))}`,
      `SUMMARY:${escapeText(owner ? t('meetings.ics.summaryOwner', { names, owner }) : t('meetings.ics.summary', { names }))}`,
      `DESCRIPTION:${escapeText(describe(map, m, t, lang))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
