/** Where a breakout group's copy came from, kept in the copy itself (schema version 3). */
import type Database from 'better-sqlite3';
import type { MapOrigin } from '../../shared/contract';

export function writeOrigin(db: Database.Database, origin: MapOrigin): void {
  db.prepare('INSERT INTO origin (id, file, title, town, group_name, created_at) VALUES (1, @file, @title, @town, @group, @createdAt)').run(origin);
}

/** Null for a map that is nobody's copy, and for an older file read without upgrading it. */
export function readOrigin(db: Database.Database): MapOrigin | null {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'origin'").get();
  if (!table) return null;
  const row = db.prepare('SELECT file, title, town, group_name, created_at FROM origin WHERE id = 1').get() as Record<string, unknown> | undefined;
  if (!row) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { file: text(row.file), title: text(row.title), town: text(row.town), group: text(row.group_name), createdAt: text(row.created_at) };
}
