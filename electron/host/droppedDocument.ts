/**
 * A browser gives a dropped file's bytes, never its path, so the browser host cannot open the file the
 * user dropped where it lies. It can when that file is one it already knows: a map in the maps folder
 * or among the recent maps with the same name and byte for byte the same content.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Host } from './handlers';

export function findDroppedOriginal(host: Host, name: string, bytes: Uint8Array): string | null {
  const base = path.basename(name);
  for (const m of host.listMaps()) {
    if (!m.exists || path.basename(m.path) !== base) continue;
    try {
      if (fs.statSync(m.path).size !== bytes.length) continue;
      if (Buffer.compare(fs.readFileSync(m.path), bytes) === 0) return m.path;
    } catch {
      // Gone or unreadable since it was listed: not the original.
    }
  }
  return null;
}
