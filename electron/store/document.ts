/**
 * One open `.powermap` file: a self-contained SQLite document (rollback journal, full sync, foreign
 * keys on). While it is open for writing, a sidecar lock (writerLock.ts) keeps every second writer
 * out; readers still get in and see the last committed state.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MAP_LIMITS, overLimit } from '../../shared/mapLimits';
import type { PowerMap } from '../../shared/model';
import { applyOperation, OpError, type Operation } from '../../shared/ops';
import { formatPath, interchangeSchema, toInterchange } from '../../shared/schema';
import { copyFileAtomic, partialPathFor, publish, removeStalePartials } from './atomicFile';
import { StoreError, fromSqliteError } from './errors';
import { identityOf, sameIdentity, type FileIdentity } from './fileIdentity';
import { APPLICATION_ID, readHeader } from './header';
import { migrate, SCHEMA_VERSION } from './migrations';
import { loadMap, MapWriter } from './persist';
import { readOrigin, writeOrigin } from './origin';
import { appendJournal, readJournal, type JournalContext, type JournalRange } from './journal';
import type { JournalEntry, JournalNote } from '../../shared/history/types';
import type { MapOrigin } from '../../shared/contract';
import { rebaseOperation, RebaseConflict } from '../../shared/merge/rebase';
import { WriterLock } from './writerLock';
import { privateCopy, type PrivateCopy } from './privateCopy';
import { brokenReference } from './references';
import { guardSchema } from './schemaGuard';
import { journalSeed, type HistoryEntry } from '../../shared/interchange';
import { IMPORT_LABEL } from '../../shared/history/replay';

export interface OpenOptions {
  /** Open without writing anything (used by `powermap check` and for read-only files). */
  readOnly?: boolean;
  /** Clock for timestamps, replaceable in tests. */
  now?: () => string;
  /** With create: the map this one is a breakout group's copy of. */
  origin?: MapOrigin;
  /** Who the journal names for this document's edits. */
  journal?: JournalContext;
  /**
   * With create: the map is imported, and its journal starts with this interchange history (in the
   * same transaction); an empty one means everyone arrives at the time of import. Without it the
   * journal starts empty.
   */
  history?: readonly HistoryEntry[];
}

const UNKNOWN_DEVICE: JournalContext = { device: 'unknown', author: '' };

/** Another program holding the file should be reported at once, not after SQLite's usual wait. */
export const BUSY_TIMEOUT_MS = 250;
/** A writer waits this long for a reader (`powermap check`) to finish reading before it gives up. */
const WRITE_BUSY_TIMEOUT_MS = 5000;
/** How many earlier revisions a view may be behind and still have its edit merged. */
const KEPT_REVISIONS = 200;

function configure(db: Database.Database): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

function isWritable(file: string): boolean {
  // Root ignores permission bits, so a file the user marked read-only is read-only for us too.
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    return false;
  }
  return (fs.statSync(file).mode & 0o222) !== 0;
}

function integrityCheck(db: Database.Database): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
    throw new StoreError('corrupt', `integrity check failed: ${rows[0]?.integrity_check ?? '?'}`);
  }
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number | null }[];
  if (fk.length) throw new StoreError('corrupt', 'broken references between tables', brokenReference(db, fk));
}

/**
 * Reads the map and refuses one whose values have the wrong shape: SQLite's flexible typing would
 * let a damaged page hand the UI a number where a name belongs. Cross-references are the
 * operations' business, so only shape problems count here.
 */
function loadValidMap(db: Database.Database): PowerMap {
  let map: PowerMap;
  try {
    // One read transaction: a writer committing meanwhile cannot hand us half of its change.
    map = db.transaction(() => loadMap(db))();
  } catch (e) {
    throw new StoreError('corrupt', `unreadable map: ${(e as Error).message}`);
  }
  refuseOverLimit(map);
  const checked = interchangeSchema.safeParse(toInterchange(map));
  const shape = checked.success ? [] : checked.error.issues.filter((i) => i.code !== 'custom');
  if (shape.length) throw new StoreError('corrupt', `bad value at ${formatPath(shape[0]!.path)}: ${shape[0]!.message}`);
  return map;
}

/** Refuses a map longer than a map may be (shared/mapLimits.ts): the grid could not show it without freezing. */
function refuseOverLimit(map: PowerMap): void {
  const over = overLimit(map);
  if (over) throw new StoreError('too-large', `${over.count} ${over.what}, more than the ${MAP_LIMITS[over.what]} a map holds`, { ...MAP_LIMITS });
}

export function backupPathFor(file: string, fromVersion: number, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.bak`;
}

export interface AppliedEdit {
  inverse: Operation;
  updatedAt: string;
  /** The document's revision after this edit. */
  revision: number;
  /** The edit was made on an older revision and merged field by field into the current map. */
  merged: boolean;
}

export class MapDocument {
  private mapState: PowerMap;
  private readonly writer: MapWriter | null;
  /** Counts committed edits since open; every view sends the revision its edit was based on. */
  private revisionNo = 0;
  private readonly past = new Map<number, PowerMap>();
  /** The file this document opened; a different file under the same name is not ours. */
  readonly identity: FileIdentity | null;
  /**
   * A reader found an interrupted write (a hot journal) and undid it in a private copy: what it read
   * is the map as last saved, and the file itself is still as the interrupted program left it.
   */
  rolledBackInCopy = false;

  private constructor(
    readonly file: string,
    private readonly db: Database.Database,
    readonly readOnly: boolean,
    private readonly now: () => string,
    private readonly journalContext: JournalContext = UNKNOWN_DEVICE,
    private readonly writerLock: WriterLock | null = null,
    private readonly onClose: () => void = () => {},
  ) {
    this.mapState = loadValidMap(db);
    this.writer = readOnly ? null : new MapWriter(db);
    this.identity = identityOf(file);
    this.past.set(0, this.mapState);
  }

  get map(): PowerMap {
    return this.mapState;
  }

  get origin(): MapOrigin | null {
    return readOrigin(this.db);
  }

  /** Every edit ever committed to this map, oldest first; or those of `range`. */
  journal(range?: JournalRange): JournalEntry[] {
    return readJournal(this.db, range);
  }

  /** The seq of the journal's newest entry (0 when it has none). */
  journalEnd(): number {
    return readJournal(this.db, { last: 1 })[0]?.seq ?? 0;
  }

  get revision(): number {
    return this.revisionNo;
  }

  /** Creates a new document; refuses to overwrite an existing file. */
  static create(file: string, map: PowerMap, opts: OpenOptions = {}): MapDocument {
    if (fs.existsSync(file)) throw new StoreError('io', `file exists: ${file}`);
    // Built under a temporary name and published whole: a process killed halfway leaves no stub
    // that would later read as a map.
    refuseOverLimit(map);
    removeStalePartials(file);
    const partial = partialPathFor(file);
    try {
      const db = new Database(partial, { timeout: BUSY_TIMEOUT_MS });
      try {
        db.pragma('trusted_schema = OFF');
        configure(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.transaction(() => {
          migrate(db, 0);
          new MapWriter(db).writeAll(map);
          if (opts.origin) writeOrigin(db, opts.origin);
          if (opts.history) {
            const at = (opts.now ?? (() => new Date().toISOString()))();
            for (const e of journalSeed(map, opts.history, at)) {
              // Marked, so that Undo after opening never takes the import apart (shared/history/replay.ts).
              appendJournal(db, e.at, e.op, e.inverse, opts.journal ?? UNKNOWN_DEVICE, { label: IMPORT_LABEL, ...(e.meeting ? { meeting: e.meeting } : {}) });
            }
          }
        }).immediate();
      } finally {
        db.close();
      }
      publish(partial, file, { replace: false });
    } catch (e) {
      fs.rmSync(partial, { force: true });
      fs.rmSync(`${partial}-journal`, { force: true });
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new StoreError('io', `file exists: ${file}`);
      throw fromSqliteError(e);
    }
    return MapDocument.open(file, opts);
  }

  /** Opens an existing document, refusing (without modifying it) anything that is not a valid map. */
  static open(file: string, opts: OpenOptions = {}): MapDocument {
    const header = readHeader(file);
    if (header.userVersion > SCHEMA_VERSION) {
      throw new StoreError('newer-version', 'made by a newer PowerMap', { version: header.userVersion });
    }
    const readOnly = opts.readOnly === true || !isWritable(file);
    if (readOnly) return MapDocument.openForReading(file, header.userVersion, opts);
    // The writer's lock comes first, so no second writer can be upgrading or editing meanwhile.
    const writerLock = WriterLock.acquire(file);
    let db: Database.Database;
    try {
      // A hot journal means an interrupted write: a read-write open rolls it back, as SQLite intends.
      db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    } catch (e) {
      writerLock.release();
      throw fromSqliteError(e);
    }
    try {
      // Read after any rollback: a journal left by a killed upgrade restores the older version.
      const version = db.pragma('user_version', { simple: true }) as number;
      guardSchema(db, version);
      configure(db);
      integrityCheck(db);
      if (version < SCHEMA_VERSION) {
        db.close();
        const backup = backupPathFor(file, version);
        // Copied under a temporary name: a `.bak` exists only once it is whole.
        copyFileAtomic(file, backup);
        db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
        db.pragma('trusted_schema = OFF');
        configure(db);
        try {
          db.transaction(() => migrate(db, version)).immediate();
        } catch (e) {
          // The transaction rolled back, so the file is as it was; the backup stays for the user.
          throw new StoreError('migration-failed', `upgrade failed: ${(e as Error).message}`, { backup: path.basename(backup) });
        }
      }
      const now = opts.now ?? (() => new Date().toISOString());
      // A journal left by a killed session of an older PowerMap (exclusive mode zeroes its header
      // instead of deleting it) is not hot: SQLite rolled back any hot one on the first read above.
      // With the writer's lock held nobody else can need it: remove it so the map is one file again.
      fs.rmSync(`${file}-journal`, { force: true });
      removeStalePartials(file);
      // Readers hold the file only while reading; a write waits for them rather than failing.
      db.pragma(`busy_timeout = ${WRITE_BUSY_TIMEOUT_MS}`);
      // journal_mode stays DELETE: a journal kept between edits (PERSIST, TRUNCATE) would make SQLite
      // refuse to read a moved or deleted map, and Save a copy must still work then.
      return new MapDocument(file, db, false, now, opts.journal, writerLock);
    } catch (e) {
      db.close();
      writerLock.release();
      throw fromSqliteError(e);
    }
  }

  /**
   * Read-only: never writes the file. A current map is read in place under a shared lock; an older
   * one, or one with a hot journal, is read from a private copy that is upgraded or rolled back there.
   */
  private static openForReading(file: string, headerVersion: number, opts: OpenOptions): MapDocument {
    const now = opts.now ?? (() => new Date().toISOString());
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    } catch (e) {
      throw fromSqliteError(e);
    }
    let copy: PrivateCopy | null = null;
    try {
      // The shared lock taken here keeps writers out until the copy (if any) is made.
      db.exec('BEGIN');
      guardSchema(db, headerVersion);
      if (headerVersion < SCHEMA_VERSION) copy = privateCopy(file);
      db.exec('COMMIT');
      if (!copy) {
        db.pragma('foreign_keys = ON');
        integrityCheck(db);
        return new MapDocument(file, db, true, now);
      }
    } catch (e) {
      db.close();
      copy?.remove();
      // A hot journal: rolling it back is a write, which a reader must not do to the user's file.
      if ((e as { code?: string }).code !== 'SQLITE_READONLY_ROLLBACK') throw fromSqliteError(e);
      copy = privateCopy(file);
    }
    db.close();
    return MapDocument.fromCopy(file, copy, now);
  }

  private static fromCopy(file: string, copy: PrivateCopy, now: () => string): MapDocument {
    let db: Database.Database | null = null;
    try {
      db = new Database(copy.file, { fileMustExist: true });
      const version = db.pragma('user_version', { simple: true }) as number;
      guardSchema(db, version);
      db.pragma('foreign_keys = ON');
      integrityCheck(db);
      const upgrade = db;
      if (version < SCHEMA_VERSION) upgrade.transaction(() => migrate(upgrade, version)).immediate();
      const doc = new MapDocument(file, db, true, now, UNKNOWN_DEVICE, null, copy.remove);
      doc.rolledBackInCopy = copy.withJournal;
      return doc;
    } catch (e) {
      db?.close();
      copy.remove();
      throw fromSqliteError(e);
    }
  }

  /**
   * Applies one user action in one transaction; the map changes only if the write committed. With
   * `base` (the revision the view saw), an edit made on an older map is merged field by field into
   * the current one, or refused with `stale` when another view changed the same thing.
   */
  apply(op: Operation, note?: JournalNote, base?: number): AppliedEdit {
    if (!this.writer) throw new StoreError('read-only', 'this map is open read-only');
    const merged = base !== undefined && base !== this.revisionNo;
    if (merged) op = this.rebase(op, base);
    let applied;
    try {
      applied = applyOperation(this.mapState, op);
    } catch (e) {
      if (e instanceof OpError) throw new StoreError('op-rejected', e.message, { reason: e.code, subject: e.subject });
      throw e;
    }
    const next = { ...applied.map, updatedAt: this.now() };
    this.checkStillThere();
    try {
      // The journal entry commits with the edit or not at all.
      this.db.transaction(() => {
        this.writer!.write(this.mapState, next);
        appendJournal(this.db, next.updatedAt, op, applied.inverse, this.journalContext, note);
      }).immediate();
    } catch (e) {
      throw fromSqliteError(e);
    }
    this.mapState = next;
    this.revisionNo += 1;
    this.past.set(this.revisionNo, next);
    this.past.delete(this.revisionNo - KEPT_REVISIONS);
    return { inverse: applied.inverse, updatedAt: next.updatedAt, revision: this.revisionNo, merged };
  }

  private rebase(op: Operation, base: number): Operation {
    const seen = this.past.get(base);
    if (!seen) throw new StoreError('stale', 'the edit was made on a map too old to merge', { base, revision: this.revisionNo });
    try {
      return rebaseOperation(seen, op, this.mapState);
    } catch (e) {
      if (e instanceof RebaseConflict) throw new StoreError('stale', e.message, { base, revision: this.revisionNo });
      throw e;
    }
  }

  /** A copy through SQLite's backup API, consistent even while this document stays open. */
  async saveCopy(target: string): Promise<void> {
    if (path.resolve(target) === path.resolve(this.file)) throw new StoreError('io', 'cannot copy a map onto itself');
    const tmp = `${target}.partial`;
    try {
      await this.db.backup(tmp);
      fs.renameSync(tmp, target);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw fromSqliteError(e);
    }
  }

  /** A file deleted or moved while open would take every later edit with it: say so instead. */
  private checkStillThere(): void {
    const problem = this.fileProblem();
    if (problem === 'file-gone') throw new StoreError('file-gone', 'the map file was moved, deleted or replaced');
    if (problem === 'read-only') throw new StoreError('read-only', 'the map file was made read-only');
  }

  /**
   * What happened to the file under this document, if anything. A different file under the same
   * name (a sync client, `mv`, a restored backup) counts as gone: our connection still writes to
   * the old, unlinked one, so an edit acknowledged there would be lost.
   */
  fileProblem(): 'file-gone' | 'read-only' | null {
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch {
      return 'file-gone';
    }
    if (this.identity && !sameIdentity(this.identity, { dev: st.dev, ino: st.ino })) return 'file-gone';
    return (st.mode & 0o222) === 0 ? 'read-only' : null;
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.writerLock) {
      // A journal left (zeroed) by an older PowerMap's exclusive mode; with the lock still ours, nobody needs it.
      fs.rmSync(`${this.file}-journal`, { force: true });
      this.writerLock.release();
    }
    this.onClose();
  }
}
