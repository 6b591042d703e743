import { describe, expect, it } from 'vitest';
import { BOM, escapeFormula, mapCsv, parseDelimited, toCsvRows, unescapeFormula } from '../../../shared/export/csv';
import { voteCount } from '../../../shared/export/voteCount';
import { createTranslator } from '../../../shared/i18n';
import { loadFixture, TRICKY_NAMES, trickyMap } from './fixtures';

function csvOf(map = trickyMap(), lang: 'en' | 'es' = 'en') {
  const t = createTranslator(lang);
  return mapCsv(map, { t, lang, voteCount: voteCount(map, t) });
}

describe('CSV export', () => {
  it('starts with a byte-order mark and has a header, one row per actor, then the totals', () => {
    const map = loadFixture();
    const text = csvOf(map);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseDelimited(text, ',');
    expect(rows[0]).toEqual(['id', 'kind', 'name', 'role', 'column', 'x (alignment)', 'y (power)', 'yes-probability', 'attendance', 'block', 'seat', 'swing rank', 'gain if one column toward ally', 'gain if sure yes']);
    expect(rows.slice(1, 1 + map.actors.length).map((r) => r[2])).toEqual(map.actors.map((a) => a.name));
    const m9 = rows.find((r) => r[0] === 'm9')!;
    expect(m9.slice(4, 11)).toEqual(['Active opponent', '-0.9', '0.85', '0.05', '1', 'Public-safety caucus', 'yes']);
    const totals = Object.fromEntries(rows.filter((r) => r.length === 2));
    expect(Number(totals['chance of adoption'])).toBeCloseTo(0.50256, 4);
    expect(totals['yes votes needed (all present)']).toBe('5');
  });

  it('round-trips tricky names and escapes formula cells', () => {
    const text = csvOf();
    const rows = parseDelimited(text, ',');
    const names = rows.filter((r) => /^t\d+$/.test(r[0] ?? '')).map((r) => r[2]!);
    expect(names.map(unescapeFormula)).toEqual(TRICKY_NAMES);
    expect(names).toContain("'=HYPERLINK(\"x\")");
    expect(names).toContain("'+1 caller");
    expect(names).toContain("'@team");
    expect(names).toContain("'-minus");
    expect(rows.find((r) => r[0] === 't1')![3]).toBe("'=1+1");
    // Nothing that a spreadsheet would run is left at the start of any text cell.
    for (const r of rows) for (const c of r) if (!/^-?\d/.test(c)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(toCsvRows([['a,b', 'say "hi"', 'x\ny', 1.5, null]])).toBe('"a,b","say ""hi""","x\ny",1.5,\r\n');
    expect(escapeFormula('\tcmd')).toBe("'\tcmd");
    expect(parseDelimited('a;"b;c"\r\n"d""e";f', ';')).toEqual([['a', 'b;c'], ['d"e', 'f']]);
  });

  it('uses Spanish headers and labels in Spanish', () => {
    const rows = parseDelimited(csvOf(loadFixture(), 'es'), ',');
    expect(rows[0]!.slice(0, 5)).toEqual(['id', 'tipo', 'nombre', 'cargo', 'columna']);
    expect(rows.find((r) => r[0] === 'm1')![4]).toBe('Aliado activo');
    expect(rows.some((r) => r[0] === 'probabilidad de adopción')).toBe(true);
  });
});
