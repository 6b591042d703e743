/**
 * The native menu bar (File, Edit, View, Map, Help; plus the app menu on macOS), translated, with
 * each platform's accelerators. A pure function of the window's state, so a test can walk it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/contract';
import type { Translate } from '../../shared/i18n';
import type { MenuCommand } from '../../shared/menuCommands';

export interface RecentMenuEntry {
  key: string;
  town: string;
  title: string;
  fileName: string;
  exists: boolean;
}

export interface MenuActions {
  newMap(): void;
  open(): void;
  openRecent(key: string): void;
  clearRecent(): void;
  reveal(): void;
  closeWindow(): void;
  quit(): void;
  about(): void;
  /** Sends a command to the focused window's page. */
  command(command: MenuCommand): void;
}

export interface MenuState {
  t: Translate;
  platform: NodeJS.Platform;
  language: Language;
  /** The focused window shows a map (not the start screen). */
  hasMap: boolean;
  recent: RecentMenuEntry[];
}

export const MAX_RECENT_IN_MENU = 10;

function recentLabel(r: RecentMenuEntry): string {
  return r.title ? `${r.town} — ${r.title}` : r.town || r.fileName;
}

export function buildMenuTemplate(s: MenuState, a: MenuActions): MenuItemConstructorOptions[] {
  const { t } = s;
  const mac = s.platform === 'darwin';
  const cmd = (command: MenuCommand) => () => a.command(command);
  const recent = s.recent.slice(0, MAX_RECENT_IN_MENU);

  const appMenu: MenuItemConstructorOptions = {
    label: t('app.name'),
    submenu: [
      { label: t('desktop.menu.about'), click: () => a.about() },
      { type: 'separator' },
      { role: 'services', label: t('desktop.menu.services') },
      { type: 'separator' },
      { role: 'hide', label: t('desktop.menu.hide') },
      { role: 'hideOthers', label: t('desktop.menu.hideOthers') },
      { role: 'unhide', label: t('desktop.menu.showAll') },
      { type: 'separator' },
      { label: t('desktop.menu.quit'), accelerator: 'Command+Q', click: () => a.quit() },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: t('desktop.menu.file'),
    submenu: [
      { label: t('desktop.menu.new'), accelerator: 'CmdOrCtrl+N', click: () => a.newMap() },
      { label: t('desktop.menu.open'), accelerator: 'CmdOrCtrl+O', click: () => a.open() },
      {
        label: t('desktop.menu.openRecent'),
        submenu: [
          ...(recent.length === 0 ? [{ label: t('desktop.menu.noRecent'), enabled: false }] : []),
          ...recent.map((r) => ({ label: recentLabel(r), enabled: r.exists, click: () => a.openRecent(r.key) })),
          { type: 'separator' as const },
          { label: t('desktop.menu.clearRecent'), enabled: recent.length > 0, click: () => a.clearRecent() },
        ],
      },
      { type: 'separator' },
      { label: t('desktop.menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', enabled: s.hasMap, click: cmd('file.saveAs') },
      { label: t('desktop.menu.reveal'), enabled: s.hasMap, click: () => a.reveal() },
      { type: 'separator' },
      { label: t('desktop.menu.closeMap'), enabled: s.hasMap, click: cmd('file.close') },
      { label: t('desktop.menu.closeWindow'), accelerator: 'CmdOrCtrl+W', click: () => a.closeWindow() },
      ...(mac ? [] : [{ type: 'separator' as const }, { label: t('desktop.menu.quit'), accelerator: 'Ctrl+Q', click: () => a.quit() }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('desktop.menu.edit'),
    submenu: [
      { label: t('desktop.menu.undo'), accelerator: 'CmdOrCtrl+Z', click: cmd('edit.undo') },
      { label: t('desktop.menu.redo'), accelerator: mac ? 'Shift+Command+Z' : 'Ctrl+Y', click: cmd('edit.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('desktop.menu.cut') },
      { role: 'copy', label: t('desktop.menu.copy') },
      { role: 'paste', label: t('desktop.menu.paste') },
      // Delete is shown but left to the page: the key must still delete text inside a text field.
      { label: t('desktop.menu.delete'), accelerator: mac ? 'Backspace' : 'Delete', registerAccelerator: false, click: cmd('edit.delete') },
      { label: t('desktop.menu.selectAll'), accelerator: 'CmdOrCtrl+A', click: cmd('edit.selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('desktop.menu.view'),
    submenu: [
      { label: t('desktop.menu.zoomIn'), accelerator: 'CmdOrCtrl+Plus', enabled: s.hasMap, click: cmd('view.zoomIn') },
      { label: t('desktop.menu.zoomOut'), accelerator: 'CmdOrCtrl+-', enabled: s.hasMap, click: cmd('view.zoomOut') },
      { label: t('desktop.menu.zoomFit'), accelerator: 'CmdOrCtrl+0', enabled: s.hasMap, click: cmd('view.zoomFit') },
      { type: 'separator' },
      {
        label: t('desktop.menu.language'),
        submenu: (['en', 'es'] as const).map((lang) => ({
          label: t(`language.${lang}`),
          type: 'radio' as const,
          checked: s.language === lang,
          click: cmd(`language.${lang}`),
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('desktop.menu.fullScreen') },
    ],
  };

  const map: MenuItemConstructorOptions = {
    label: t('desktop.menu.map'),
    submenu: [
      { label: t('desktop.menu.export'), accelerator: 'CmdOrCtrl+E', enabled: s.hasMap, click: cmd('map.export') },
      { type: 'separator' },
      // Campaign memory, also in the toolbar (Meetings…, and its More menu).
      { label: t('desktop.menu.meetings'), enabled: s.hasMap, click: cmd('map.meetings') },
      { label: t('desktop.menu.history'), enabled: s.hasMap, click: cmd('map.history') },
      { label: t('desktop.menu.votes'), enabled: s.hasMap, click: cmd('map.votes') },
      { label: t('desktop.menu.snapshots'), enabled: s.hasMap, click: cmd('map.snapshots') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t('desktop.menu.window'),
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('desktop.menu.help'),
    submenu: [{ label: t('desktop.menu.about'), click: () => a.about() }],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, map, ...(mac ? [windowMenu] : []), help];
}
