import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseDelimited, unescapeFormula } from '../../shared/export/csv';
import { pngSize, readTextChunk } from '../../shared/export/pngChunks';
import { parseInterchangeText, toInterchange } from '../../shared/schema';
import { MapDocument } from '../../electron/store/document';
import { loadFixture, trickyMap, TRICKY_NAMES } from '../unit/export/fixtures';
import { FIXTURES, tempDir } from '../store/helpers';
import { powermap } from './run';

/** The tricky council map as a real .powermap document on disk. */
function trickyDocument(dir: string): { file: string; map: ReturnType<typeof trickyMap> } {
  const map = trickyMap();
  const file = path.join(dir, 'tricky.powermap');
  MapDocument.create(file, map).close();
  const doc = MapDocument.open(file, { readOnly: true });
  const stored = doc.map;
  doc.close();
  return { file, map: stored };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

// Each case spawns the real CLI (and Chromium); a loaded machine needs the room.
describe('powermap export', { timeout: 180_000 }, () => {
  it('writes a 2400 px PNG that carries the map, and imports back to the same map', () => {
    const dir = tempDir();
    const { file, map } = trickyDocument(dir);
    const png = path.join(dir, 'map.png');
    const r = powermap(['export', file, '--format', 'png', '--out', png]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(png));
    expect(pngSize(bytes)!.width).toBe(2400);
    const embedded = parseInterchangeText(readTextChunk(bytes)!);
    expect(embedded.ok && embedded.map).toEqual(map);
    expect(readTextChunk(bytes)).toContain('<img src=x onerror=alert(1)>');

    const back = path.join(dir, 'back.powermap');
    const imp = powermap(['import', png, back]);
    expect(imp.code, imp.stderr).toBe(0);
    const doc = MapDocument.open(back, { readOnly: true });
    expect({ ...doc.map, createdAt: '', updatedAt: '' }).toEqual({ ...map, createdAt: '', updatedAt: '' });
    doc.close();
  });

  it('writes an SVG that parses, holds every name as text, and imports back', () => {
    const dir = tempDir();
    const { file, map } = trickyDocument(dir);
    const r = powermap(['export', file, '--format', 'svg', '--lang', 'es']);
    expect(r.code, r.stderr).toBe(0);
    const doc = new DOMParser().parseFromString(r.stdout, 'image/svg+xml');
    const texts = Array.from({ length: doc.getElementsByTagName('text').length }, (_, i) => doc.getElementsByTagName('text')[i]!.textContent).join('\n');
    for (const a of map.actors) if (!a.name.includes('\n')) expect(texts).toContain(a.name);
    expect(texts).toContain('Probabilidad de adopción');
    expect(doc.getElementsByTagName('img').length).toBe(0);
    const svg = path.join(dir, 'map.svg');
    fs.writeFileSync(svg, r.stdout);
    expect(powermap(['import', svg, path.join(dir, 'svg.powermap')]).code).toBe(0);
  });

  it('writes a one-page reportback PDF with the vote count and next steps, in English and Spanish', () => {
    const dir = tempDir();
    const fixture = path.join(FIXTURES, 'council-9.json');
    const en = path.join(dir, 'en.pdf');
    const es = path.join(dir, 'es.pdf');
    expect(powermap(['export', fixture, '--format', 'pdf', '--out', en]).code).toBe(0);
    expect(powermap(['export', fixture, '--format', 'pdf', '--out', es, '--lang', 'es', '--paper', 'a4']).code).toBe(0);
    expect(pdfPages(en)).toBe(1);
    expect(pdfPages(es)).toBe(1);
    const t = pdfText(en);
    for (const s of ['No Polimigra — City Council', 'Winooski', 'Chance of adoption', '50%', 'Needs 5 yes votes', 'Next steps', 'Meet with Councilor Delacroix', 'Robert Whitcomb', 'Whip count']) expect(t).toContain(s);
    const s = pdfText(es);
    for (const w of ['Informe al grupo', 'Probabilidad de adopción', 'Se necesitan 5 votos a favor', 'Próximos pasos', 'Conteo de votos', 'Núñez']) expect(s).toContain(w);
    expect(execFileSync('pdfinfo', [es], { encoding: 'utf8' })).toMatch(/\(A4\)/);
    expect(execFileSync('pdfinfo', [en], { encoding: 'utf8' })).toMatch(/\(letter\)/);
  });

  it('continues a long whip count on a second page with its header repeated', () => {
    const dir = tempDir();
    const map = loadFixture();
    map.blocks = [];
    map.links = [];
    map.body = { ...map.body, seats: 60, executive: null };
    map.actors = Array.from({ length: 60 }, (_, i) => ({ ...map.actors[0]!, id: `m${i}`, name: `Member ${i}`, x: -0.9 + (i % 10) * 0.2 }));
    const file = path.join(dir, 'big.json');
    fs.writeFileSync(file, JSON.stringify(toInterchange(map)));
    const pdf = path.join(dir, 'big.pdf');
    expect(powermap(['export', file, '--format', 'pdf', '--out', pdf]).code).toBe(0);
    expect(pdfPages(pdf)).toBe(2);
    const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
    // The header repeats (narrow number headings wrap, so look for single-word headings).
    for (const heading of ['Name', 'Position', 'Block']) expect(second).toContain(heading);
    expect(second).toContain('Member 59');
  });

  it('keeps a name that looks like markup as literal text in the PDF', () => {
    const dir = tempDir();
    const map = loadFixture();
    map.actors.find((a) => a.id === 'm3')!.name = '<img src=x onerror=alert(1)>';
    const file = path.join(dir, 'img.json');
    fs.writeFileSync(file, JSON.stringify(toInterchange(map)));
    const pdf = path.join(dir, 'img.pdf');
    expect(powermap(['export', file, '--format', 'pdf', '--out', pdf]).code).toBe(0);
    // In the map, in the whip count table and among the swing votes (a table cell may wrap).
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text.split('<img src=x onerror=alert(1)>').length - 1).toBeGreaterThanOrEqual(2);
  });

  it('writes CSV with a byte-order mark whose names round-trip and whose formulas are escaped', () => {
    const dir = tempDir();
    const { file } = trickyDocument(dir);
    const out = path.join(dir, 'map.csv');
    expect(powermap(['export', file, '--format', 'csv', '--out', out]).code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseDelimited(bytes.toString('utf8'), ',');
    const names = rows.filter((r) => /^t\d+$/.test(r[0] ?? '')).map((r) => r[2]!);
    expect(names.map(unescapeFormula)).toEqual(TRICKY_NAMES);
    expect(names[1]).toBe(`'=HYPERLINK("x")`);
  });

  it('refuses an unknown format, and PNG without --out, with a clear message', () => {
    const fixture = path.join(FIXTURES, 'council-9.json');
    const bad = powermap(['export', fixture, '--format', 'gif']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('png, svg, pdf, deck, csv, json');
    expect(powermap(['export', fixture, '--format', 'png']).stderr).toContain('--out');
    const help = powermap(['export', '--help']);
    expect(help.stdout).toContain('Chromium');
  });

  it('names what it needs when Chromium is missing', () => {
    const dir = tempDir();
    const fixture = path.join(FIXTURES, 'council-9.json');
    const r = powermap(['export', fixture, '--format', 'pdf', '--out', path.join(dir, 'x.pdf'), '--lang', 'es'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Chromium');
    expect(r.stderr).toContain('/nonexistent/chromium');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });
});
