/**
 * Injection: SQL is built only from literals with bound parameters (checked on the source, so a
 * future string-built query fails here); names carrying HTML, SVG or script stay text in every
 * export; spreadsheet formulas are escaped; the roster CSV reader never throws on hostile files.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { createTranslator } from '../../shared/i18n';
import { emptyMap, newActor, type PowerMap } from '../../shared/model';
import { mapCsv, parseDelimited } from '../../shared/export/csv';
import { mapSvg } from '../../shared/export/mapSvg';
import { reportHtml } from '../../shared/export/reportHtml';
import { parseRoster, MAX_ROSTER_ROWS } from '../../shared/export/rosterCsv';
import { voteCount } from '../../shared/export/voteCount';
import { ROOT } from './support/child';

const SQL_METHODS = new Set(['prepare', 'exec', 'pragma']);
/** Built from constants the code controls, never from input: the only non-literal SQL allowed. */
const ALLOWED = new Set(['`application_id = ${APPLICATION_ID}`', '`user_version = ${Number(last) | 0}`', '`busy_timeout = ${WRITE_BUSY_TIMEOUT_MS}`']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const isLiteral = (n: ts.Node) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);

/** Every SQL call whose text is not a literal: either a direct argument or through a small helper. */
function stringBuiltSql(file: string): string[] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const helpers = new Map<string, ts.Node>();
  const where = (n: ts.Node) => `${path.relative(ROOT, file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    const receiver = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : null;
    const isRegExp = receiver && (ts.isRegularExpressionLiteral(receiver) || (ts.isNewExpression(receiver) && receiver.expression.getText() === 'RegExp'));
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SQL_METHODS.has(node.expression.name.text) && !isRegExp) {
      const arg = node.arguments[0];
      if (arg && !isLiteral(arg) && !ALLOWED.has(arg.getText())) {
        // `const p = (sql: string) => db.prepare(sql)`: allowed when every call of p passes a literal.
        const fn = ts.findAncestor(node, (a) => ts.isArrowFunction(a) || ts.isFunctionDeclaration(a));
        const param = fn && (fn as ts.ArrowFunction).parameters.find((p) => p.name.getText() === arg.getText());
        const holder = fn && ts.isVariableDeclaration(fn.parent) ? fn.parent.name.getText() : null;
        if (param && holder) helpers.set(holder, node);
        else found.push(`${where(node)}: ${node.getText().slice(0, 120)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  const checkHelperCalls = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
      const arg = node.arguments[0];
      if (!arg || !isLiteral(arg)) found.push(`${where(node)}: ${node.getText().slice(0, 120)}`);
    }
    ts.forEachChild(node, checkHelperCalls);
  };
  checkHelperCalls(src);
  return found;
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)><script>alert(3)</script></svg>',
  '"><script>alert(4)</script>',
  "'); DROP TABLE actors; --",
  ']]><script>alert(5)</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1)',
  '-2+3',
  '@cmd',
];

function payloadMap(): PowerMap {
  return {
    ...emptyMap(PAYLOADS[0]!, PAYLOADS[1]!, '2026-11-01T00:00:00.000Z'),
    body: { ...emptyMap('', '', '').body, name: PAYLOADS[2]!, seats: PAYLOADS.length },
    actors: PAYLOADS.map((p, i) => newActor(`p${i}`, 'decision-maker', p, { role: p, notes: p, seat: true, x: -0.9 + i * 0.2, y: 0.5 })),
    blocks: [{ id: 'b', name: PAYLOADS[1]!, members: ['p0', 'p1'], cohesion: 0.5 }],
    nextSteps: PAYLOADS[4]!,
  };
}

describe('injection', () => {
  it('builds SQL only from literals (with bound parameters) in the store, host, CLI and main process', () => {
    // Every module that talks to SQLite imports better-sqlite3 (at least its types).
    const files = ['electron', 'shared'].flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => fs.readFileSync(f, 'utf8').includes("'better-sqlite3'"));
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['document.ts', 'persist.ts', 'migrations.ts']));
    expect(files.flatMap(stringBuiltSql)).toEqual([]);
    // The check itself catches the patterns it is meant to catch.
    const probe = path.join(ROOT, 'scratch', 'sql-probe.ts');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, "import type Database from 'better-sqlite3';\n/x/.exec(s);\ndb.prepare(`SELECT * FROM actors WHERE name = '${name}'`);\ndb.exec('DELETE FROM x WHERE id = ' + id);\nconst p = (sql: string) => db.prepare(sql);\np(`x ${y}`);\n");
    expect(stringBuiltSql(probe)).toHaveLength(3);
    fs.rmSync(probe);
  });

  it('keeps HTML, SVG and script in names as text in the SVG and reportback exports', () => {
    const map = payloadMap();
    for (const lang of ['en', 'es'] as const) {
      const t = createTranslator(lang);
      const vc = voteCount(map, t);
      const outputs = [mapSvg(map, { t, lang, date: new Date('2026-11-01'), voteCount: vc }), reportHtml(map, { t, lang, date: new Date('2026-11-01'), paper: 'letter', voteCount: vc })];
      for (const out of outputs) {
        expect(out).not.toMatch(/<script/i);
        expect(out).not.toMatch(/<img[\s>]/i);
        expect(out).not.toMatch(/<svg[^>]*onload/i);
        // Text is escaped, so any '<' left starts a real tag: no tag may carry an event handler.
        expect(out).not.toMatch(/<[^>]*\son\w+=/i);
        expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
      }
    }
  });

  it('escapes formula cells in the CSV export, and the cells read back as the names', () => {
    const map = payloadMap();
    const t = createTranslator('en');
    const csv = mapCsv(map, { t, lang: 'en', voteCount: voteCount(map, t) });
    const cells = parseDelimited(csv.replace(/^\uFEFF/, ''), ',').flat();
    for (const p of PAYLOADS.filter((x) => /^[=+\-@]/.test(x))) {
      expect(cells).not.toContain(p);
      expect(cells).toContain(`'${p}`);
    }
  });

  it('reads any roster file without throwing: random text, BOM, CRLF, 1 MB names, too many rows, broken Unicode', () => {
    let tried = 0;
    const read = (text: string) => {
      tried++;
      const r = parseRoster(text, 'roster.csv');
      expect(Array.isArray(r.rows) && Array.isArray(r.problems)).toBe(true);
      for (const row of r.rows) expect(typeof row.name === 'string' && row.name.length > 0).toBe(true);
      return r;
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void read(s)), { numRuns: 400, seed: 61 });
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), { maxLength: 30 }), fc.constantFrom(',', ';', '\t'), fc.boolean(), (rows, sep, crlf) => {
        const text = ['name,role,kind', ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(sep))].join(crlf ? '\r\n' : '\n');
        read(`\uFEFF${text}`);
      }),
      { numRuns: 400, seed: 62 },
    );
    const huge = read(`name,role\r\n${'n'.repeat(1_000_000)},Chair\r\n`);
    expect(huge.rows.length + huge.problems.length).toBeGreaterThan(0);
    const many = read(`name\n${Array.from({ length: 100_000 }, (_, i) => `Person ${i}`).join('\n')}`);
    expect(many.rows.length).toBeLessThanOrEqual(MAX_ROSTER_ROWS);
    read('name,role\n\ud800broken,\udfff\n"unterminated,quote\n');
    read('\uFEFFnombre;cargo\r\n=CMD|calc,@SUM(1)\r\n');
    console.log(`[reliability] roster files tried: ${tried}; crashes: 0`);
  });
});
