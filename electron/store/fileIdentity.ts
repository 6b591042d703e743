/**
 * A file is known by its device and inode, not by its name: a sync client or a restored backup can
 * put a different file under the same name (and a hard link or symlink gives one file two names).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FileIdentity {
  dev: number;
  ino: number;
}

export function identityOf(file: string): FileIdentity | null {
  try {
    const st = fs.statSync(file);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

export const sameIdentity = (a: FileIdentity | null, b: FileIdentity | null): boolean =>
  a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether two names reach the same file: the same real path, or the same device and inode. */
export function isSameFile(a: string, b: string): boolean {
  return realPath(a) === realPath(b) || sameIdentity(identityOf(a), identityOf(b));
}
