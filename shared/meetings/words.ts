/** How meetings read in the user's language: names of the people met, and dates as the locale writes them. */
import type { Language } from '../contract';
import type { Meeting } from '../memory/model';
import type { PowerMap } from '../model';
import { dateFormat, localeOf } from '../intlFormats';

/** The names of the decision-makers met; someone since removed from the map is named by id. */
export function namesMet(map: PowerMap, meeting: Meeting): string[] {
  const names = namesById(map.actors);
  return meeting.with.map((id) => names.get(id) ?? id);
}

/** Each actor's name by id, once per actors list (a list of meetings names thousands against thousands). */
const nameIndexes = new WeakMap<PowerMap['actors'], ReadonlyMap<string, string>>();
function namesById(actors: PowerMap['actors']): ReadonlyMap<string, string> {
  let index = nameIndexes.get(actors);
  if (!index) nameIndexes.set(actors, (index = new Map(actors.map((a) => [a.id, a.name]))));
  return index;
}

/** A calendar day (YYYY-MM-DD) as the language writes it: "Sep 28, 2026" / "28 sept 2026". */
export function formatDay(day: string, lang: Language, style: 'medium' | 'long' | 'full' = 'medium'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC, formatted in UTC: the same calendar day wherever the computer is.
  return dateFormat(localeOf(lang), { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

