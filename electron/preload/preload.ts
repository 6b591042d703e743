/**
 * The only bridge between the page and the main process: one function per contract method (all over
 * one IPC channel, checked and validated in main), a subscription to menu commands, and opening a
 * dropped map file where it is. Nothing else of Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
// shared/contractNames, not shared/contract: the sandboxed preload bundle stays free of zod.
import { METHODS } from '../../shared/contractNames';
import { IPC_INVOKE, IPC_MENU, IPC_OPEN_DROPPED, isMenuCommand, type FilesBridge, type MenuBridge, type MenuCommand } from '../../shared/menuCommands';
import type { Bridge } from '../../renderer/api/client';

const bridge = Object.fromEntries(METHODS.map((m) => [m, (args: unknown) => ipcRenderer.invoke(IPC_INVOKE, m, args)])) as Bridge;

// Commands can arrive before the page has subscribed (File › New opens a window and asks it at once).
let listener: ((command: MenuCommand) => void) | null = null;
const pending: MenuCommand[] = [];
ipcRenderer.on(IPC_MENU, (_event, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (listener) listener(command);
  else pending.push(command);
});

const menu: MenuBridge = {
  onCommand(next) {
    listener = next;
    for (const c of pending.splice(0)) next(c);
    return () => {
      if (listener === next) listener = null;
    };
  },
};

// A dropped map opens as the file itself. Only a File the user really dropped has a path here (one a
// page builds has none), so the page cannot make main open a path of its choosing.
const files: FilesBridge = {
  async openDropped(file) {
    let filePath = '';
    try {
      filePath = webUtils.getPathForFile(file);
    } catch {
      // Not a File from the page: no path.
    }
    if (!filePath) return null;
    return ipcRenderer.invoke(IPC_OPEN_DROPPED, filePath);
  },
};

contextBridge.exposeInMainWorld('powermap', bridge);
contextBridge.exposeInMainWorld('powermapFiles', files);
contextBridge.exposeInMainWorld('powermapMenu', menu);
