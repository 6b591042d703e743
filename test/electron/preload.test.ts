/** The preload bridge, with Electron faked: one function per contract method, and menu commands. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../shared/contract';
import { IPC_INVOKE, IPC_MENU, IPC_OPEN_DROPPED, type FilesBridge, type MenuBridge } from '../../shared/menuCommands';

const fake = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    exposed,
    invoked,
    listeners,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      // Electron gives a path only for a File the user dropped; here, files named "dropped-*".
      webUtils: { getPathForFile: (file: { name: string }) => (file.name.startsWith('dropped-') ? `/home/ana/maps/${file.name}` : '') },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          invoked.push(args);
          return Promise.resolve({ ok: true, value: 'answer' });
        },
        on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, l),
      },
    },
  };
});
vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

beforeAll(async () => {
  await import('../../electron/preload/preload');
});

describe('preload', () => {
  it('exposes exactly one function per contract method, and nothing else of Electron', () => {
    expect(Object.keys(fake.exposed).sort()).toEqual(['powermap', 'powermapFiles', 'powermapMenu']);
    expect(Object.keys(fake.exposed.powermapFiles as object)).toEqual(['openDropped']);
    const bridge = fake.exposed.powermap as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...METHODS].sort());
    for (const m of METHODS) expect(typeof bridge[m], m).toBe('function');
  });

  it('sends every call over the one invoke channel, method name first', async () => {
    const bridge = fake.exposed.powermap as Record<string, (a: unknown) => Promise<unknown>>;
    await expect(bridge['maps.open']!({ key: 'k' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(fake.invoked.at(-1)).toEqual([IPC_INVOKE, 'maps.open', { key: 'k' }]);
  });

  it('queues menu commands until the page subscribes, and drops anything that is not a command', () => {
    const send = fake.listeners.get(IPC_MENU)!;
    send({}, 'file.new');
    send({}, 'rm -rf /');
    send({}, { command: 'edit.undo' });
    const got: string[] = [];
    const menu = fake.exposed.powermapMenu as MenuBridge;
    const stop = menu.onCommand((c) => got.push(c));
    expect(got).toEqual(['file.new']);
    send({}, 'edit.undo');
    expect(got).toEqual(['file.new', 'edit.undo']);
    stop();
    send({}, 'edit.redo');
    expect(got).toEqual(['file.new', 'edit.undo']);
  });

  it('opens a dropped map by the path Electron gives its File, and has nothing to open for a File without one', async () => {
    const files = fake.exposed.powermapFiles as FilesBridge;
    await expect(files.openDropped({ name: 'dropped-riverton.powermap' } as File)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(fake.invoked.at(-1)).toEqual([IPC_OPEN_DROPPED, '/home/ana/maps/dropped-riverton.powermap']);
    const before = fake.invoked.length;
    await expect(files.openDropped({ name: 'made-by-the-page.powermap' } as File)).resolves.toBeNull();
    expect(fake.invoked.length).toBe(before);
  });
});
