/** Where PowerMap keeps its settings and, for the browser host, the maps it creates. */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { writerLockPath } from '../store/writerLock';

export function defaultDataDir(): string {
  if (process.env.POWERMAP_DATA_DIR) return path.resolve(process.env.POWERMAP_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'PowerMap');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'PowerMap');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'PowerMap');
}

export function defaultMapsDir(dataDir: string): string {
  if (process.env.POWERMAP_DATA_DIR) return path.join(dataDir, 'maps');
  const documents = path.join(os.homedir(), 'Documents');
  return fs.existsSync(documents) ? path.join(documents, 'PowerMap') : path.join(dataDir, 'maps');
}

/**
 * The first of `name`, `name (2)`, `name (3)`, … that does not exist yet in `dir`. A name whose
 * writer's lock is there is taken too: an open map whose file was deleted still holds it.
 */
export function uniquePath(dir: string, name: string): string {
  const ext = path.extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? name : `${base} (${i})${ext}`);
    if (!fs.existsSync(candidate) && !fs.existsSync(writerLockPath(candidate))) return candidate;
  }
}
