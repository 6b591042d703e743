/** How every map window is made: DESIGN.md §7's security settings, in one place a test can read. */
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
export const DEFAULT_SIZE = { width: 1360, height: 860 };

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    devTools: true,
  };
}

/**
 * The page's own canvas colour, painted before the page draws so the window does not flash. The
 * page is light by design (projector first); the title bar, menus and dialogs follow the OS theme.
 */
export const WINDOW_BACKGROUND = '#f4f6f9';

export interface WindowOptionsInput {
  preload: string;
  title: string;
  icon?: string;
  /** Remembered bounds for this map, already checked to be on a screen. */
  bounds?: Rectangle | null;
}

export function mapWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const bounds = input.bounds ?? DEFAULT_SIZE;
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: input.title,
    ...(input.icon ? { icon: input.icon } : {}),
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(input.preload),
  };
}
