/** The folders are the environments: shared/ is pure, and only electron/main and electron/preload touch Electron. */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts)$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

/** Imports that stay in the built code: not `import type`/`export type`, which TypeScript erases. */
function runtimeImportsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)]
    .filter((m) => !m[2])
    .map((m) => m[3] ?? m[4] ?? m[5]!);
}

/** Every source file `entry` loads, following relative runtime imports (workers included). */
function reachableFrom(entry: string): string[] {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of runtimeImportsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const base = path.join(path.dirname(file), spec.replace(/\?.*$/, ''));
      const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => /\.tsx?$/.test(f) && fs.existsSync(path.join(root, f)));
      if (found && !seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return [...seen];
}

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const NODE_ONLY_PACKAGES = ['better-sqlite3', 'playwright-core', 'electron'];
const DOM_PACKAGES = ['react', 'react-dom', 'zustand', 'd3-selection', 'd3-drag', 'd3-zoom'];

describe('import boundaries', () => {
  it('keeps shared/ free of Node, DOM and Electron', () => {
    const bad: string[] = [];
    for (const file of sources('shared')) {
      for (const spec of importsOf(file)) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (NODE.has(spec) || NODE_ONLY_PACKAGES.includes(pkg) || DOM_PACKAGES.includes(pkg)) bad.push(`${file} → ${spec}`);
        if (spec.startsWith('.') && !path.resolve(root, path.dirname(file), spec).startsWith(path.join(root, 'shared'))) bad.push(`${file} → ${spec}`);
      }
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      if (/\b(window|document|process|require)\s*[.(]/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) bad.push(`${file} uses a host global`);
    }
    expect(bad).toEqual([]);
  });

  it('lets only electron/main and electron/preload import electron', () => {
    const bad = ['shared', 'electron', 'renderer', 'test', 'bench', 'scripts']
      .flatMap(sources)
      .filter((f) => !f.startsWith(`electron${path.sep}main`) && !f.startsWith(`electron${path.sep}preload`))
      .filter((f) => importsOf(f).some((s) => s === 'electron' || s.startsWith('electron/')));
    expect(bad).toEqual([]);
  });

  it('keeps the renderer away from Node and from the host’s code', () => {
    const bad = sources('renderer').flatMap((f) =>
      importsOf(f)
        .filter((s) => NODE.has(s) || NODE_ONLY_PACKAGES.includes(s) || /(^|\/)electron\//.test(s))
        .map((s) => `${f} → ${s}`),
    );
    expect(bad).toEqual([]);
  });

  // The host validates every call; the page and the preload only name the methods
  // (shared/contractNames.ts). zod there cost the page 100 KB of code and 0.8 MB of heap.
  it('keeps zod out of the page, its workers and the preload', () => {
    for (const entry of ['renderer/main.tsx', 'electron/preload/preload.ts']) {
      const reached = reachableFrom(entry);
      expect(reached.length).toBeGreaterThan(entry.startsWith('renderer') ? 100 : 2);
      expect(reached.filter((f) => runtimeImportsOf(f).includes('zod'))).toEqual([]);
    }
  });

  it('detects a wrong-way import (the check itself works)', () => {
    expect(reachableFrom('shared/contract.ts').filter((f) => runtimeImportsOf(f).includes('zod'))).toContain('shared/contract.ts');
    expect(runtimeImportsOf('renderer/api/client.ts')).not.toContain('../../shared/contract');
    expect(importsOf('electron/store/document.ts')).toContain('better-sqlite3');
    expect(importsOf('shared/schema.ts')).toContain('zod');
  });
});
