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

/**
 * A journal as the host sends it to be worked on off the page's main thread: the JSON text of its
 * entries, oldest first. Parsed on the page, fifty thousand entries held it 250 ms and copying them
 * to a worker more; the text is copied for little and parsed in the worker (parseJournalText).
 */
export type JournalText = string;

export const parseJournalText = (text: JournalText): JournalEntry[] => JSON.parse(text) as JournalEntry[];
