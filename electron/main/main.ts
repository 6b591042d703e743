/**
 * Electron's main process: app lifecycle and the glue between Electron and the testable modules
 * beside this file. Kept thin on purpose; the decisions live in those modules.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { Handlers } from '../../shared/contract';
import { createTranslator, languageFromLocale, type Translate } from '../../shared/i18n';
import { IPC_MENU, type MenuCommand } from '../../shared/menuCommands';
import { Host, keyOf } from '../host/handlers';
import { defaultDataDir, defaultMapsDir } from '../host/paths';
import { StoreError } from '../store/errors';
import { APP_ID, APP_SCHEME, appPageUrl } from './appUrl';
import { watchForCrashes } from './crash';
import { electronDialogs } from './dialogs';
import { watchMapFile } from './fileWatch';
import { DocumentWindows } from './documentWindows';
import { registerDroppedFiles } from './droppedFiles';
import { registerIpc } from './ipc';
import { mapFilesFromArgv, OpenQueue } from './launchArgs';
import { buildMenuTemplate, type MenuActions } from './menu';
import { RecentMaps } from './recent';
import { electronRasterizer } from './rasterizer';
import { appProtocolHandler, hardenSession, hardenWebContents, PRIVILEGED_SCHEME } from './security';
import { mapWindowOptions } from './windowOptions';
import { fitOnScreen, WindowStateFile } from './windowState';

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.resolve(here, '../../..');
const RENDERER_DIR = path.join(appRoot, 'dist', 'renderer');
const PRELOAD = path.join(here, '..', 'preload', 'preload.cjs');
const ICON = path.join(appRoot, 'resources', 'icons', '512x512.png');

protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);
const queue = new OpenQueue();

if (!app.requestSingleInstanceLock()) {
  // Another PowerMap is running: it receives our command line through `second-instance`.
  app.quit();
} else {
  app.on('open-file', (event, file) => {
    event.preventDefault();
    queue.push(file);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    const files = mapFilesFromArgv(argv, cwd);
    for (const f of files) queue.push(f);
    if (files.length === 0) BrowserWindow.getAllWindows()[0]?.focus();
  });
  for (const f of mapFilesFromArgv(process.argv, process.cwd())) queue.push(f);
  app.whenReady().then(start, (e) => {
    console.error(e);
    app.exit(1);
  });
}

function start(): void {
  // Windows groups the taskbar button and the Jump List's recent maps under this id (electron-builder.yml's appId).
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const dataDir = defaultDataDir();
  const placements = new WindowStateFile(dataDir);
  let t: Translate = createTranslator('en');
  let recent: RecentMaps | null = null;
  const focused = () => BrowserWindow.getFocusedWindow();
  const dialogs = electronDialogs(dialog, focused, () => t, () => defaultMapsDir(dataDir));
  const host = new Host({
    kind: 'electron',
    version: app.getVersion(),
    dataDir,
    mapsDir: defaultMapsDir(dataDir),
    dialogs,
    rasterizer: electronRasterizer(BrowserWindow),
    systemLanguage: languageFromLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
    onOpened: (file) => recent?.opened(file),
  });
  recent = new RecentMaps(host, app);
  const recentMaps = recent;
  t = createTranslator(host.settings.language());

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, appProtocolHandler(RENDERER_DIR));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  const shownFile = new Map<number, string | null>();
  const stopWatching = new Map<number, () => void>();
  const placementFor = (file: string | null) => {
    const saved = file ? placements.get(keyOf(file)) : null;
    const bounds = saved ? fitOnScreen(saved.bounds, screen.getAllDisplays().map((d) => d.workArea)) : null;
    return saved && bounds ? { bounds, maximized: saved.maximized } : null;
  };

  const windows: DocumentWindows<BrowserWindow> = new DocumentWindows<BrowserWindow>(
    host,
    {
      create(openKey) {
        const placement = placementFor(openKey ? recentMaps.pathOf(openKey) : null);
        const win = new BrowserWindow(
          mapWindowOptions({ preload: PRELOAD, title: t('app.name'), icon: ICON, bounds: placement?.bounds ?? null }),
        );
        const id = win.id;
        if (placement?.maximized) win.maximize();
        win.once('ready-to-show', () => win.show());
        win.on('page-title-updated', (e) => e.preventDefault());
        win.on('focus', refreshMenu);
        win.on('close', () => {
          const file = windows.fileOf(id);
          if (file) placements.set(keyOf(file), { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
        });
        win.on('closed', () => {
          windows.remove(id);
          shownFile.delete(id);
          stopWatching.get(id)?.();
          stopWatching.delete(id);
          refreshMenu();
          broadcast('settings.changed');
        });
        watchForCrashes(win, dialog, () => t, () => {
          const file = windows.fileOf(id);
          void win.loadURL(appPageUrl(file ? keyOf(file) : undefined));
        });
        void win.loadURL(appPageUrl(openKey ?? undefined));
        return win;
      },
      show(win, openKey) {
        void win.loadURL(appPageUrl(openKey));
      },
    },
    (win) => {
      const file = windows.fileOf(win.id);
      const before = shownFile.get(win.id) ?? null;
      shownFile.set(win.id, file);
      if (file && !before) {
        const placement = placementFor(file);
        if (placement) win.setBounds(placement.bounds);
      }
      if (file !== before) {
        stopWatching.get(win.id)?.();
        stopWatching.delete(win.id);
        if (file) {
          const id = win.id;
          const docId = windows.docIdOf(id);
          // The file the document opened, by device and inode: a replacement under its name is not it.
          const identity = docId ? host.docById(docId).identity : null;
          stopWatching.set(id, watchMapFile(file, (problem) => {
            if (!win.isDestroyed()) win.webContents.send(IPC_MENU, problem === 'file-gone' ? 'file.gone' : 'file.readOnly');
          }, undefined, identity));
        }
      }
      retitle(win);
      refreshMenu();
      broadcast('settings.changed', win);
    },
  );

  function retitle(win: BrowserWindow): void {
    const docId = windows.docIdOf(win.id);
    const file = windows.fileOf(win.id);
    let title = t('app.name');
    if (docId && file) {
      const { town, title: mapTitle } = host.docById(docId).map;
      title = `${[town, mapTitle].filter(Boolean).join(' — ')} · ${t('app.name')}`;
    }
    win.setTitle(title);
    if (process.platform === 'darwin') win.setRepresentedFilename(file ?? '');
  }

  function broadcast(command: MenuCommand, except?: BrowserWindow): void {
    for (const w of windows.all()) if (w !== except && !w.isDestroyed()) w.webContents.send(IPC_MENU, command);
  }

  function openFile(file: string, preferred: BrowserWindow | null = null): void {
    try {
      windows.openFile(file, preferred);
    } catch (e) {
      const code = e instanceof StoreError ? e.code : 'internal';
      if (code === 'cancelled') return;
      const parent = focused();
      const params = e instanceof StoreError ? e.params : {};
      const options = { type: 'error' as const, title: t('app.name'), message: t('desktop.openFailed', { file: path.basename(file) }), detail: t(`errors.${code}`, { field: '', message: '', ...params }) };
      void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    }
  }

  const actions: MenuActions = {
    newMap() {
      const target = focused();
      if (target && !windows.docIdOf(target.id)) return void target.webContents.send(IPC_MENU, 'file.new');
      const win = windows.newWindow();
      win.webContents.once('did-finish-load', () => win.webContents.send(IPC_MENU, 'file.new'));
    },
    async open() {
      const file = await dialogs.chooseMapToOpen();
      if (file) openFile(file, focused());
    },
    openRecent(key) {
      const file = recentMaps.pathOf(key);
      if (file) openFile(file, focused());
      else refreshMenu();
    },
    clearRecent() {
      recentMaps.clear();
      refreshMenu();
      broadcast('settings.changed');
    },
    reveal() {
      const win = focused();
      const file = win ? windows.fileOf(win.id) : null;
      if (file) shell.showItemInFolder(file);
    },
    closeWindow: () => focused()?.close(),
    quit: () => app.quit(),
    about() {
      const options = {
        type: 'info' as const,
        title: t('desktop.menu.about'),
        message: t('app.name'),
        detail: t('desktop.about.detail', { version: app.getVersion(), electron: process.versions.electron, tagline: t('app.tagline') }),
        icon: ICON,
      };
      const parent = focused();
      void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
    command: (command) => focused()?.webContents.send(IPC_MENU, command),
  };

  function refreshMenu(): void {
    const win = focused();
    const template = buildMenuTemplate(
      { t, platform: process.platform, language: host.settings.language(), hasMap: win ? windows.docIdOf(win.id) !== null : false, recent: recentMaps.menuEntries() },
      actions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  registerIpc(ipcMain, (webContentsId) => {
    const win = windows.all().find((w) => !w.isDestroyed() && w.webContents.id === webContentsId);
    if (!win) return null;
    const scoped = windows.handlersFor(win.id);
    const handlers: Handlers = {
      ...scoped,
      'maps.apply': async (args) => {
        const r = await scoped['maps.apply'](args);
        if (args.op.type === 'map.update') retitle(win);
        return r;
      },
      'settings.setLanguage': async (args) => {
        const r = await scoped['settings.setLanguage'](args);
        t = createTranslator(r.language);
        for (const w of windows.all()) retitle(w);
        refreshMenu();
        broadcast('settings.changed', win);
        return r;
      },
    };
    return handlers;
  });

  registerDroppedFiles(ipcMain, (file, webContentsId) => {
    const win = windows.all().find((w) => !w.isDestroyed() && w.webContents.id === webContentsId) ?? null;
    windows.openFile(file, win);
  });

  // Title bars, menus and native dialogs follow the OS's dark or light setting.
  nativeTheme.themeSource = 'system';
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.all().length === 0) windows.newWindow();
  });
  app.on('will-quit', () => host.closeAll());

  refreshMenu();
  queue.start((file) => openFile(file, focused()));
  if (windows.all().length === 0) windows.newWindow();
}
