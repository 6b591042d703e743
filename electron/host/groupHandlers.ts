/**
 * Breakout groups' maps, read for comparison with the open map (DESIGN.md §11). A group's file
 * arrives as bytes (chosen or dropped in the window) and is parsed like a drop, but nothing is
 * created or opened for writing: the comparison happens in the window.
 */
import type { Handlers } from '../../shared/contract';
import { classifyFile } from '../../shared/export/openedFile';
import { parseInterchangeText } from '../../shared/schema';
import { StoreError } from '../store/errors';
import { mapFromDocumentBytes } from './exportHandler';

type GroupHandlers = Pick<Handlers, 'groups.readMap'>;

export function groupHandlers(now: () => Date): GroupHandlers {
  return {
    'groups.readMap': async ({ name, base64 }) => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const found = classifyFile(name, bytes);
      if (found.kind === 'error') throw new StoreError(found.code === 'noEmbeddedMap' ? 'invalid-json' : 'unsupported', found.code, { file: found.code });
      if (found.kind === 'roster') throw new StoreError('unsupported', 'a roster is not a map', { file: 'roster' });
      if (found.kind === 'document') return mapFromDocumentBytes(bytes);
      const parsed = parseInterchangeText(found.text, now().toISOString());
      if (!parsed.ok) {
        const p = parsed.problems[0]!;
        throw new StoreError('invalid-json', `${p.field}: ${p.message}`, { field: p.field, message: p.message });
      }
      return parsed.map;
    },
  };
}
