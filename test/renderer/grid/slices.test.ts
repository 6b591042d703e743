import { describe, expect, it } from 'vitest';
import { inSlices, joinInSlices } from '../../../renderer/grid/slices';

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

describe('inSlices after the frame', () => {
  it('starts nothing before the next frame, and nothing at all once cancelled', async () => {
    const seen: number[] = [];
    inSlices(10, 5, (from) => seen.push(from), () => seen.push(-1), { afterFrame: true });
    const cancelled = inSlices(10, 5, () => seen.push(99), () => seen.push(99), { afterFrame: true });
    cancelled();
    expect(seen).toEqual([]);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    expect(seen).toEqual([0, 5, -1]);
  });
});

describe('joinInSlices', () => {
  const items = (keys: string) => [...keys].map((k) => ({ k, text: k.toUpperCase() }));
  const draw = (parent: Element, drawn: Map<string, { el: HTMLElement }>, list: { k: string; text: string }[], made: string[]) =>
    joinInSlices(
      parent,
      list,
      {
        drawn,
        key: (i) => i.k,
        make: (i) => (made.push(i.k), { el: document.createElement('li') }),
        write: (d, i) => (d.el.textContent = i.text),
      },
      { size: 2 },
    );

  it('makes each element once, keeps it in the items’ order, and removes what is no longer listed', async () => {
    const parent = document.createElement('ul');
    const drawn = new Map<string, { el: HTMLElement }>();
    const made: string[] = [];
    draw(parent, drawn, items('abc'), made);
    expect(parent.textContent).toBe('AB');
    await tasks();
    expect(parent.textContent).toBe('ABC');
    const b = drawn.get('b')!.el;
    draw(parent, drawn, items('cbd'), made);
    await tasks();
    expect(parent.textContent).toBe('CBD');
    expect(made).toEqual(['a', 'b', 'c', 'd']);
    expect(drawn.get('b')!.el).toBe(b);
    expect([...drawn.keys()].sort()).toEqual(['b', 'c', 'd']);
  });
});
