/**
 * CSV for the campaign spreadsheet: the actors with their projection, the totals, then the influence
 * links (who can reach whom, by id and by name, with their strength). UTF-8 with a
 * byte-order mark (so Excel reads "Núñez" right), RFC 4180 quoting, and text cells that a
 * spreadsheet would run as a formula prefixed with an apostrophe.
 */
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import { column, isPlaced, type PowerMap } from '../model';
import { pathCsvRows } from './pathExport';
import type { VoteCount } from './voteCount';

export const BOM = '\uFEFF';
type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would treat as a formula gets a leading apostrophe; numbers stay numbers. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(v: Cell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : escapeFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsvRows(rows: Cell[][]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function mapCsv(map: PowerMap, o: { t: Translate; lang: Language; voteCount: VoteCount }): string {
  const { t } = o;
  const blockOf = new Map<string, string>();
  for (const b of map.blocks) for (const id of b.members) blockOf.set(id, b.name);
  const proj = o.voteCount.ok ? o.voteCount.projection : null;
  const memberOf = new Map((proj?.members ?? []).map((m) => [m.id, m]));
  const head = ['id', 'kind', 'name', 'role', 'column', 'x', 'y', 'yesProbability', 'attendance', 'block', 'seat', 'swingRank', 'gainOneColumn', 'gainToYes'];
  const rows: Cell[][] = [head.map((k) => t(`export.csv.${k}`))];
  for (const a of map.actors) {
    const m = memberOf.get(a.id);
    rows.push([
      a.id,
      t(`kind.${a.kind}`),
      a.name,
      a.role,
      isPlaced(a) ? t(`column.${column(a.x)}`) : t('export.csv.unplaced'),
      a.x,
      a.y,
      m ? m.pYes : a.pYes,
      m ? (m.recused ? 0 : m.pPresent) : a.pPresent,
      blockOf.get(a.id) ?? '',
      a.kind === 'decision-maker' ? t(a.seat ? 'export.csv.yes' : 'export.csv.no') : '',
      m ? m.swingRank : null,
      m ? m.gainOneColumn : null,
      m ? m.gainToYes : null,
    ]);
  }
  rows.push([]);
  rows.push([t('export.csv.totals')]);
  if (proj) {
    rows.push([t('export.csv.chance'), proj.pAdopt]);
    rows.push([t('export.csv.chancePass'), proj.pPass]);
    rows.push([t('export.csv.expectedYes'), proj.expectedYes]);
    rows.push([t('export.csv.needed'), proj.threshold.neededIfAllPresent]);
    rows.push([t('export.csv.seats'), proj.threshold.seats]);
  } else if (!o.voteCount.ok) {
    rows.push([t('export.map.noProjection', { reason: o.voteCount.reason })]);
  }
  rows.push(...pathCsvRows(map, o));
  rows.push([], ...linkRows(map, t));
  return BOM + toCsvRows(rows);
}

/** The influence links section: a title row, a header, then one row per link (none: a note). */
function linkRows(map: PowerMap, t: Translate): Cell[][] {
  const name = new Map(map.actors.map((a) => [a.id, a.name]));
  const head = ['fromId', 'from', 'toId', 'to', 'strength'].map((k) => t(`reportback.csv.${k}`));
  if (map.links.length === 0) return [[t('reportback.csv.links')], [t('reportback.csv.noLinks')]];
  return [
    [t('reportback.csv.links')],
    head,
    ...map.links.map((l): Cell[] => [l.from, name.get(l.from) ?? '', l.to, name.get(l.to) ?? '', l.strength]),
  ];
}

/** RFC 4180 parsing (quotes, doubled quotes, newlines in quotes) with a chosen delimiter. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Undoes `escapeFormula` on a cell read back from a PowerMap CSV. */
export function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
