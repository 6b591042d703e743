/**
 * Reusable scratch memory. A fresh large typed array costs page faults on every call — measured at
 * several times the arithmetic of a 150-seat projection — so the sweep borrows from a few retained
 * buffers instead. Each slot has one user at a time: the engine is synchronous and never re-enters
 * itself, and nothing borrowed is handed back to a caller. Buffers are not cleared between users;
 * every grid is fully written before it is read.
 */
import { COPIES } from './plan';

/** The forward pass ping-pongs between two sets of one buffer per copy, and so does the backward. */
export const SLOT_FORWARD = 0;
export const SLOT_BACKWARD = 2 * COPIES;

/** Larger buffers are not kept, so one huge body does not pin its memory for the session. */
const RETAIN_LIMIT = 1_000_000; // doubles per slot (8 MB)

const slots: (Float64Array | undefined)[] = [];

export function scratch(slot: number, size: number): Float64Array {
  const have = slots[slot];
  if (have && have.length >= size) return have.subarray(0, size);
  // Some headroom, so a grid that grows by a row per step does not reallocate every step.
  const fresh = new Float64Array(Math.min(Math.max(size, Math.ceil(size * 1.5)), Math.max(size, RETAIN_LIMIT)));
  if (fresh.length <= RETAIN_LIMIT) slots[slot] = fresh;
  return fresh.subarray(0, size);
}
