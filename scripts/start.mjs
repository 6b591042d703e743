// `npm start`: the desktop app when the Electron binary is installed; otherwise (no internet when
// installing, so Electron could not download it) the same app in the default browser, served on this
// computer only, with a message saying why. See docs/desktop.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron executable, or null: the `electron` package throws when its download never happened. */
function electronBinary() {
  try {
    const bin = require('electron');
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const bin = process.env.POWERMAP_NO_ELECTRON ? null : electronBinary();
if (bin) {
  const { buildAll, buildElectronNative } = await import('./build.mjs');
  await buildAll();
  await buildElectronNative();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
} else {
  const { buildRenderer } = await import('./build-renderer.mjs');
  await buildRenderer();
  const { register } = await import('tsx/esm/api');
  register();
  const { runBrowserFallback } = await import('../electron/main/browserFallback.ts');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // POWERMAP_NO_BROWSER=1: print the address but open no browser (a headless machine, a test).
  const openBrowser = process.env.POWERMAP_NO_BROWSER ? async () => false : undefined;
  const app = await runBrowserFallback({ rendererDir: path.join(root, 'dist', 'renderer'), version: pkg.version, openBrowser });
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
