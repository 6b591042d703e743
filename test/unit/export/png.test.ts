import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, pngSize, readTextChunk, withTextChunk } from '../../../shared/export/pngChunks';

/** A real 2×1 PNG built by hand with Node's zlib, independent of the code under test. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

describe('PNG text chunk', () => {
  it('computes the same CRC-32 as zlib', () => {
    const data = new TextEncoder().encode('iTXtpowermap Núñez 🌽');
    expect((crc32(data) ^ 0xffffffff) >>> 0).toBe(zlib.crc32(data));
  });

  it('embeds UTF-8 text that reads back, keeping the image valid', () => {
    const text = JSON.stringify({ name: 'Núñez 🌽 <img src=x onerror=alert(1)>' });
    const out = withTextChunk(tinyPng(), text);
    expect(readTextChunk(out)).toBe(text);
    expect(pngSize(out)).toEqual({ width: 2, height: 1 });
    // Every chunk's CRC is still right: walk them with Node's zlib.
    const buf = Buffer.from(out);
    let pos = 8;
    const types: string[] = [];
    while (pos < buf.length) {
      const len = buf.readUInt32BE(pos);
      const type = buf.toString('latin1', pos + 4, pos + 8);
      expect(buf.readUInt32BE(pos + 8 + len)).toBe(zlib.crc32(buf.subarray(pos + 4, pos + 8 + len)));
      types.push(type);
      pos += 12 + len;
    }
    expect(types).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
  });

  it('finds nothing in a PNG without the chunk, or in something that is not a PNG', () => {
    expect(readTextChunk(tinyPng())).toBeNull();
    expect(readTextChunk(new TextEncoder().encode('not a png at all'))).toBeNull();
  });
});
