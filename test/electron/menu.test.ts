import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuState } from '../../electron/main/menu';
import { createTranslator } from '../../shared/i18n';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/menuCommands';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    newMap: () => calls.push('newMap'),
    open: () => calls.push('open'),
    openRecent: (key) => calls.push(`openRecent:${key}`),
    clearRecent: () => calls.push('clearRecent'),
    reveal: () => calls.push('reveal'),
    closeWindow: () => calls.push('closeWindow'),
    quit: () => calls.push('quit'),
    about: () => calls.push('about'),
    command: (c: MenuCommand) => calls.push(`command:${c}`),
  };
  return { calls, actions };
}

// Electron's item type, reached through the builder: only electron/main and preload import 'electron'.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

const state = (over: Partial<MenuState> = {}): MenuState => ({
  t: createTranslator('en'),
  platform: 'linux',
  language: 'en',
  hasMap: true,
  recent: [
    { key: 'k1', town: 'Riverton', title: 'Selectboard', fileName: 'riverton.powermap', exists: true },
    { key: 'k2', town: 'Hillsdale', title: '', fileName: 'hillsdale.powermap', exists: false },
  ],
  ...over,
});

function walk(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? walk(i.submenu as MenuItemConstructorOptions[]) : [])]);
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('menu template', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    for (const language of ['en', 'es'] as const) {
      it(`gives every item a translated label and something it does (${platform}, ${language})`, () => {
        const { actions } = recorder();
        const items = walk(buildMenuTemplate(state({ platform, language, t: createTranslator(language) }), actions)).filter((i) => i.type !== 'separator');
        expect(items.length).toBeGreaterThan(20);
        for (const item of items) {
          expect(item.label, JSON.stringify(item)).toBeTruthy();
          expect(item.label).not.toMatch(/^(desktop|app|language)\./);
          const does = typeof item.click === 'function' || item.role !== undefined || Array.isArray(item.submenu) || item.enabled === false;
          expect(does, item.label).toBe(true);
        }
      });
    }
  }

  it('is really translated: the Spanish menu says Archivo, Editar, Ver, Mapa, Ayuda', () => {
    const { actions } = recorder();
    const top = (lang: 'en' | 'es') => buildMenuTemplate(state({ t: createTranslator(lang), language: lang }), actions).map((i) => i.label);
    expect(top('en')).toEqual(['File', 'Edit', 'View', 'Map', 'Help']);
    expect(top('es')).toEqual(['Archivo', 'Editar', 'Ver', 'Mapa', 'Ayuda']);
  });

  it('runs the right handler for every item, and reaches every menu command', () => {
    const { calls, actions } = recorder();
    const items = walk(buildMenuTemplate(state(), actions)).filter((i) => typeof i.click === 'function');
    const byLabel = new Map<string, string[]>();
    for (const item of items) {
      const before = calls.length;
      click(item);
      expect(calls.length, `${item.label} did nothing`).toBe(before + 1);
      byLabel.set(item.label!, calls.slice(before));
    }
    expect(byLabel.get('New Map…')).toEqual(['newMap']);
    expect(byLabel.get('Open…')).toEqual(['open']);
    expect(byLabel.get('Riverton — Selectboard')).toEqual(['openRecent:k1']);
    expect(byLabel.get('Clear Recent Maps')).toEqual(['clearRecent']);
    expect(byLabel.get('Save a Copy As…')).toEqual(['command:file.saveAs']);
    expect(byLabel.get('Show in Folder')).toEqual(['reveal']);
    expect(byLabel.get('Undo')).toEqual(['command:edit.undo']);
    expect(byLabel.get('Redo')).toEqual(['command:edit.redo']);
    expect(byLabel.get('Delete')).toEqual(['command:edit.delete']);
    expect(byLabel.get('Select All')).toEqual(['command:edit.selectAll']);
    expect(byLabel.get('Zoom In')).toEqual(['command:view.zoomIn']);
    expect(byLabel.get('Zoom Out')).toEqual(['command:view.zoomOut']);
    expect(byLabel.get('Fit Map to Window')).toEqual(['command:view.zoomFit']);
    expect(byLabel.get('Export…')).toEqual(['command:map.export']);
    expect(byLabel.get('Meetings…')).toEqual(['command:map.meetings']);
    expect(byLabel.get('History…')).toEqual(['command:map.history']);
    expect(byLabel.get('Votes…')).toEqual(['command:map.votes']);
    expect(byLabel.get('Snapshots…')).toEqual(['command:map.snapshots']);
    expect(byLabel.get('Español')).toEqual(['command:language.es']);
    expect(byLabel.get('About PowerMap')).toEqual(['about']);
    expect(byLabel.get('Quit PowerMap')).toEqual(['quit']);
    const sent = new Set(calls.filter((c) => c.startsWith('command:')).map((c) => c.slice('command:'.length)));
    // Main sends the others itself: file.new after choosing the window, settings.changed to refresh
    // pages, file.gone / file.readOnly when the map file changes underneath.
    const fromMain = ['file.new', 'settings.changed', 'file.gone', 'file.readOnly'];
    expect(MENU_COMMANDS.filter((c) => !fromMain.includes(c) && !sent.has(c))).toEqual([]);
  });

  it("uses each platform's accelerators and menu layout", () => {
    const { actions } = recorder();
    const find = (platform: NodeJS.Platform, label: string) => walk(buildMenuTemplate(state({ platform }), actions)).find((i) => i.label === label);
    expect(find('darwin', 'Redo')?.accelerator).toBe('Shift+Command+Z');
    expect(find('win32', 'Redo')?.accelerator).toBe('Ctrl+Y');
    expect(find('linux', 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(find('darwin', 'Delete')?.accelerator).toBe('Backspace');
    expect(find('win32', 'Delete')?.accelerator).toBe('Delete');
    // The Delete key must keep deleting text in fields, so the menu only shows it.
    expect(find('win32', 'Delete')?.registerAccelerator).toBe(false);
    expect(find('linux', 'Save a Copy As…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    const mac = buildMenuTemplate(state({ platform: 'darwin' }), actions).map((i) => i.label);
    expect(mac).toEqual(['PowerMap', 'File', 'Edit', 'View', 'Map', 'Window', 'Help']);
    // Quit lives in the app menu on macOS, in File elsewhere.
    expect(walk([buildMenuTemplate(state({ platform: 'darwin' }), actions)[1]!]).some((i) => i.label === 'Quit PowerMap')).toBe(false);
    expect(walk([buildMenuTemplate(state({ platform: 'win32' }), actions)[0]!]).some((i) => i.label === 'Quit PowerMap')).toBe(true);
  });

  it('disables what needs a map on the start screen, and a recent map whose file is gone', () => {
    const { actions } = recorder();
    const items = walk(buildMenuTemplate(state({ hasMap: false }), actions));
    for (const label of ['Save a Copy As…', 'Show in Folder', 'Close Map', 'Export…', 'Meetings…', 'History…', 'Votes…', 'Snapshots…', 'Zoom In']) {
      expect(items.find((i) => i.label === label)?.enabled, label).toBe(false);
    }
    expect(items.find((i) => i.label === 'Hillsdale')?.enabled).toBe(false);
    const empty = walk(buildMenuTemplate(state({ recent: [] }), actions));
    expect(empty.find((i) => i.label === 'No recent maps')?.enabled).toBe(false);
    expect(empty.find((i) => i.label === 'Clear Recent Maps')?.enabled).toBe(false);
  });

  it('checks the current language', () => {
    const { actions } = recorder();
    const items = walk(buildMenuTemplate(state({ language: 'es', t: createTranslator('es') }), actions));
    expect(items.find((i) => i.label === 'Español')?.checked).toBe(true);
    expect(items.find((i) => i.label === 'English')?.checked).toBe(false);
  });
});
