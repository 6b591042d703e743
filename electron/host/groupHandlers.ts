/**
 * Breakout groups (DESIGN.md §11): copies of the open map, one per group, each remembering the
 * map it came from; and a group's map read back for comparison. A group's file arrives as bytes
 * (chosen or dropped in the window) and is parsed like a drop, but nothing is opened for writing:
 * the comparison happens in the window.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import { classifyFile } from '../../shared/export/openedFile';
import { slugify } from '../../shared/fileName';
import { parseInterchangeText } from '../../shared/schema';
import { MapDocument } from '../store/document';
import { StoreError } from '../store/errors';
import { mapFromDocumentBytes } from './exportHandler';
import type { Host } from './handlers';
import { uniquePath } from './paths';

type GroupHandlers = Pick<Handlers, 'groups.makeCopies' | 'groups.readMap'>;

export interface GroupHandlerOptions {
  now: () => Date;
  /** The browser host lists only its maps folder, so copies go there; Electron puts them beside the map. */
  mapsDir: string;
  besideOriginal: boolean;
}

export function groupHandlers(host: Pick<Host, 'docById'>, opts: GroupHandlerOptions): GroupHandlers {
  return {
    'groups.makeCopies': async ({ docId, groups }) => {
      const doc = host.docById(docId);
      const dir = opts.besideOriginal ? path.dirname(doc.file) : opts.mapsDir;
      fs.mkdirSync(dir, { recursive: true });
      const stem = path.basename(doc.file, path.extname(doc.file));
      const at = opts.now().toISOString();
      const source = doc.map;
      const files: string[] = [];
      for (const group of groups) {
        const target = uniquePath(dir, `${stem}-${slugify(group, 40) || 'group'}.powermap`);
        // Ids stay the same, so comparing the copies with the map later matches every person exactly.
        const copy = { ...source, title: source.title ? `${source.title} — ${group}` : group, createdAt: at, updatedAt: at };
        MapDocument.create(target, copy, { now: () => at, origin: { file: path.basename(doc.file), title: source.title, town: source.town, group, createdAt: at } }).close();
        files.push(path.basename(target));
      }
      return { files };
    },
    'groups.readMap': async ({ name, base64 }) => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const found = classifyFile(name, bytes);
      if (found.kind === 'error') throw new StoreError(found.code === 'unknownFileType' ? 'unsupported' : 'invalid-json', found.code, { file: found.code });
      if (found.kind === 'roster') throw new StoreError('unsupported', 'a roster is not a map', { file: 'roster' });
      if (found.kind === 'document') return mapFromDocumentBytes(bytes);
      const parsed = parseInterchangeText(found.text, opts.now().toISOString());
      if (!parsed.ok) {
        const p = parsed.problems[0]!;
        throw new StoreError('invalid-json', `${p.field}: ${p.message}`, { field: p.field, message: p.message });
      }
      return parsed.map;
    },
  };
}
