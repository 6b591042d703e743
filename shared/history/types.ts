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
 * A journal as the host sends it to be worked on off the page's main thread: its entries as JSON
 * text, oldest first, in pages (each a JSON array). Parsed on the page, fifty thousand entries held
 * it 250 ms and copying them to a worker more; text is copied for little and parsed in the worker
 * (parseJournalText), and a page at a time no answer holds the page long, however long the journal.
 */
export type JournalText = readonly string[];

export const parseJournalText = (pages: JournalText): JournalEntry[] => pages.flatMap((page) => JSON.parse(page) as JournalEntry[]);

/** One page of a journal read as text (maps.journalText). */
export interface JournalPage {
  /** The page's entries, a JSON array. */
  text: string;
  /** The seq of its last entry: the next page starts after it. */
  last: number;
  /** The journal's end when its first page was read: later pages stop there, so the pages make one journal. */
  upTo: number;
  done: boolean;
}
