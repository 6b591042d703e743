/** The engine stays pure TypeScript (DESIGN.md §6): it imports only itself and the domain model. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../shared/projection/', import.meta.url));

describe('shared/projection purity', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports nothing from Node, the DOM or Electron', (file) => {
    const source = readFileSync(DIR + file, 'utf8');
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) expect(s === '../model' || s!.startsWith('./'), `${file}: ${s}`).toBe(true);
    expect(code).not.toMatch(/\b(window|document|process|globalThis|navigator)\s*\.|\brequire\s*\(/);
  });
});
