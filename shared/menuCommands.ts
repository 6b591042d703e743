/**
 * Commands the desktop menu sends to the window's renderer. The main process owns the menu; the
 * renderer owns the map, so anything that changes the map or its view travels as one of these.
 * Commands the store handles itself (undo, delete, save a copy, …) are run by the desktop hook; the
 * others (zoom, export) are re-sent as a `powermap:command` DOM event for the component that owns them.
 */
import type { Result } from './contract';

export const MENU_COMMANDS = [
  'file.new',
  'file.saveAs',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomFit',
  'map.export',
  'map.meetings',
  'map.history',
  'map.votes',
  'map.snapshots',
  'language.en',
  'language.es',
  'settings.changed',
  'file.gone',
  'file.readOnly',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The DOM event components listen to for commands they own: `detail` is the MenuCommand. */
export const MENU_COMMAND_EVENT = 'powermap:command';

/** The IPC channels between main and preload. */
export const IPC_INVOKE = 'powermap:invoke';
export const IPC_MENU = 'powermap:menu';

/** What the preload exposes as `window.powermapMenu`: one subscriber at a time, earlier commands queued. */
export interface MenuBridge {
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

/**
 * A `.powermap` dropped on a desktop window opens as the file itself (not a copy). The path is read
 * in the preload from the dropped File (webUtils.getPathForFile), which a page cannot forge, and
 * travels on its own channel: the page itself never hands main a path.
 */
export const IPC_OPEN_DROPPED = 'powermap:open-dropped';

/** What the preload exposes as `window.powermapFiles` (desktop only). */
export interface FilesBridge {
  /** Opens the dropped map file where it is; null when the File has no path on disk (then send its bytes). */
  openDropped(file: File): Promise<Result<null> | null>;
}
