/**
 * Reads the 100-byte SQLite header without opening the database, so that a file which is not ours
 * is refused before SQLite (or we) could touch it.
 */
import fs from 'node:fs';
import { StoreError } from './errors';

/** 'PMAP' — the app's own `PRAGMA application_id`. */
export const APPLICATION_ID = 0x504d4150;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface HeaderInfo {
  size: number;
  pageSize: number;
  pageCount: number;
  applicationId: number;
  userVersion: number;
}

export function readHeader(path: string): HeaderInfo {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    throw new StoreError('not-found', `no such file: ${path}`);
  }
  if (!stat.isFile()) throw new StoreError('not-found', `not a file: ${path}`);
  if (stat.size === 0) throw new StoreError('empty-file', 'the file is empty');
  const head = Buffer.alloc(100);
  const fd = fs.openSync(path, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, head, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !head.subarray(0, 16).equals(MAGIC)) throw new StoreError('not-sqlite', 'not an SQLite database');
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const info: HeaderInfo = {
    size: stat.size,
    pageSize,
    pageCount: head.readUInt32BE(28),
    applicationId: head.readInt32BE(68),
    userVersion: head.readInt32BE(60),
  };
  if (info.applicationId !== APPLICATION_ID) {
    throw new StoreError('other-app', 'an SQLite file of another application', { applicationId: info.applicationId });
  }
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw new StoreError('corrupt', 'bad page size');
  // The in-header page count tells us how long a whole file is; a shorter one was truncated. Not
  // while a journal lies beside it: a commit killed after writing page 1 but before the pages it
  // appends leaves the file short until SQLite rolls the journal back on open.
  if (info.pageCount > 0 && stat.size < info.pageCount * pageSize && !hasJournal(path)) {
    throw new StoreError('corrupt', 'the file is truncated', { expected: info.pageCount * pageSize, actual: stat.size });
  }
  return info;
}

function hasJournal(file: string): boolean {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}
