/**
 * The reportback's optional "What shifted since" page, through the real CLI and Chromium: only when
 * asked for (--since), on a page after the reportback, in English and Spanish.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newActor } from '../../shared/model';
import { documentAt, threeSeats } from '../unit/history/maps';
import { powermap } from './run';

/** Ana, Bea, Cal (threeSeats); a snapshot, then Bea to passive ally and a new influencer. */
function mapWithSnapshot(): string {
  const { file, doc } = documentAt(threeSeats(), ['2026-09-10T12:00:00.000Z', '2026-09-15T12:00:00.000Z', '2026-09-20T12:00:00.000Z']);
  doc.apply({ type: 'snapshot.add', snapshot: { id: 's1', name: 'October reportback', at: '2026-09-10T12:00:00.000Z' } });
  doc.apply({ type: 'actors.move', moves: [{ id: 'b', x: 0.3, y: 0.6 }] });
  doc.apply({ type: 'actor.add', actor: newActor('d', 'influencer', 'Faith coalition', { x: 0.8, y: 0.3 }) });
  doc.close();
  return file;
}

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });

describe('the reportback\u2019s "What shifted since" page', { timeout: 240_000 }, () => {
  it('is added on its own page when asked for, naming the snapshot, the chances and each share', () => {
    const map = mapWithSnapshot();
    const dir = path.dirname(map);
    const plain = path.join(dir, 'plain.pdf');
    expect(powermap(['export', map, '--format', 'pdf', '--out', plain, '--paper', 'letter']).code).toBe(0);
    const withPage = path.join(dir, 'shifted.pdf');
    const r = powermap(['export', map, '--format', 'pdf', '--out', withPage, '--paper', 'letter', '--since', 'October reportback']);
    expect(r.code, r.stderr).toBe(0);
    expect(pages(withPage)).toBe(pages(plain) + 1);
    // Page one is the reportback as before; the shifted page is the last.
    expect(pageText(plain, 1)).not.toContain('What shifted since');
    const last = pageText(withPage, pages(withPage));
    expect(last).toContain('What shifted since the snapshot “October reportback”');
    expect(last).toMatch(/Chance then\s+Chance now/);
    expect(last).toMatch(/50%\s+73%/);
    expect(last).toMatch(/Bea\s+Neutral\s+Passive ally\s+\+22\.6/);
    expect(last).toMatch(/Faith coalition\s+not on the map\s+Active ally\s+\+0\.0/);
    // Largest share first.
    expect(last.indexOf('Bea')).toBeLessThan(last.indexOf('Faith coalition'));
  });

  it('speaks Spanish, and refuses --since without a PDF or with a moment the map cannot name', () => {
    const map = mapWithSnapshot();
    const out = path.join(path.dirname(map), 'es.pdf');
    const r = powermap(['export', map, '--format', 'pdf', '--out', out, '--paper', 'a4', '--lang', 'es', '--since', 's1']);
    expect(r.code, r.stderr).toBe(0);
    const last = pageText(out, pages(out));
    expect(last).toContain('Qué cambió desde la foto del momento «October reportback»');
    expect(last).toMatch(/Bea\s+Neutral\s+Aliado pasivo\s+\+22,6/);
    expect(last).toContain('Aporte (puntos)');
    const csv = powermap(['export', map, '--format', 'csv', '--since', 's1']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('use it with --format pdf');
    const bad = powermap(['export', map, '--format', 'pdf', '--out', out, '--since', 'last week']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--since must be a snapshot of this map');
  });
});
