/**
 * Names the first broken reference `PRAGMA foreign_key_check` found, so that `powermap check` can
 * say which link or block member points at nobody instead of only "damaged". Each table has its own
 * fixed query: SQL is never built from a table name read out of a file.
 */
import type Database from 'better-sqlite3';

interface Violation {
  table: string;
  rowid: number | bigint | null;
}

function rowOf(db: Database.Database, table: string): Database.Statement | null {
  if (table === 'links') return db.prepare('SELECT from_id AS a, to_id AS b FROM links WHERE rowid = ?');
  if (table === 'block_members') return db.prepare('SELECT actor_id AS a, block_id AS b FROM block_members WHERE rowid = ?');
  if (table === 'meta') return db.prepare('SELECT tie_breaker AS a, executive_actor AS b FROM meta WHERE rowid = ?');
  return null;
}

/** Params for a `corrupt` StoreError: which kind of reference, the ids involved, and how many. */
export function brokenReference(db: Database.Database, violations: Violation[]): Record<string, string | number> {
  const first = violations[0]!;
  const params: Record<string, string | number> = { brokenCount: violations.length, brokenIn: first.table };
  const query = rowOf(db, first.table);
  if (query && first.rowid !== null) {
    const row = query.get(first.rowid) as { a: string | null; b: string | null } | undefined;
    if (row) Object.assign(params, { brokenA: row.a ?? '', brokenB: row.b ?? '' });
  }
  return params;
}
