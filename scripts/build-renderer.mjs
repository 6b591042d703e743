// Builds the renderer into dist/renderer (or `outDir`) unless it is already newer than every source file.
import { build } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_OUT = path.join(root, 'dist/renderer');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export async function buildRenderer({ force = false, outDir = RENDERER_OUT } = {}) {
  const out = path.join(outDir, 'index.html');
  const sources = Math.max(newest(path.join(root, 'renderer')), newest(path.join(root, 'shared')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (!force && fs.existsSync(out) && fs.statSync(out).mtimeMs > sources) return false;
  await build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer'), logLevel: 'warn', build: { outDir: path.resolve(outDir) } });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildRenderer({ force: process.argv.includes('--force') });
}
