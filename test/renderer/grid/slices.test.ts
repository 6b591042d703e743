import { describe, expect, it } from 'vitest';
import { inSlices } from '../../../renderer/grid/slices';

const tasks = () => new Promise((r) => setTimeout(r, 20));

describe('inSlices', () => {
  it('does the first slice at once and the rest a task each, then says it is done', async () => {
    const seen: [number, number][] = [];
    let done = false;
    inSlices(2500, 1000, (from, to) => seen.push([from, to]), () => (done = true));
    expect(seen).toEqual([[0, 1000]]);
    expect(done).toBe(false);
    await tasks();
    expect(seen).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
    expect(done).toBe(true);
  });

  it('finishes in the same task when one slice holds everything, and an empty list is done at once', () => {
    const calls: string[] = [];
    inSlices(1000, 1000, (from, to) => calls.push(`${from}-${to}`), () => calls.push('done'));
    inSlices(0, 1000, (from, to) => calls.push(`${from}-${to}`), () => calls.push('done'));
    expect(calls).toEqual(['0-1000', 'done', '0-0', 'done']);
  });

  it('stops when cancelled: a newer draw abandons the slices of an older one', async () => {
    const seen: number[] = [];
    let done = false;
    const cancel = inSlices(3000, 1000, (from) => seen.push(from), () => (done = true));
    cancel();
    await tasks();
    expect(seen).toEqual([0]);
    expect(done).toBe(false);
  });
});
