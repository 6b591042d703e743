import { describe, expect, it } from 'vitest';
import { mapCsv } from '../../../shared/export/csv';
import { parseRoster, rosterActors } from '../../../shared/export/rosterCsv';
import { classifyFile } from '../../../shared/export/openedFile';
import { voteCount } from '../../../shared/export/voteCount';
import { createTranslator } from '../../../shared/i18n';
import { columnCentre } from '../../../shared/model';
import { TRICKY_NAMES, trickyMap } from './fixtures';

describe('roster import', () => {
  it('reads Spanish headers and names each row it cannot read', () => {
    const text = [
      'Nombre,Cargo,Tipo,Columna',
      'María José Núñez,Presidenta del Concejo,Persona que decide,Aliado activo',
      ',Concejal,persona que decide,Neutral',
      'Tom Delacroix,Concejal,,Casi aliado',
      'Iglesia San Francisco,Parroquia,Persona o grupo influyente,Tiende a sí',
      '"Ana ""La Jefa"" Ruiz, Jr.",Concejal,decision-maker,',
    ].join('\r\n');
    const r = parseRoster(text);
    expect(r.rows.map((x) => x.name)).toEqual(['María José Núñez', 'Iglesia San Francisco', 'Ana "La Jefa" Ruiz, Jr.']);
    expect(r.rows[0]).toMatchObject({ line: 2, kind: 'decision-maker', role: 'Presidenta del Concejo', x: columnCentre(4), y: 0.5 });
    expect(r.rows[1]).toMatchObject({ kind: 'influencer', x: columnCentre(3) });
    expect(r.rows[2]).toMatchObject({ x: null, y: null });
    expect(r.problems).toEqual([
      { line: 3, code: 'missing-name' },
      { line: 4, code: 'unknown-column', value: 'Casi aliado' },
    ]);
  });

  it('reads TSV and semicolon files with English headers and x/y', () => {
    const tsv = parseRoster('name\trole\tkind\tx\ty\nAna\tChair\tinfluencer\t0.5\t0.9\nBo\t\t\t2\t0.1\nCy\t\t\t0.1\t\n', 'list.tsv');
    expect(tsv.rows).toEqual([{ line: 2, name: 'Ana', role: 'Chair', kind: 'influencer', x: 0.5, y: 0.9 }]);
    expect(tsv.problems).toEqual([
      { line: 3, code: 'bad-x', value: '2' },
      { line: 4, code: 'half-placed' },
    ]);
    const semi = parseRoster('\uFEFFNombre;Rol;X;Y\nLupe;Concejal;-0,5;0,25\n');
    expect(semi.rows[0]).toMatchObject({ name: 'Lupe', role: 'Concejal', x: -0.5, y: 0.25 });
  });

  it('refuses a file without a name column, or an empty one', () => {
    expect(parseRoster('who,what\nAna,Chair').problems).toEqual([{ line: 1, code: 'no-name-column' }]);
    expect(parseRoster('\n\n').problems).toEqual([{ line: 0, code: 'empty' }]);
  });

  it('reads back names from a PowerMap CSV export unchanged, formula escapes included', () => {
    const map = trickyMap();
    const t = createTranslator('en');
    const r = parseRoster(mapCsv(map, { t, lang: 'en', voteCount: voteCount(map, t) }));
    const names = r.rows.map((x) => x.name);
    for (const n of TRICKY_NAMES) expect(names).toContain(n);
    const actors = rosterActors(r.rows, (() => { let i = 0; return () => `n${++i}`; })());
    expect(actors[0]).toMatchObject({ id: 'n1', name: map.actors[0]!.name, seat: false });
  });

  it('sorts dropped files by what they hold', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(classifyFile('a.csv', enc('name\nAna')).kind).toBe('roster');
    expect(classifyFile('a.json', enc('{}'))).toEqual({ kind: 'map', text: '{}' });
    expect(classifyFile('a.svg', enc('<svg/>'))).toEqual({ kind: 'error', code: 'noEmbeddedMap' });
    expect(classifyFile('a.docx', enc('x'))).toEqual({ kind: 'error', code: 'unknownFileType' });
    expect(classifyFile('x.bin', enc('SQLite format 3\u0000rest')).kind).toBe('document');
  });
});
