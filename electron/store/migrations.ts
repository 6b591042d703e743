/**
 * The schema, as an ordered list of numbered steps. A file records the last step it has in
 * `PRAGMA user_version`; opening runs the missing steps in one transaction after a backup.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE meta (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          town TEXT NOT NULL,
          title TEXT NOT NULL,
          stances TEXT NOT NULL,
          body_name TEXT NOT NULL,
          seats INTEGER NOT NULL CHECK (seats >= 1),
          rule_basis TEXT NOT NULL CHECK (rule_basis IN ('whole', 'cast')),
          rule_threshold TEXT NOT NULL,
          rule_quorum INTEGER CHECK (rule_quorum IS NULL OR rule_quorum >= 0),
          tie_breaker TEXT REFERENCES actors(id) ON DELETE SET NULL,
          executive_actor TEXT REFERENCES actors(id) ON DELETE SET NULL,
          executive_override TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE actors (
          id TEXT PRIMARY KEY,
          pos INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('decision-maker', 'influencer')),
          name TEXT NOT NULL,
          role TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          x REAL CHECK (x IS NULL OR x BETWEEN -1 AND 1),
          y REAL CHECK (y IS NULL OR y BETWEEN 0 AND 1),
          seat INTEGER NOT NULL DEFAULT 0 CHECK (seat IN (0, 1)),
          p_yes REAL CHECK (p_yes IS NULL OR p_yes BETWEEN 0 AND 1),
          p_present REAL NOT NULL DEFAULT 1 CHECK (p_present BETWEEN 0 AND 1),
          recused INTEGER NOT NULL DEFAULT 0 CHECK (recused IN (0, 1)),
          CHECK ((x IS NULL) = (y IS NULL))
        );
        CREATE TABLE blocks (
          id TEXT PRIMARY KEY,
          pos INTEGER NOT NULL,
          name TEXT NOT NULL,
          cohesion REAL NOT NULL CHECK (cohesion BETWEEN 0 AND 1)
        );
        -- actor_id is the key: a member belongs to at most one block.
        CREATE TABLE block_members (
          actor_id TEXT PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
          block_id TEXT NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
          pos INTEGER NOT NULL
        );
        CREATE INDEX block_members_block ON block_members(block_id);
        CREATE TABLE links (
          from_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
          to_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
          strength REAL NOT NULL CHECK (strength BETWEEN 0 AND 1),
          pos INTEGER NOT NULL,
          PRIMARY KEY (from_id, to_id),
          CHECK (from_id <> to_id)
        );
        CREATE INDEX links_to ON links(to_id);
      `);
    },
  },
  {
    // Version 2: what-if scenarios and the reportback's next steps live in the document.
    version: 2,
    up(db) {
      db.exec(`
        ALTER TABLE meta ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';
        CREATE TABLE scenarios (
          id TEXT PRIMARY KEY,
          pos INTEGER NOT NULL,
          name TEXT NOT NULL,
          changes TEXT NOT NULL
        );
      `);
    },
  },
  {
    // Version 3: a breakout group's copy remembers the map it was made from (DESIGN.md §11).
    version: 3,
    up(db) {
      db.exec(`
        CREATE TABLE origin (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          file TEXT NOT NULL,
          title TEXT NOT NULL,
          town TEXT NOT NULL,
          group_name TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    // Version 4: the journal (DESIGN.md §10). Every committed operation with its inverse, written
    // in the edit's own transaction, so the map at any past moment can be rebuilt.
    version: 4,
    up(db) {
      db.exec(`
        CREATE TABLE journal (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          at TEXT NOT NULL,
          device TEXT NOT NULL,
          author TEXT NOT NULL DEFAULT '',
          op TEXT NOT NULL,
          inverse TEXT NOT NULL,
          label TEXT,
          meeting TEXT
        );
        CREATE INDEX journal_at ON journal(at);
      `);
    },
  },
  {
    // Version 5: campaign memory (DESIGN.md §10): snapshots, constituent meetings with their
    // follow-ups, and recorded votes. Lists of ids and the roll call are JSON, validated on read.
    version: 5,
    up(db) {
      db.exec(`
        CREATE TABLE snapshots (
          id TEXT PRIMARY KEY,
          pos INTEGER NOT NULL,
          name TEXT NOT NULL,
          at TEXT NOT NULL
        );
        CREATE TABLE meetings (
          id TEXT PRIMARY KEY,
          pos INTEGER NOT NULL,
          date TEXT NOT NULL,
          with_ids TEXT NOT NULL,
          attendees TEXT NOT NULL DEFAULT '',
          ask TEXT NOT NULL DEFAULT '',
          response TEXT NOT NULL CHECK (response IN ('yes', 'leaning-yes', 'undecided', 'leaning-no', 'no', 'no-commitment')),
          commitment TEXT NOT NULL DEFAULT '',
          follow_owner TEXT,
          follow_due TEXT,
          follow_done INTEGER CHECK (follow_done IS NULL OR follow_done IN (0, 1)),
          notes TEXT NOT NULL DEFAULT '',
          CHECK ((follow_owner IS NULL) = (follow_done IS NULL))
        );
        CREATE TABLE votes (
          id TEXT PRIMARY KEY,
          pos INTEGER NOT NULL,
          date TEXT NOT NULL,
          measure TEXT NOT NULL,
          ballots TEXT NOT NULL,
          executive TEXT CHECK (executive IS NULL OR executive IN ('signed', 'vetoed')),
          adopted INTEGER NOT NULL CHECK (adopted IN (0, 1))
        );
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs every step above `from` (up to `to`) inside the caller's transaction. */
export function migrate(db: Database.Database, from: number, to: number = SCHEMA_VERSION): void {
  let last = from;
  for (const m of MIGRATIONS) {
    if (m.version <= last && m.version <= from) continue;
    if (m.version <= last) throw new Error(`migrations out of order at ${m.version}`);
    if (m.version > to) break;
    m.up(db);
    last = m.version;
  }
  db.pragma(`user_version = ${Number(last) | 0}`);
}
