/** How history is worded in the app, the reportback and the command line (EN/ES, locale dates). */
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import { formatNumber } from '../projectionWords';
import type { ActorState } from './shifted';
import type { SinceMoment } from './since';
import type { Standing } from './stance';
import { dateFormat, localeOf } from '../intlFormats';

/** Where someone stood: their column, "not placed" or "not on the map". */
export function standingWord(s: Standing, t: Translate): string {
  if (s === 'absent') return t('historyApp.absent');
  if (s === 'unplaced') return t('historyApp.unplaced');
  return t(`column.${s}`);
}

export const standingOf = (s: ActorState | null): Standing => (!s ? 'absent' : s.column === null ? 'unplaced' : s.column);

/** A change of chance in percentage points, signed, one decimal: "+22.6", "−3.0"; "—" when unknown. */
export function deltaPoints(delta: number | null, lang: Language): string {
  if (delta === null) return '—';
  return `${delta >= 0 ? '+' : '−'}${formatNumber(Math.abs(delta) * 100, lang, 1)}`;
}

export function dateTime(iso: string, lang: Language): string {
  return dateFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function shortDate(iso: string, lang: Language): string {
  return dateFormat(localeOf(lang), { dateStyle: 'medium' }).format(new Date(iso));
}

/** "the snapshot “Before the vote” (Oct 1, 2026, 6:30 PM)" or "Oct 1, 2026, 12:00 AM". */
export function sinceWords(moment: SinceMoment, lang: Language, t: Translate): string {
  const when = dateTime(moment.at, lang);
  return moment.snapshot ? t('historyApp.sinceSnapshot', { name: moment.snapshot.name, when }) : when;
}
