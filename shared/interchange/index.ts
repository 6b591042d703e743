/**
 * Interchange version 2 (DESIGN.md §10): everything of version 1 plus the actors' history from the
 * journal, snapshots, meetings and recorded votes. Exports write it; imports read it (and version 1)
 * through `parseInterchange` in `shared/schema.ts`, and seed the new map's journal with `journalSeed`.
 */
import type { PowerMap } from '../model';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION_2 } from './format';
import { historyOf, type HistorySource } from './history';

export { historyOf, type HistoryEntry, type HistorySource } from './history';
export { journalSeed, type SeedEntry } from './seed';

/** The map as interchange version 2, its history computed from `journal` (oldest first). */
export function toInterchangeV2(map: PowerMap, journal: readonly HistorySource[]): Record<string, unknown> {
  const { snapshots, meetings, votes, ...v1 } = map;
  return { format: INTERCHANGE_FORMAT, version: INTERCHANGE_VERSION_2, ...v1, history: historyOf(map, journal), snapshots, meetings, votes };
}
