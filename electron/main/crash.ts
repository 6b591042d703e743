/**
 * When a window's page crashes or hangs, ask the user instead of showing a blank window. Every edit
 * was committed when it was made, so reloading loses nothing: the page reopens the same map.
 */
import type { BrowserWindow, Dialog } from 'electron';
import type { Translate } from '../../shared/i18n';

type WindowLike = Pick<BrowserWindow, 'isDestroyed' | 'close'> & { webContents: Pick<BrowserWindow['webContents'], 'on'> };
type DialogApi = Pick<Dialog, 'showMessageBox'>;

export function watchForCrashes(win: WindowLike, dialog: DialogApi, t: () => Translate, reload: () => void): void {
  let asking = false;
  const ask = async (message: string, buttons: string[], onChoice: (index: number) => void) => {
    if (asking || win.isDestroyed()) return;
    asking = true;
    try {
      const { response } = await dialog.showMessageBox(win as BrowserWindow, {
        type: 'warning',
        title: t()('app.name'),
        message,
        detail: t()('desktop.crash.nothingLost'),
        buttons,
        defaultId: 0,
        cancelId: buttons.length - 1,
        noLink: true,
      });
      if (!win.isDestroyed()) onChoice(response);
    } finally {
      asking = false;
    }
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    void ask(t()('desktop.crash.gone'), [t()('desktop.crash.reload'), t()('desktop.crash.close')], (i) => (i === 0 ? reload() : win.close()));
  });
  win.webContents.on('unresponsive', () => {
    void ask(t()('desktop.crash.hung'), [t()('desktop.crash.reload'), t()('desktop.crash.wait')], (i) => {
      if (i === 0) reload();
    });
  });
}
