/**
 * The interchange format's name and versions (DESIGN.md §5, §10), apart from its schemas
 * (shared/schema.ts): a page that writes the format need not carry the validator that reads it.
 */
import type { PowerMap } from '../model';

export const INTERCHANGE_FORMAT = 'powermap';
/** The version `toInterchange` writes: the map alone, as images embed it. */
export const INTERCHANGE_VERSION = 1;
/** The version an export writes: the map with its history and campaign memory. */
export const INTERCHANGE_VERSION_2 = 2;

/** Version 1: the map without its campaign memory (`shared/interchange` writes version 2). */
export function toInterchange(map: PowerMap): Record<string, unknown> {
  const { snapshots: _s, meetings: _m, votes: _v, ...v1 } = map;
  return { format: INTERCHANGE_FORMAT, version: INTERCHANGE_VERSION, ...v1 };
}
