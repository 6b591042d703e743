/** `powermap export --format deck`: the reportback slides as a landscape PDF, one slide a page. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../store/helpers';
import { powermap } from './run';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('powermap export --format deck', () => {
  it('writes one landscape page per slide, in the chosen language', () => {
    const dir = tempDir();
    for (const lang of ['en', 'es'] as const) {
      const out = path.join(dir, `deck-${lang}.pdf`);
      const r = powermap(['export', path.join(FIXTURES, 'council-9.json'), '--format', 'deck', '--out', out, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+5\n/);
      // 10 × 7.5 in: the shape of a 1024×768 projector.
      expect(info).toMatch(/Page size:\s+720 x 540 pts/);
      const pages = pdfText(out).split('\f');
      const titles = lang === 'en' ? ['No Polimigra', 'The vote count', 'Swing votes', 'Path to victory', 'Next steps'] : ['No Polimigra', 'El conteo de votos', 'Votos decisivos', 'Camino a la victoria', 'Próximos pasos'];
      titles.forEach((title, i) => expect(pages[i], `page ${i + 1}`).toContain(title));
    }
    // Two Chromium runs.
  }, 120_000);

  it('needs --out, like the other PDF', () => {
    const r = powermap(['export', path.join(FIXTURES, 'council-9.json'), '--format', 'deck']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--out');
  });
});
