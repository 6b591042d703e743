/**
 * The journal table (schema version 4): appended in the same transaction as each edit, read back
 * oldest first. Rows are checked against the operation schema on the way out: a map file is input
 * from someone else, and a damaged row must not reach the rebuild.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { JournalEntry, JournalNote } from '../../shared/history/types';
import type { Operation } from '../../shared/ops';
import { operationSchema } from '../../shared/opSchema';

export interface JournalContext {
  device: string;
  author: string;
}

export function appendJournal(db: Database.Database, at: string, op: Operation, inverse: Operation, ctx: JournalContext, note: JournalNote = {}): void {
  db.prepare('INSERT INTO journal (id, at, device, author, op, inverse, label, meeting) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    randomUUID(),
    at,
    ctx.device,
    ctx.author,
    JSON.stringify(op),
    JSON.stringify(inverse),
    note.label ?? null,
    note.meeting ?? null,
  );
}

export class BadJournal extends Error {}

function parseOp(text: unknown, seq: number): Operation {
  let value: unknown;
  try {
    value = JSON.parse(String(text));
  } catch {
    throw new BadJournal(`journal entry ${seq} is not JSON`);
  }
  const parsed = operationSchema.safeParse(value);
  if (!parsed.success) throw new BadJournal(`journal entry ${seq} is not an operation`);
  return parsed.data as Operation;
}

/**
 * Which entries to read: the `last` ones; or those after seq `after` up to seq `upTo`, at most
 * `limit` of them (a page). Nothing said: every entry.
 */
export type JournalRange = { last: number } | { after?: number; upTo?: number; limit?: number };

/** The entries of `range`, oldest first; an older file (before version 4) has none. */
export function readJournal(db: Database.Database, range: JournalRange = {}): JournalEntry[] {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'journal'").get()) return [];
  const rows = (
    'last' in range
      ? db.prepare('SELECT * FROM (SELECT seq, id, at, device, author, op, inverse, label, meeting FROM journal ORDER BY seq DESC LIMIT ?) ORDER BY seq').all(range.last)
      : db
          .prepare('SELECT seq, id, at, device, author, op, inverse, label, meeting FROM journal WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?')
          .all(range.after ?? 0, range.upTo ?? Number.MAX_SAFE_INTEGER, range.limit ?? -1)
  ) as Record<string, unknown>[];
  return rows.map((r) => {
    const seq = Number(r.seq);
    return {
      seq,
      id: String(r.id),
      at: String(r.at),
      device: String(r.device),
      author: String(r.author ?? ''),
      op: parseOp(r.op, seq),
      inverse: parseOp(r.inverse, seq),
      label: typeof r.label === 'string' ? r.label : null,
      meeting: typeof r.meeting === 'string' ? r.meeting : null,
    };
  });
}
