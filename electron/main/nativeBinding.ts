/**
 * better-sqlite3 is a native module: the copy in node_modules is built for Node (tests, CLI), and
 * Electron needs one built for its own ABI. That one lives apart, in `dist/native/`, made by
 * `node scripts/build.mjs --electron-native`, and is handed to better-sqlite3 through its
 * `nativeBinding` option (see sqlite.ts). In the packaged app it sits outside the ASAR archive,
 * because the OS loads native code only from real files.
 */
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_DIR = path.join('dist', 'native');
export const ADDON_NAME = 'better_sqlite3.node';

/** `appRoot` is the folder holding package.json: the repository, or `…/resources/app.asar`. */
export function electronBindingPath(appRoot: string): string {
  const unpacked = appRoot.replace(/app\.asar(?=$|[\\/])/, 'app.asar.unpacked');
  return path.join(unpacked, NATIVE_DIR, ADDON_NAME);
}

/**
 * The addon path to hand to better-sqlite3, checked once when the first map opens. `POWERMAP_SQLITE_ADDON`
 * overrides it (the bundle smoke test points it at the Node build).
 */
export function addonFor(appRoot: string, env: NodeJS.ProcessEnv = process.env): () => string {
  let checked: string | null = null;
  return () => {
    if (checked) return checked;
    const file = env.POWERMAP_SQLITE_ADDON ?? electronBindingPath(appRoot);
    if (!fs.existsSync(file)) {
      throw new Error(`PowerMap's SQLite module for Electron is missing (${file}). Run \`node scripts/build.mjs --electron-native\` (see docs/desktop.md).`);
    }
    checked = file;
    return file;
  };
}
