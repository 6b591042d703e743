/**
 * What a committee takes home, through the real CLI (and Chromium for the PDF): the reportback is
 * one page in English and Spanish on letter and A4, shows the vote count once, prints every text
 * on the map at 8.5 pt or more and no name over another; the CSV carries the
 * influence links; `powermap project` lists influencers and whom they reach, and explains the gap
 * between "passes the body" and "adopted" when a veto is in play.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../shared/export/csv';
import { FIXTURES, tempDir } from '../store/helpers';
import { loadFixture } from '../unit/export/fixtures';
import { powermap } from './run';

const COUNCIL = path.join(FIXTURES, 'council-9.json');
const example = (n: number) => path.join(FIXTURES, `examples/example-${n}.json`);
/** DejaVu Sans, the report's font: a word's box is 1.164 × its size (ascent 0.928 + descent 0.236). */
const DEJAVU_BOX = 1.164;

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The first page's words (the map is on it). A name drawn with its white halo comes out twice
 * (stroke, then fill) at the same place, the stroke's box a little taller: keep the fill's.
 */
function pdfWords(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' });
  const all = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!,
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
  }));
  const mid = (w: Word) => (w.y0 + w.y1) / 2;
  const height = (w: Word) => w.y1 - w.y0;
  const sameWord = (a: Word, b: Word) => a.text === b.text && Math.abs(a.x0 - b.x0) < 1 && Math.abs(mid(a) - mid(b)) < 1.5;
  return all.filter((w, i) => !all.some((v, j) => j !== i && sameWord(v, w) && (height(v) < height(w) || (height(v) === height(w) && j < i))));
}

/**
 * Pairs of words on the page printed over each other: side by side by more than a hair and their
 * middles closer than 0.8 of a line. (Where poppler keeps only one copy of a haloed name, it is the
 * stroke's box, a third taller than the text: boxes alone would see neighbours touch.)
 */
function overlappingWords(words: Word[]): string[] {
  const out: string[] = [];
  const mid = (w: Word) => (w.y0 + w.y1) / 2;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const [a, b] = [words[i]!, words[j]!];
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const line = Math.min(a.y1 - a.y0, b.y1 - b.y0) / DEJAVU_BOX;
      if (dx > 0.3 && Math.abs(mid(a) - mid(b)) < 0.8 * line) out.push(`${a.text} × ${b.text}`);
    }
  }
  return out;
}

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const count = (text: string, s: string) => text.split(s).length - 1;

/** Checks page one of a reportback: one page, no two words over each other, every map text at 8.5 pt or more. */
function checkReport(file: string, lang: 'en' | 'es', label: string) {
  expect(pdfPages(file), `${label}: pages`).toBe(1);
  const words = pdfWords(file);
  expect(overlappingWords(words), `${label}: words over each other`).toEqual([]);
  // The map is everything from the column headings down to the first heading under it ("The rule").
  const [first, second] = lang === 'en' ? ['The', 'rule'] : ['La', 'regla'];
  const mapTop = words.find((w) => w.text === (lang === 'en' ? 'Active' : 'Oponente'))!.y0;
  const factsTop = words.find((w, i) => w.text === first && words[i + 1]?.text === second)!.y0;
  const onMap = words.filter((w) => w.y0 >= mapTop && w.y0 < factsTop);
  // The power axis title is turned 90°: its words' boxes are as wide as their text is tall.
  const turned = new Set(lang === 'en' ? ['Power', '/', 'influence'] : ['Poder', '/', 'influencia']);
  const smallest = Math.min(...onMap.map((w) => (turned.has(w.text) ? w.x1 - w.x0 : w.y1 - w.y0) / DEJAVU_BOX));
  expect(smallest, `${label}: smallest text on the map`).toBeGreaterThanOrEqual(8.5);
  return { words, onMap };
}

describe('the reportback PDF', { timeout: 240_000 }, () => {
  for (const [lang, paper, chance, voteCount] of [
    ['en', 'letter', 'Chance of adoption', 'Vote count'],
    ['en', 'a4', 'Chance of adoption', 'Vote count'],
    ['es', 'letter', 'Probabilidad de adopción', 'Conteo de votos'],
    ['es', 'a4', 'Probabilidad de adopción', 'Conteo de votos'],
  ] as const) {
    it(`is one page with the vote count once, no two names over each other and every text on the map at 8.5 pt or more (${lang}, ${paper})`, () => {
      const file = path.join(tempDir('pm-report-'), 'report.pdf');
      const r = powermap(['export', COUNCIL, '--format', 'pdf', '--out', file, '--lang', lang, '--paper', paper]);
      expect(r.code, r.stderr).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(count(text, chance)).toBe(1);
      expect(count(text, voteCount)).toBe(1);
      const { onMap } = checkReport(file, lang, `council-9 ${lang} ${paper}`);
      for (const name of ['Whitcomb', 'Lamoille', 'Marcotte', 'Chamber', 'caucus', 'Progressive', 'Public-safety', 'Sales', 'Hernández']) {
        expect(onMap.map((w) => w.text)).toContain(name);
      }
    });
  }

  it('is one page with no two names over each other for every example map and the path fixture, in both languages and papers', async () => {
    const { ChromiumRasterizer } = await import('../../electron/export/chromiumRenderer');
    const { renderExport } = await import('../../electron/export/render');
    const rasterizer = new ChromiumRasterizer();
    const dir = tempDir('pm-report-');
    try {
      for (const name of ['council-path.json', ...[1, 2, 3, 4, 5].map((n) => `examples/example-${n}.json`)]) {
        for (const lang of ['en', 'es'] as const) {
          for (const paper of ['letter', 'a4'] as const) {
            const file = path.join(dir, `${path.basename(name, '.json')}-${lang}-${paper}.pdf`);
            fs.writeFileSync(file, await renderExport(loadFixture(name), { format: 'pdf', lang, paper, date: new Date('2026-12-02T12:00:00Z'), rasterizer }));
            checkReport(file, lang, `${name} ${lang} ${paper}`);
          }
        }
      }
    } finally {
      await rasterizer.close();
    }
  });
});

describe('the CSV export', () => {
  it('lists the influence links: from, to, strength, by id and by name, in English and Spanish', () => {
    const en = powermap(['export', COUNCIL, '--format', 'csv']);
    expect(en.code, en.stderr).toBe(0);
    const rows = parseDelimited(en.stdout, ',');
    const title = rows.findIndex((r) => r[0] === 'influence links (who can reach whom)');
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1]).toEqual(['from id', 'from', 'to id', 'to', 'strength']);
    const links = rows.slice(title + 2).filter((r) => r.length === 5);
    expect(links).toContainEqual(['i1', 'Migrant Justice', 'm3', 'Tom Delacroix', '0.7']);
    expect(links).toContainEqual(['i3', 'Chief Marcotte', 'm7', 'Dave Lamoille', '0.8']);
    const map = JSON.parse(fs.readFileSync(COUNCIL, 'utf8')) as { links: unknown[] };
    expect(links).toHaveLength(map.links.length);

    const es = parseDelimited(powermap(['export', COUNCIL, '--format', 'csv', '--lang', 'es']).stdout, ',');
    const esTitle = es.findIndex((r) => r[0] === 'vínculos de influencia (quién puede llegar a quién)');
    expect(es[esTitle + 1]).toEqual(['id de quien influye', 'quien influye', 'id de quien recibe la influencia', 'quien recibe la influencia', 'fuerza']);
  });

  it('says so when a map has no links yet', () => {
    const rows = parseDelimited(powermap(['export', example(1), '--format', 'csv']).stdout, ',');
    expect(rows.some((r) => r[0] === 'no influence links yet')).toBe(true);
  });
});

describe('powermap project', () => {
  it('explains the gap between passing the body and adoption when a veto is in play (DESIGN.md example 4)', () => {
    const r = powermap(['project', example(4), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    // The earlier fields are unchanged.
    expect(j.pPass).toBeCloseTo(0.954147, 6);
    expect(j.pAdopt).toBeCloseTo(0.917884, 6);
    expect(Object.keys(j).slice(0, 11)).toEqual(['town', 'body', 'scenario', 'pAdopt', 'pPass', 'expectedYes', 'distribution', 'threshold', 'members', 'ranking', 'minimalSet']);
    expect(j.veto).toMatchObject({ id: 'mayor', pSigns: 0.75, overrideNeeded: 8 });
    expect(j.veto.pOverrideReached).toBeCloseTo(0.809095, 6);
    expect(j.veto.pVetoStands).toBeCloseTo(0.954147 - 0.917884, 6);
    // The pieces add up: adopted = passes and signs, or the members override.
    expect(j.pPass * j.veto.pSigns + (1 - j.veto.pSigns) * j.veto.pOverrideReached).toBeCloseTo(j.pAdopt, 9);

    const text = powermap(['project', example(4)]).stdout;
    expect(text).toContain('Passes the body: 95%; adopted: 92%. The difference is the veto:');
    expect(text).toContain('overriding a veto takes 8 yes votes of 12, which the members reach with chance 81%');
    expect(text).toContain('Chance it passes but the veto stands: 4%.');
    const es = powermap(['project', example(4), '--lang', 'es']).stdout;
    expect(es).toMatch(/El órgano lo aprueba: 95\s%; se adopta: 92\s%\. La diferencia es el veto:/);
  });

  it('says nothing about a veto where there is none', () => {
    expect(JSON.parse(powermap(['project', example(1), '--json']).stdout).veto).toBeNull();
    expect(powermap(['project', example(1)]).stdout).not.toContain('veto');
  });

  it('lists every influencer and whom it reaches, strongest first, members marked apart from others', () => {
    const dir = tempDir('pm-project-');
    const file = path.join(dir, 'reach.json');
    const map = JSON.parse(fs.readFileSync(example(1), 'utf8'));
    map.actors.push(
      { id: 'inf', kind: 'influencer', name: 'Faith coalition', role: '', x: 0.8, y: 0.4 },
      { id: 'quiet', kind: 'influencer', name: 'Library friends', role: '' },
      { id: 'aide', kind: 'decision-maker', name: 'Town manager', role: '', seat: false, x: 0, y: 0.9 },
    );
    const [first, second] = map.actors.filter((a: { seat?: boolean }) => a.seat);
    map.links = [
      { from: 'inf', to: first.id, strength: 0.3 },
      { from: 'inf', to: 'aide', strength: 0.5 },
      { from: 'inf', to: second.id, strength: 0.9 },
    ];
    fs.writeFileSync(file, JSON.stringify(map));

    const j = JSON.parse(powermap(['project', file, '--json']).stdout);
    expect(j.influencers).toEqual([
      {
        id: 'inf',
        name: 'Faith coalition',
        column: 4,
        reaches: [
          { id: second.id, name: second.name, strength: 0.9, member: true },
          { id: 'aide', name: 'Town manager', strength: 0.5, member: false },
          { id: first.id, name: first.name, strength: 0.3, member: true },
        ],
      },
      { id: 'quiet', name: 'Library friends', column: null, reaches: [] },
    ]);
    const text = powermap(['project', file]).stdout;
    expect(text).toContain('Influencers (who can reach whom, strongest first):');
    expect(text).toContain(`Faith coalition (Active ally) → ${second.name} (strength 0.9), Town manager (no seat, strength 0.5), ${first.name} (strength 0.3)`);
    expect(text).toContain('Library friends (not placed) → no links yet');
    const es = powermap(['project', file, '--lang', 'es']).stdout;
    expect(es).toContain(`Faith coalition (Aliado activo) → ${second.name} (fuerza 0,9), Town manager (sin puesto, fuerza 0,5)`);
  });
});
