/** The journal of a map (DESIGN.md §10): every committed operation, oldest first. */
import type { Operation } from '../ops';

export interface JournalEntry {
  seq: number;
  /** Globally unique, so that a later sync engine can replicate the journal. */
  id: string;
  /** UTC, ISO 8601. */
  at: string;
  device: string;
  author: string;
  op: Operation;
  inverse: Operation;
  label: string | null;
  meeting: string | null;
}

/** What a caller may attach to an edit it journals. */
export interface JournalNote {
  label?: string;
  meeting?: string;
}
