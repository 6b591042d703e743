/**
 * Intl formatters, made once per locale and options and kept: building one costs far more than
 * formatting with it, and lists format a date or a number per row (a thousand meetings' dates
 * and a timeline's marks held the page for hundreds of milliseconds, most of it making formatters).
 */
import type { Language } from './contract';

/** The locale each language writes in: plain 'es', as the panels write numbers (4,9 · 50 %), so the room and the exports show the same figures. */
export const localeOf = (lang: Language): string => (lang === 'es' ? 'es' : 'en-US');

const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

function kept<F>(cache: Map<string, F>, locale: string, options: object, make: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  kept(dates, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  kept(numbers, locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  kept(lists, locale, options, () => new Intl.ListFormat(locale, options));
