/**
 * Carries the interchange JSON inside a PNG as an uncompressed iTXt chunk (keyword "powermap"), so
 * an exported picture opens again as the map. Works on plain bytes: no Node Buffer, no zlib (the
 * browser has neither synchronously), hence the small CRC-32 table here.
 */
export const PNG_KEYWORD = 'powermap';
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Chunk {
  type: string;
  start: number;
  dataStart: number;
  length: number;
}

function* chunks(png: Uint8Array): Generator<Chunk> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let pos = 8;
  while (pos + 12 <= png.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    if (pos + 12 + length > png.length) return;
    yield { type, start: pos, dataStart: pos + 8, length };
    pos += 12 + length;
  }
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

/** Returns a copy of `png` with an iTXt chunk holding `text`, placed before the image data. */
export function withTextChunk(png: Uint8Array, text: string, keyword = PNG_KEYWORD): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG');
  const enc = new TextEncoder();
  const key = enc.encode(keyword);
  const body = enc.encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set([0, 0, 0, 0, 0], key.length);
  data.set(body, key.length + 5);
  const chunk = makeChunk('iTXt', data);
  const idat = [...chunks(png)].find((c) => c.type === 'IDAT');
  const at = idat ? idat.start : png.length - 12;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, at), 0);
  out.set(chunk, at);
  out.set(png.subarray(at), at + chunk.length);
  return out;
}

/** The text of the first uncompressed iTXt (or tEXt) chunk named `keyword`, or null. */
export function readTextChunk(png: Uint8Array, keyword = PNG_KEYWORD): string | null {
  if (!isPng(png)) return null;
  const dec = new TextDecoder('utf-8');
  for (const c of chunks(png)) {
    if (c.type !== 'iTXt' && c.type !== 'tEXt') continue;
    const data = png.subarray(c.dataStart, c.dataStart + c.length);
    const nul = data.indexOf(0);
    if (nul < 0 || dec.decode(data.subarray(0, nul)) !== keyword) continue;
    if (c.type === 'tEXt') return new TextDecoder('latin1').decode(data.subarray(nul + 1));
    if (data[nul + 1] !== 0) continue; // compressed: never written by PowerMap
    const langEnd = data.indexOf(0, nul + 3);
    const transEnd = langEnd < 0 ? -1 : data.indexOf(0, langEnd + 1);
    if (transEnd < 0) continue;
    return dec.decode(data.subarray(transEnd + 1));
  }
  return null;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (!isPng(png) || png.length < 24) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
