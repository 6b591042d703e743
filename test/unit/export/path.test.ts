/** The path to victory in the reportback page and the CSV, in both languages. */
import { describe, expect, it } from 'vitest';
import { mapCsv, parseDelimited } from '../../../shared/export/csv';
import { reportHtml } from '../../../shared/export/reportHtml';
import { voteCount } from '../../../shared/export/voteCount';
import { createTranslator } from '../../../shared/i18n';
import { loadFixture } from './fixtures';

const map = () => loadFixture('council-path.json');

function exportsOf(lang: 'en' | 'es') {
  const t = createTranslator(lang);
  const m = map();
  const vc = voteCount(m, t);
  return { csv: parseDelimited(mapCsv(m, { t, lang, voteCount: vc }), ','), html: reportHtml(m, { t, lang, date: new Date('2026-11-01'), paper: 'letter', voteCount: vc }) };
}

describe('the path to victory in the exports', () => {
  it('the reportback carries the target, the total, and each member to move with who can reach them, strongest first', () => {
    const { html } = exportsOf('en');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Path to victory (target 90%) · 3 steps, chance 91.3%');
    expect(text).toContain('Tom : passive ally → active ally (+1 column) Who can reach them: Faith coalition');
    expect(text).toContain('Liz : neutral → active ally (+2 columns) Who can reach them: Teachers union and Faith coalition');
    const es = exportsOf('es').html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(es).toMatch(/Camino a la victoria \(meta 90\s%\) · 3 pasos, probabilidad 91,3\s%/);
    expect(es).toContain('Liz : neutral → aliado activo (+2 columnas) Quién puede llegar a esta persona: Teachers union y Faith coalition');
  });

  it('an unreachable target is said in words on the page', () => {
    const t = createTranslator('en');
    const m = map();
    m.stances = [0.05, 0.1, 0.2, 0.3, 0.4];
    const text = reportHtml(m, { t, lang: 'en', date: new Date('2026-11-01'), paper: 'letter', voteCount: voteCount(m, t) }).replace(/<[^>]+>/g, ' ');
    expect(text).toMatch(/90% is out of reach\. The best possible: move /);
  });

  it('the CSV carries the path: totals, then one row per member to move (before the links section)', () => {
    const { csv } = exportsOf('en');
    const at = csv.findIndex((r) => r[0] === 'Path to victory');
    expect(at).toBeGreaterThan(0);
    const block = csv.slice(at);
    const value = (label: string) => block.find((r) => r[0] === label)?.[1];
    expect(value('Target')).toBe('0.9');
    expect(value('Total steps')).toBe('3');
    expect(Number(value('Chance of adoption after the path'))).toBeCloseTo(0.912677, 6);
    expect(value('Target reached')).toBe('yes');
    expect(value('Exact (least steps proven)')).toBe('yes');
    const header = block.findIndex((r) => r[0] === 'id');
    const links = block.findIndex((r) => r[0] === 'influence links (who can reach whom)');
    expect(links).toBeGreaterThan(header);
    expect(block.slice(header + 1, links).filter((r) => r.length > 1)).toEqual([
      ['tom', 'Tom', 'Passive ally', 'Active ally', '1', 'Faith coalition'],
      ['liz', 'Liz', 'Neutral', 'Active ally', '2', 'Teachers union; Faith coalition'],
    ]);
    const es = exportsOf('es').csv;
    expect(es.find((r) => r[0] === 'liz' && r.length === 6)).toEqual(['liz', 'Liz', 'Neutral', 'Aliado activo', '2', 'Teachers union; Faith coalition']);
  });
});
