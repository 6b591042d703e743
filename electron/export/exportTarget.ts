/**
 * Where an export may go. An export never replaces a map: not the map being exported (under any
 * name: a symlink, a hard link), not a map open in this or another program, not any `.powermap`
 * file, nor the journal or lock beside one. The bytes then arrive whole (atomicFile.ts).
 */
import fs from 'node:fs';
import { writeFileAtomic } from '../store/atomicFile';
import { StoreError } from '../store/errors';
import { isSameFile } from '../store/fileIdentity';
import { APPLICATION_ID } from '../store/header';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file holds a PowerMap map, judged by its SQLite header alone. */
export function isMapFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(100);
    const read = fs.readSync(fd, head, 0, 100, 0);
    return read === 100 && head.subarray(0, 16).equals(SQLITE_MAGIC) && head.readInt32BE(68) === APPLICATION_ID;
  } catch {
    return false;
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws `replaces-map` when writing to `target` would replace one of `maps` or any map file. */
export function refuseMapTarget(target: string, maps: readonly string[]): void {
  const companion = /-(journal|writer)$/.exec(target);
  const guarded = companion ? target.slice(0, -companion[0].length) : target;
  if (maps.some((m) => isSameFile(m, target) || isSameFile(m, guarded)) || isMapFile(target) || (companion && isMapFile(guarded))) {
    throw new StoreError('replaces-map', `an export would replace a map: ${target}`);
  }
}

/** Writes an export after the checks above, through a temporary file and a rename. */
export function writeExport(target: string, bytes: Uint8Array, maps: readonly string[]): void {
  refuseMapTarget(target, maps);
  writeFileAtomic(target, bytes);
}
