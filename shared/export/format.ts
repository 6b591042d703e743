/** Numbers and dates as each language writes them, shared by every export. */
import type { Language } from '../contract';
import { dateFormat, localeOf, numberFormat } from '../intlFormats';

export function percent(p: number, lang: Language): string {
  return numberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(p);
}

export function decimal(n: number, lang: Language, digits = 1): string {
  return numberFormat(localeOf(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** A change in probability as percentage points, e.g. 0.123 → "12". */
export function points(delta: number, lang: Language): string {
  return numberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(delta * 100);
}

export function longDate(date: Date, lang: Language): string {
  return dateFormat(localeOf(lang), { dateStyle: 'long' }).format(date);
}

/** Paper the reportback prints on: Letter where the locale's region uses it, A4 elsewhere. */
export type Paper = 'a4' | 'letter';
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PR', 'SV', 'NI', 'DO', 'PA']);

export function paperForLocale(locale: string | null | undefined): Paper {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale ?? '')?.[1]?.toUpperCase();
  // Without a region, assume the app's users: Vermont, where Letter is the norm.
  return region === undefined || LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
