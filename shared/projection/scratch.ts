/**
 * Reusable scratch memory. A fresh large typed array costs page faults on every call — measured at
 * several times the arithmetic of a 150-seat projection — so the sweep borrows from a few retained
 * buffers instead. Each slot has one user at a time: the engine is synchronous and never re-enters
 * itself, and nothing borrowed is handed back to a caller. Buffers are not cleared between users;
 * every grid is fully written before it is read.
 */
export const SLOT_ARENA = 0;
export const SLOT_BACKWARD = 1;
export const SLOT_FORWARD = 2;

/** Larger buffers are not kept, so one huge body does not pin its memory for the session. */
const RETAIN_LIMIT = 2_000_000; // doubles per slot (16 MB)

const slots: (Float64Array | null)[] = [null, null, null];

export function scratch(slot: number, size: number): Float64Array {
  const have = slots[slot];
  if (have && have.length >= size) return have.subarray(0, size);
  const fresh = new Float64Array(size);
  if (size <= RETAIN_LIMIT) slots[slot] = fresh;
  return fresh;
}

/** `count` disjoint grids of `size` cells carved from one slot. */
export function scratchGrids(slot: number, count: number, size: number): Float64Array[] {
  const buffer = scratch(slot, count * size);
  return Array.from({ length: count }, (_, i) => buffer.subarray(i * size, (i + 1) * size));
}
