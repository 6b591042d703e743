import { afterEach, describe, expect, it, vi } from 'vitest';
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
    inSlices(10, 5, (from) => seen.push(from), () => seen.push(-1), { start: 'afterFrame' });
    const cancelled = inSlices(10, 5, () => seen.push(99), () => seen.push(99), { start: 'afterFrame' });
    cancelled();
    expect(seen).toEqual([]);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    expect(seen).toEqual([0, 5, -1]);
  });
});

describe('inSlices started in a task', () => {
  it('does nothing in the caller’s task, then every slice a task each', async () => {
    const seen: number[] = [];
    inSlices(3, 2, (from) => seen.push(from), () => seen.push(-1), { start: 'task' });
    expect(seen).toEqual([]);
    await tasks();
    expect(seen).toEqual([0, 2, -1]);
  });
});

describe('inSlices ahead of the frames', () => {
  it('runs the people’s slices at most two between frames, however fast the tasks come', async () => {
    let frames = 0;
    let ticking = true;
    const tick = () => {
      frames++;
      if (ticking) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const framesOfSlices: number[] = [];
    await new Promise<void>((done) => inSlices(7, 1, () => framesOfSlices.push(frames), done));
    ticking = false;
    const perFrame = new Map<number, number>();
    for (const f of framesOfSlices) perFrame.set(f, (perFrame.get(f) ?? 0) + 1);
    expect(framesOfSlices).toHaveLength(7);
    expect(Math.max(...perFrame.values())).toBeLessThanOrEqual(2);
  });
});

describe('inSlices by priority', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The browser's scheduler.postTask as far as slices use it: user-visible tasks before background ones, each queue in order. */
  function stubScheduler() {
    const queue: { priority: string; run(): void }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (task: () => void, { priority, signal }: { priority: string; signal: AbortSignal }) =>
        new Promise((resolve, reject) => {
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          queue.push({ priority, run: () => signal.aborted || resolve(task()) });
        }),
    });
    return () => {
      while (queue.length) {
        const urgent = queue.findIndex((q) => q.priority === 'user-visible');
        queue.splice(Math.max(0, urgent), 1)[0]!.run();
      }
    };
  }

  it('runs a background job’s slices only once no slice of a more urgent job is waiting', async () => {
    const drain = stubScheduler();
    const seen: string[] = [];
    inSlices(3, 1, (from) => seen.push(`names ${from}`), () => seen.push('names done'), { priority: 'background' });
    inSlices(2, 1, (from) => seen.push(`people ${from}`), () => seen.push('people done'));
    drain();
    await tasks();
    expect(seen).toEqual(['names 0', 'people 0', 'people 1', 'people done', 'names 1', 'names 2', 'names done']);
  });

  it('abandons the queued slices of a cancelled job', async () => {
    const drain = stubScheduler();
    const seen: number[] = [];
    const cancel = inSlices(3, 1, (from) => seen.push(from), () => seen.push(-1), { priority: 'background' });
    cancel();
    drain();
    await tasks();
    expect(seen).toEqual([0]);
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
