/** How a recorded vote reads in each language: its calendar date, the Brier score. */
import type { Language } from '../contract';
import { formatNumber } from '../projectionWords';
import { dateFormat, localeOf } from '../intlFormats';

/** A calendar date (YYYY-MM-DD) written out in the language, the same day wherever the reader is. */
export function calendarDateText(date: string, lang: Language, style: 'long' | 'medium' = 'long'): string {
  return dateFormat(localeOf(lang), { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A Brier score with three decimals (0,043 in Spanish); a dash when there is none. */
export function brierText(brier: number | null, lang: Language): string {
  return brier === null ? '—' : formatNumber(brier, lang, 3);
}
