// `npm run build`: the renderer (vite) into dist/renderer, and Electron's main process and preload into
// dist/electron/. Main is one ES module with every JavaScript dependency bundled (so the package needs
// no node_modules); `better-sqlite3` goes through electron/main/sqlite.ts, which hands it the
// Electron-ABI addon from dist/native/. The preload is one CommonJS file, as a sandboxed preload must be.
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildRenderer } from './build-renderer.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');
const SQLITE_SHIM = path.join(root, 'electron', 'main', 'sqlite.ts');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Every `better-sqlite3` import but the shim's own goes to the shim. */
const sqliteShim = {
  name: 'powermap-sqlite-shim',
  enforce: 'pre',
  resolveId(id, importer) {
    if (id !== 'better-sqlite3') return null;
    return importer && path.resolve(importer) === SQLITE_SHIM ? null : SQLITE_SHIM;
  },
};

function bundle({ entry, name, format, external, plugins = [] }) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins,
    ssr: { noExternal: true, external },
    build: {
      ssr: entry,
      outDir: path.join(outDir, name),
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: false,
      rollupOptions: {
        external: [...external, ...nodeBuiltins],
        output: { format, entryFileNames: format === 'cjs' ? `${name}.cjs` : `${name}.js`, codeSplitting: false },
      },
    },
  });
}

/**
 * Builds better-sqlite3 for Electron's ABI in a scratch copy (so node_modules keeps the Node build the
 * tests and CLI use) and keeps only the addon, in dist/native/. Needs the internet or a C++ toolchain;
 * only `npm run dist` and `npm start` with Electron installed call it, never `npm ci` or `npm test`.
 */
export async function buildElectronNative({ force = false } = {}) {
  const electronVersion = require('electron/package.json').version;
  const target = { electron: electronVersion, platform: process.platform, arch: process.arch };
  const nativeDir = path.join(root, 'dist', 'native');
  const stamp = path.join(nativeDir, 'target.json');
  const addon = path.join(nativeDir, 'better_sqlite3.node');
  if (!force && fs.existsSync(addon) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === JSON.stringify(target)) return false;
  const { rebuild } = await import('@electron/rebuild');
  const work = path.join(root, 'dist', 'native-work');
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  fs.cpSync(source, path.join(work, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (f) => !f.includes(`${path.sep}build${path.sep}`) });
  const version = require('better-sqlite3/package.json').version;
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'powermap-native', private: true, dependencies: { 'better-sqlite3': version } }));
  await rebuild({ buildPath: work, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.copyFileSync(path.join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), addon);
  fs.writeFileSync(stamp, JSON.stringify(target));
  fs.rmSync(work, { recursive: true, force: true });
  return true;
}

export async function buildAll({ force = false } = {}) {
  await buildRenderer({ force });
  await bundle({ entry: path.join(root, 'electron/main/main.ts'), name: 'main', format: 'es', external: ['electron'], plugins: [sqliteShim] });
  await bundle({ entry: path.join(root, 'electron/preload/preload.ts'), name: 'preload', format: 'cjs', external: ['electron'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  await buildAll({ force });
  console.log(`built ${path.relative(root, outDir)}/main/main.js and preload/preload.cjs`);
  if (process.argv.includes('--electron-native')) {
    await buildElectronNative({ force });
    console.log('built dist/native/better_sqlite3.node for Electron');
  }
}
