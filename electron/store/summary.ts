/**
 * What a list of maps shows of each one (town, title, last saved), read without opening the map:
 * listing a folder must not load, validate and integrity-check every map in it (a 10,000-actor map
 * is a tenth of a second of that, on every open and every return to the start screen). The same
 * guards as an open come first (the header, then the schema whitelist), so a foreign or crafted
 * file is never queried; a damaged one may still be listed, and opening it is what refuses it.
 */
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from './document';
import { readHeader } from './header';
import { guardSchema } from './schemaGuard';

export interface MapSummary {
  town: string;
  title: string;
  updatedAt: string;
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** The map's town, title and last save; null where the light read cannot tell (the caller decides). */
export function readSummary(file: string): MapSummary | null {
  let db: Database.Database | null = null;
  try {
    const header = readHeader(file);
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    // One read transaction: the schema checked is the schema read.
    db.exec('BEGIN');
    guardSchema(db, header.userVersion);
    const row = db.prepare('SELECT town, title, updated_at FROM meta WHERE id = 1').get() as Record<string, unknown> | undefined;
    db.exec('COMMIT');
    if (!row || !isText(row.town) || !isText(row.title) || !isText(row.updated_at)) return null;
    return { town: row.town, title: row.title, updatedAt: row.updated_at };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
