/**
 * What a file dropped on the window (or given to `powermap import`) holds: a whole map as
 * interchange JSON (plain, or embedded in an exported PNG/SVG), a roster to add, or a document.
 */
import { isPng, readTextChunk } from './pngChunks';
import { readSvgInterchange } from './mapSvg';
import { EmbeddedMapDamaged } from './xml';

export type OpenedFile =
  | { kind: 'map'; text: string }
  | { kind: 'roster'; text: string }
  | { kind: 'document' }
  | { kind: 'error'; code: 'noEmbeddedMap' | 'damagedEmbeddedMap' | 'unknownFileType' };

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export function classifyFile(name: string, bytes: Uint8Array): OpenedFile {
  const lower = name.toLowerCase();
  const text = () => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (isPng(bytes)) {
    const json = readTextChunk(bytes);
    return json === null ? { kind: 'error', code: 'noEmbeddedMap' } : { kind: 'map', text: json };
  }
  if (lower.endsWith('.powermap') || new TextDecoder('latin1').decode(bytes.subarray(0, 16)) === SQLITE_MAGIC) return { kind: 'document' };
  if (lower.endsWith('.svg')) {
    let json: string | null;
    try {
      json = readSvgInterchange(text());
    } catch (e) {
      if (e instanceof EmbeddedMapDamaged) return { kind: 'error', code: 'damagedEmbeddedMap' };
      throw e;
    }
    return json === null ? { kind: 'error', code: 'noEmbeddedMap' } : { kind: 'map', text: json };
  }
  if (lower.endsWith('.json')) return { kind: 'map', text: text() };
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return { kind: 'roster', text: text() };
  return { kind: 'error', code: 'unknownFileType' };
}
