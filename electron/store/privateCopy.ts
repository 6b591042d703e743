/**
 * Reading a map without touching it, when reading it in place would write: an older map must be
 * upgraded before it can be read, and a hot journal (an interrupted write) must be rolled back. Both
 * happen in a copy in a private temporary folder; the user's file keeps every byte.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PrivateCopy {
  /** The copied map, which may be opened read-write. */
  file: string;
  /** Whether a journal was copied with it (SQLite rolls it back when the copy is first read). */
  withJournal: boolean;
  remove(): void;
}

/**
 * Copies `file` (and its journal, if any) into a fresh folder only this user can read. The caller
 * holds a shared lock on the original when it can, so no writer commits halfway through the copy.
 */
export function privateCopy(file: string): PrivateCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-read-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const copy = path.join(dir, 'map.powermap');
    fs.copyFileSync(file, copy);
    fs.chmodSync(copy, 0o600);
    let withJournal = false;
    try {
      fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
      withJournal = true;
    } catch {
      // No journal: nothing to roll back.
    }
    return { file: copy, withJournal, remove };
  } catch (e) {
    remove();
    throw e;
  }
}
