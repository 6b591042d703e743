/**
 * Stands in for `better-sqlite3` in the Electron main bundle (scripts/build.mjs aliases it), so the
 * document store, unchanged, loads the Electron-ABI addon. Tests and the CLI never see this file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BaseDatabase from 'better-sqlite3';
import { addonFor } from './nativeBinding';

// The bundle is dist/electron/main/main.js; the app root is three folders up.
const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const binding = addonFor(appRoot);

class Database extends BaseDatabase {
  constructor(file?: string | Buffer, options: BaseDatabase.Options = {}) {
    super(file, options.nativeBinding === undefined ? { ...options, nativeBinding: binding() } : options);
  }
}

export default Database;
