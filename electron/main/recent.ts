/**
 * Recent maps in two places: the app's own list (settings, shown on the start screen and in File ›
 * Open Recent) and the operating system's (Jump List, Dock menu, GNOME recent files).
 */
import type { App } from 'electron';
import type { Host } from '../host/handlers';
import type { RecentMenuEntry } from './menu';

type RecentApi = Pick<App, 'addRecentDocument' | 'clearRecentDocuments'>;

export class RecentMaps {
  constructor(
    private readonly host: Host,
    private readonly app: RecentApi,
  ) {}

  /** Called by the host whenever a map is opened or created. */
  opened(file: string): void {
    this.app.addRecentDocument(file);
  }

  menuEntries(): RecentMenuEntry[] {
    return this.host.listMaps().map(({ key, town, title, fileName, exists }) => ({ key, town, title, fileName, exists }));
  }

  /** The path behind a recent entry's opaque key, if the file is still there. */
  pathOf(key: string): string | null {
    return this.host.pathOfKey(key);
  }

  clear(): void {
    this.host.settings.update((s) => ({ ...s, recent: [], lastOpened: null }));
    this.app.clearRecentDocuments();
  }
}
