/**
 * A `.powermap` dropped on a window opens as that file (as if chosen in File › Open), not as a copy.
 * The preload reads the path from the dropped File; here it is checked again (our page's top frame
 * only, an absolute path to an existing .powermap file) before the file is opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import type { Result } from '../../shared/contract';
import { IPC_OPEN_DROPPED } from '../../shared/menuCommands';
import { StoreError } from '../store/errors';
import { isTrustedSender } from './ipc';

const MAX_PATH = 4096;

/** True for something that may be opened as a dropped map: an absolute path to a .powermap file. */
export function isDroppedMapPath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH || value.includes('\0')) return false;
  if (!path.isAbsolute(value) || !/\.powermap$/i.test(value)) return false;
  try {
    return fs.statSync(value).isFile();
  } catch {
    return false;
  }
}

/** `open(file, webContentsId)` opens the map for the window that sent it (or focuses the window showing it). */
export function registerDroppedFiles(ipcMain: Pick<IpcMain, 'handle'>, open: (file: string, webContentsId: number) => void): void {
  ipcMain.handle(IPC_OPEN_DROPPED, async (event, file: unknown): Promise<Result<null>> => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'invalid-arguments', message: 'refused: not our page' } };
    if (!isDroppedMapPath(file)) return { ok: false, error: { code: 'not-found', message: 'not a map file on this computer' } };
    try {
      open(path.resolve(file), event.sender.id);
      return { ok: true, value: null };
    } catch (e) {
      if (e instanceof StoreError) return { ok: false, error: { code: e.code, message: e.message, params: e.params } };
      return { ok: false, error: { code: 'internal', message: (e as Error).message } };
    }
  });
}
