/**
 * Reads a roster from a spreadsheet (CSV, semicolon CSV or TSV) with English or Spanish headers:
 * name, role, kind, and optionally a column label or x/y. Each row it cannot read is reported with
 * its line number and the reason; nothing here changes a map.
 */
import { CATALOGS, type Catalog } from '../i18n';
import { columnCentre, newActor, type Actor, type ActorKind } from '../model';
import { MAP_LIMITS } from '../mapLimits';
import { parseDelimited, unescapeFormula } from './csv';

/** A roster longer than a map could hold is refused whole (an import onto a map with people is held to the limit as it is made). */
export const MAX_ROSTER_ROWS = MAP_LIMITS.actors;
/** Where an actor placed by column alone goes on the power axis: the middle. */
const DEFAULT_POWER = 0.5;

export interface RosterRow {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  name: string;
  role: string;
  kind: ActorKind;
  x: number | null;
  y: number | null;
}

export type RosterProblemCode =
  | 'no-name-column'
  | 'missing-name'
  | 'unknown-kind'
  | 'unknown-column'
  | 'bad-x'
  | 'bad-y'
  | 'half-placed'
  | 'empty'
  | 'too-many';

export interface RosterProblem {
  /** 0 for a problem with the whole file. */
  line: number;
  code: RosterProblemCode;
  value?: string;
  max?: number;
}

export interface Roster {
  rows: RosterRow[];
  problems: RosterProblem[];
}

/** Lower case, no accents, letters and digits only: "Nombre " and "NOMBRE" are the same header. */
const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

type Field = 'name' | 'role' | 'kind' | 'column' | 'x' | 'y';
const HEADERS: Record<Field, string[]> = {
  name: ['name', 'fullname', 'nombre', 'nombrecompleto', 'persona'],
  role: ['role', 'title', 'position title', 'rol', 'cargo', 'puesto', 'papel', 'titulo'],
  kind: ['kind', 'type', 'tipo', 'clase'],
  column: ['column', 'columna', 'position', 'posicion', 'whip', 'voto', 'stance', 'postura'],
  x: ['x', 'alignment', 'alineacion', 'xalignment', 'xalineacion'],
  y: ['y', 'power', 'poder', 'ypower', 'ypoder', 'influence', 'influencia'],
};

function fieldOf(header: string): Field | null {
  const h = norm(header);
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) if (names.some((n) => norm(n) === h)) return field;
  return null;
}

function catalogString(c: Catalog, path: string): string {
  let cur: string | Catalog = c;
  for (const p of path.split('.')) cur = typeof cur === 'string' ? cur : (cur[p] ?? '');
  return typeof cur === 'string' ? cur : '';
}

/** Column labels, whip labels and 0–4, in both languages. */
const COLUMN_WORDS = (() => {
  const m = new Map<string, number>();
  for (let c = 0; c < 5; c++) {
    m.set(String(c), c);
    for (const cat of Object.values(CATALOGS)) {
      m.set(norm(catalogString(cat, `column.${c}`)), c);
      m.set(norm(catalogString(cat, `whip.${c}`)), c);
    }
  }
  return m;
})();

const KIND_WORDS = (() => {
  const m = new Map<string, ActorKind>();
  for (const w of ['decision-maker', 'decisionmaker', 'dm', 'member', 'miembro', 'decisor', 'decisora', 'persona que decide']) m.set(norm(w), 'decision-maker');
  for (const w of ['influencer', 'influyente', 'persona influyente', 'grupo influyente', 'group', 'grupo', 'organization', 'organizacion']) m.set(norm(w), 'influencer');
  for (const cat of Object.values(CATALOGS)) {
    m.set(norm(catalogString(cat, 'kind.decision-maker')), 'decision-maker');
    m.set(norm(catalogString(cat, 'kind.influencer')), 'influencer');
  }
  return m;
})();

/** The delimiter the first line uses most: comma, semicolon (Spanish-locale Excel) or tab. */
function detectDelimiter(text: string, fileName?: string): string {
  if (fileName && /\.tsv$/i.test(fileName)) return '\t';
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => first.split(d).length - 1;
  return ['\t', ';', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function number(raw: string): number | null {
  const s = raw.trim().replace(',', '.');
  if (s === '' || !/^[-+]?\d*\.?\d+$/.test(s)) return null;
  return Number(s);
}

export function parseRoster(text: string, fileName?: string): Roster {
  const table = parseDelimited(text, detectDelimiter(text, fileName)).map((cells, i) => ({ line: i + 1, cells }));
  const nonEmpty = table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { rows: [], problems: [{ line: 0, code: 'empty' }] };
  const [header, ...body] = nonEmpty;
  const fields = header!.cells.map(fieldOf);
  if (!fields.includes('name')) return { rows: [], problems: [{ line: header!.line, code: 'no-name-column' }] };
  if (body.length > MAX_ROSTER_ROWS) return { rows: [], problems: [{ line: 0, code: 'too-many', max: MAX_ROSTER_ROWS }] };

  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  for (const { line, cells } of body) {
    const get = (f: Field) => {
      const i = fields.indexOf(f);
      return i < 0 ? '' : unescapeFormula((cells[i] ?? '').trim());
    };
    const problem = (code: RosterProblemCode, value?: string) => problems.push({ line, code, ...(value !== undefined ? { value } : {}) });
    const name = get('name');
    if (!name) {
      problem('missing-name');
      continue;
    }
    const kindRaw = get('kind');
    const kind = kindRaw ? KIND_WORDS.get(norm(kindRaw)) : 'decision-maker';
    if (!kind) {
      problem('unknown-kind', kindRaw);
      continue;
    }
    const xRaw = get('x');
    const yRaw = get('y');
    const colRaw = get('column');
    let x: number | null = null;
    let y: number | null = null;
    if (xRaw || yRaw) {
      x = number(xRaw);
      y = number(yRaw);
      if (xRaw && (x === null || x < -1 || x > 1)) {
        problem('bad-x', xRaw);
        continue;
      }
      if (yRaw && (y === null || y < 0 || y > 1)) {
        problem('bad-y', yRaw);
        continue;
      }
      if (x === null && !colRaw) {
        problem('half-placed');
        continue;
      }
    }
    if (colRaw && x === null) {
      const col = COLUMN_WORDS.get(norm(colRaw));
      if (col === undefined) {
        problem('unknown-column', colRaw);
        continue;
      }
      x = columnCentre(col);
      y ??= DEFAULT_POWER;
    } else if (x !== null && y === null) {
      problem('half-placed');
      continue;
    }
    rows.push({ line, name, role: get('role'), kind, x, y });
  }
  return { rows, problems };
}

/** The actors a roster adds, with ids from `newId`. */
export function rosterActors(rows: readonly RosterRow[], newId: () => string): Actor[] {
  return rows.map((r) => newActor(newId(), r.kind, r.name, { role: r.role, x: r.x, y: r.y }));
}
