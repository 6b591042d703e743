/**
 * One writer per map, any number of readers. The map itself is locked only while a transaction runs
 * (so `powermap check`, `project` and `export` read a committed state while the app has it open);
 * the writer instead holds an exclusive SQLite lock on a sidecar file, `<map>-writer`, for as long
 * as the map is open. The OS drops that lock when the process dies, so a killed writer never
 * leaves a map locked.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError } from './errors';
import { identityOf, sameIdentity } from './fileIdentity';

export const writerLockPath = (file: string) => `${file}-writer`;

export class WriterLock {
  private constructor(
    private readonly path: string,
    private readonly db: Database.Database,
  ) {}

  /** Takes the lock at once or refuses with `locked`. */
  static acquire(file: string): WriterLock {
    const lockPath = writerLockPath(file);
    const before = identityOf(lockPath);
    let db: Database.Database;
    try {
      db = new Database(lockPath, { timeout: 0 });
    } catch (e) {
      throw new StoreError('io', `cannot create the lock file: ${(e as Error).message}`);
    }
    try {
      // The sidecar holds no data: no journal file beside it either.
      db.pragma('journal_mode = MEMORY');
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch {
      db.close();
      throw new StoreError('locked', 'the map is open for writing in another program');
    }
    // A writer that was closing may have removed the name we opened: our lock would then guard a
    // file nobody else can find. Only a lock on the file still under that name counts.
    const after = identityOf(lockPath);
    if (!after || (before && !sameIdentity(before, after))) {
      db.close();
      throw new StoreError('locked', 'the map was being closed by another program; try again');
    }
    return new WriterLock(lockPath, db);
  }

  /** Removes the sidecar while still holding the lock, then lets go. */
  release(): void {
    if (!this.db.open) return;
    try {
      fs.rmSync(this.path, { force: true });
      fs.rmSync(`${this.path}-journal`, { force: true });
    } catch {
      // Some systems cannot remove an open file; an unlocked sidecar is harmless.
    }
    this.db.close();
  }
}
