/** The meetings as CSV for the campaign spreadsheet, with the names of the decision-makers met. */
import type { Language } from '../contract';
import { BOM, toCsvRows } from '../export/csv';
import type { Translate } from '../i18n';
import type { PowerMap } from '../model';
import { namesMet } from './words';

const COLUMNS = ['date', 'with', 'attendees', 'ask', 'response', 'commitment', 'owner', 'due', 'done', 'notes', 'id'] as const;

export function meetingsCsv(map: PowerMap, o: { t: Translate; lang: Language }): string {
  const { t } = o;
  const rows: (string | null)[][] = [COLUMNS.map((k) => t(`meetings.csv.${k}`))];
  // Dates stay ISO (2026-09-28): every spreadsheet reads them as dates whatever its language.
  for (const m of [...map.meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    const f = m.followUp;
    rows.push([
      m.date,
      namesMet(map, m).join('; '),
      m.attendees,
      m.ask,
      t(`meetings.response.${m.response}`),
      m.commitment,
      f?.owner ?? '',
      f?.due ?? '',
      f ? t(f.done ? 'meetings.csv.yes' : 'meetings.csv.no') : '',
      m.notes,
      m.id,
    ]);
  }
  return BOM + toCsvRows(rows);
}
