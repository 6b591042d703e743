/** Native file dialogs: the only place paths come from (DESIGN.md §7: the page never names a path). */
import path from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import type { Translate } from '../../shared/i18n';
import type { Dialogs } from '../host/handlers';
import { MAP_EXTENSION } from './launchArgs';

type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

/** Adds `.powermap` when the user typed a name without it (Linux dialogs do not). */
export function withMapExtension(file: string): string {
  return path.extname(file).toLowerCase() === MAP_EXTENSION ? file : `${file}${MAP_EXTENSION}`;
}

export function electronDialogs(dialog: DialogApi, parent: () => BaseWindow | null, t: () => Translate, defaultDir: () => string): Dialogs {
  const filters = () => [{ name: t()('desktop.dialog.mapFiles'), extensions: [MAP_EXTENSION.slice(1)] }];
  const save = async (title: string, suggestedName: string) => {
    const options = { title, defaultPath: path.join(defaultDir(), suggestedName), filters: filters(), properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
    const win = parent();
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : withMapExtension(r.filePath);
  };
  return {
    chooseNewMapPath: (name) => save(t()('desktop.dialog.newTitle'), name),
    chooseSaveAsPath: (name) => save(t()('desktop.dialog.saveAsTitle'), name),
    async chooseExportPath(suggestedName) {
      const ext = path.extname(suggestedName).slice(1);
      const options = { title: t()('desktop.dialog.exportTitle'), defaultPath: path.join(defaultDir(), suggestedName), filters: [{ name: ext.toUpperCase(), extensions: [ext] }], properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const win = parent();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseMapToOpen() {
      const options = { title: t()('desktop.dialog.openTitle'), defaultPath: defaultDir(), filters: filters(), properties: ['openFile' as const] };
      const win = parent();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
