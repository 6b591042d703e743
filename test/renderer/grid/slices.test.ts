import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_SLICE_MS, inSlices, joinInSlices } from '../../../renderer/grid/slices';

const tasks = () => new Promise((r) => setTimeout(r, 20));
const items = (keys: string) => [...keys].map((k) => ({ k, text: k.toUpperCase() }));

describe('inSlices', () => {
  it('does the first slice at once and the rest a task each, then says it is done', async () => {
    const seen: [number, number][] = [];
    let done = false;
    inSlices(2500, 1000, (from, to) => void seen.push([from, to]), () => (done = true));
    expect(seen).toEqual([[0, 1000]]);
    expect(done).toBe(false);
    // Waited for, not timed: on a busy machine the later slices may come after a frame.
    await vi.waitFor(() => expect(done).toBe(true));
    expect(seen).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
  });

  it('finishes in the same task when one slice holds everything, and an empty list is done at once', () => {
    const calls: string[] = [];
    inSlices(1000, 1000, (from, to) => void calls.push(`${from}-${to}`), () => void calls.push('done'));
    inSlices(0, 1000, (from, to) => void calls.push(`${from}-${to}`), () => void calls.push('done'));
    expect(calls).toEqual(['0-1000', 'done', '0-0', 'done']);
  });

  it('stops when cancelled: a newer draw abandons the slices of an older one', async () => {
    const seen: number[] = [];
    let done = false;
    const cancel = inSlices(3000, 1000, (from) => void seen.push(from), () => (done = true));
    cancel();
    await tasks();
    expect(seen).toEqual([0]);
    expect(done).toBe(false);
  });
});

describe('inSlices after the frame', () => {
  it('starts nothing before the next frame, and nothing at all once cancelled', async () => {
    const seen: number[] = [];
    inSlices(10, 5, (from) => void seen.push(from), () => void seen.push(-1), { start: 'afterFrame' });
    const cancelled = inSlices(10, 5, () => void seen.push(99), () => void seen.push(99), { start: 'afterFrame' });
    cancelled();
    expect(seen).toEqual([]);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    expect(seen).toEqual([0, 5, -1]);
  });
});

describe('inSlices started in a task', () => {
  it('does nothing in the caller’s task, then every slice a task each', async () => {
    const seen: number[] = [];
    inSlices(3, 2, (from) => void seen.push(from), () => void seen.push(-1), { start: 'task' });
    expect(seen).toEqual([]);
    await tasks();
    expect(seen).toEqual([0, 2, -1]);
  });
});

/** Runs `total` slices of one item; returns the number of frames begun before each. */
async function frameOfEachSlice(total: number, options: Parameters<typeof inSlices>[4]): Promise<number[]> {
  let frames = 0;
  let ticking = true;
  const tick = () => {
    frames++;
    if (ticking) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const framesOfSlices: number[] = [];
  await new Promise<void>((done) => inSlices(total, 1, () => void framesOfSlices.push(frames), done, options));
  ticking = false;
  return framesOfSlices;
}

describe('inSlices ahead of the frames', () => {
  // The people's nodes, and background rows (the whip count's) alike: both are drawn.
  it.each(['user-visible', 'background'] as const)('runs a %s job’s slices at most two between frames, however fast the tasks come', async (priority) => {
    const framesOfSlices = await frameOfEachSlice(7, { priority });
    const perFrame = new Map<number, number>();
    for (const f of framesOfSlices) perFrame.set(f, (perFrame.get(f) ?? 0) + 1);
    expect(framesOfSlices).toHaveLength(7);
    expect(Math.max(...perFrame.values())).toBeLessThanOrEqual(2);
  });

  // A map's first draw: the frame after a slice styles every node it made.
  it('runs one slice per frame when the job asks for one', async () => {
    const framesOfSlices = await frameOfEachSlice(5, { aheadOfFrames: 1 });
    expect(framesOfSlices).toHaveLength(5);
    expect(new Set(framesOfSlices).size).toBe(5);
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
    inSlices(3, 1, (from) => void seen.push(`names ${from}`), () => void seen.push('names done'), { priority: 'background' });
    inSlices(2, 1, (from) => void seen.push(`people ${from}`), () => void seen.push('people done'));
    drain();
    // Two slices of a job run between frames: the names' last one waits for the next.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    drain();
    await tasks();
    expect(seen).toEqual(['names 0', 'people 0', 'people 1', 'people done', 'names 1', 'names 2', 'names done']);
  });

  it('abandons the queued slices of a cancelled job', async () => {
    const drain = stubScheduler();
    const seen: number[] = [];
    const cancel = inSlices(3, 1, (from) => void seen.push(from), () => void seen.push(-1), { priority: 'background' });
    cancel();
    drain();
    await tasks();
    expect(seen).toEqual([0]);
  });
});

describe('joinInSlices', () => {
  const draw = (parent: Element, drawn: Map<string, { el: HTMLElement }>, list: { k: string; text: string }[], made: string[]) =>
    joinInSlices(
      parent,
      list,
      {
        drawn,
        key: (i) => i.k,
        make: (i) => (made.push(i.k), { el: document.createElement('li') }),
        write: (d, i) => {
          d.el.textContent = i.text;
        },
      },
      { size: 2 },
    );

  it('makes each element once, keeps it in the items’ order, and removes what is no longer listed', async () => {
    const parent = document.createElement('ul');
    const drawn = new Map<string, { el: HTMLElement }>();
    const made: string[] = [];
    draw(parent, drawn, items('abc'), made);
    expect(parent.textContent).toBe('AB');
    await vi.waitFor(() => expect(parent.textContent).toBe('ABC'));
    const b = drawn.get('b')!.el;
    draw(parent, drawn, items('cbd'), made);
    await vi.waitFor(() => expect(parent.textContent).toBe('CBD'));
    expect(made).toEqual(['a', 'b', 'c', 'd']);
    expect(drawn.get('b')!.el).toBe(b);
    expect([...drawn.keys()].sort()).toEqual(['b', 'c', 'd']);
  });

  it('ends a slice once the costs its writes report reach the slice’s size', async () => {
    const parent = document.createElement('ul');
    const slices: string[] = [];
    let slice = '';
    let done = false;
    joinInSlices(
      parent,
      items('abcdefg'),
      {
        drawn: new Map(),
        key: (i) => i.k,
        make: () => ({ el: document.createElement('li') }),
        startSlice: () => slices.push((slice = '')),
        // A vowel weighs three items: a slice of four ends once its costs reach four.
        write: (d, i) => {
          d.el.textContent = i.text;
          slices[slices.length - 1] = slice += i.k;
          return 'aeiou'.includes(i.k) ? 3 : 1;
        },
      },
      { size: 4, done: () => (done = true) },
    );
    await vi.waitFor(() => expect(done).toBe(true));
    expect(slices).toEqual(['ab', 'cde', 'fg']);
    expect(parent.textContent).toBe('ABCDEFG');
  });
});

describe('joinInSlices in the background', () => {
  it('ends a background slice once it has run BACKGROUND_SLICE_MS, and a user-visible one only at its size', async () => {
    const slicesOf = async (priority: 'background' | 'user-visible') => {
      const slices: number[] = [];
      let done = false;
      joinInSlices(
        document.createElement('ul'),
        items('abcdefgh'),
        {
          drawn: new Map(),
          key: (i) => i.k,
          make: () => ({ el: document.createElement('li') }),
          startSlice: () => slices.push(0),
          // Each row takes half the budget: a background slice holds two or three of them.
          write: () => {
            const until = performance.now() + BACKGROUND_SLICE_MS / 2;
            while (performance.now() < until);
            slices[slices.length - 1]!++;
          },
        },
        { size: 100, priority, done: () => (done = true) },
      );
      await vi.waitFor(() => expect(done).toBe(true));
      return slices;
    };
    const background = await slicesOf('background');
    expect(background.reduce((a, b) => a + b)).toBe(8);
    expect(Math.max(...background)).toBeLessThanOrEqual(3);
    expect(await slicesOf('user-visible')).toEqual([8]);
  });
});

describe('inSlices that stop early', () => {
  it('goes on from where a slice stopped, and always moves on by one at least', async () => {
    const seen: [number, number][] = [];
    let done = false;
    inSlices(
      10,
      4,
      (from, to) => {
        seen.push([from, to]);
        return from === 0 ? { reached: 3 } : from === 3 ? { reached: 0 } : undefined;
      },
      () => (done = true),
    );
    await vi.waitFor(() => expect(done).toBe(true));
    expect(seen).toEqual([[0, 4], [3, 7], [4, 8], [8, 10]]);
  });
});

describe('background work while people are drawn', () => {
  it('waits until a large map’s people are all drawn, not only for a moment between their slices', async () => {
    const seen: string[] = [];
    // Four slices, two a frame: between frames nothing more urgent is queued, and the panel used to mount there.
    inSlices(4, 1, (from) => void seen.push(`people ${from}`), () => void seen.push('people done'));
    inSlices(1, 1, () => void seen.push('panel'), () => {}, { start: 'task', priority: 'background' });
    await vi.waitFor(() => expect(seen).toContain('panel'));
    expect(seen).toEqual(['people 0', 'people 1', 'people 2', 'people 3', 'people done', 'panel']);
  });

  it('goes on once the drawing is cancelled, or has thrown', async () => {
    const seen: string[] = [];
    const cancel = inSlices(1000, 1, () => void seen.push('people'), () => {});
    inSlices(1, 1, () => void seen.push('names'), () => {}, { start: 'task', priority: 'background' });
    await tasks();
    expect(seen).not.toContain('names');
    cancel();
    await vi.waitFor(() => expect(seen.at(-1)).toBe('names'));

    // A slice that throws ends its job: the error reaches whoever ran it, and nothing waits on the job for ever.
    expect(() =>
      inSlices(4, 1, () => {
        throw new Error('broken slice');
      }, () => {}),
    ).toThrow('broken slice');
    inSlices(1, 1, () => void seen.push('links'), () => {}, { start: 'task', priority: 'background' });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('links'));
  });
});
