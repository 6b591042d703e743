/**
 * A `.powermap` is SQL written by someone else: its schema could carry a trigger that wipes the map
 * on the first edit, or a view that never returns. So before any query that could reach such an
 * object (integrity checks, reading the map, writing), the file's `sqlite_schema` must be exactly
 * PowerMap's own tables and indexes for the version the file says it is.
 *
 * THE WHITELIST: the allowed schema of version N is what `MIGRATIONS` (migrations.ts) build from an
 * empty database up to N, nothing more, nothing less. Adding a table means adding a migration, which
 * adds it here too; never edit a shipped migration's SQL (files made by it would stop matching).
 */
import Database from 'better-sqlite3';
import { StoreError } from './errors';
import { migrate, SCHEMA_VERSION } from './migrations';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const readSchema = (db: Database.Database) => db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[];

/** Whitespace between tokens does not change what a statement does; anything else must match. */
const normalize = (r: SchemaRow) => JSON.stringify([r.type, r.name, r.tbl_name, r.sql?.replace(/\s+/g, ' ').trim() ?? null]);

const expectedByVersion = new Map<number, Set<string>>();

/** The exact schema of a file at `version`, built once by running the migrations in memory. */
export function expectedSchema(version: number): Set<string> {
  let known = expectedByVersion.get(version);
  if (!known) {
    const db = new Database(':memory:');
    try {
      migrate(db, 0, version);
      known = new Set(readSchema(db).map(normalize));
    } finally {
      db.close();
    }
    expectedByVersion.set(version, known);
  }
  return known;
}

/**
 * Turns off schema-defined functions with side effects, then refuses the file unless its schema is
 * exactly PowerMap's for `version`. Reading `sqlite_schema` only parses the statements: no view is
 * run and no trigger fires, so this is safe to do first on any file.
 */
export function guardSchema(db: Database.Database, version: number): void {
  db.pragma('trusted_schema = OFF');
  if (!Number.isInteger(version) || version < 0 || version > SCHEMA_VERSION) {
    throw new StoreError('newer-version', 'made by a newer PowerMap', { version });
  }
  const expected = expectedSchema(version);
  const found = readSchema(db).map(normalize);
  const extra = found.filter((r) => !expected.has(r));
  if (extra.length || found.length !== expected.size) {
    const first = extra[0] ? (JSON.parse(extra[0]) as string[]).slice(0, 2).join(' ') : 'a missing table';
    throw new StoreError('foreign-schema', `the file's schema is not PowerMap's (${first})`);
  }
}
