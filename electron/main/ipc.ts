/**
 * The IPC side of the contract. One channel carries every call; each message must come from our
 * own page's main frame, and its arguments go through `dispatch`, which validates them against the
 * contract before any handler runs.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers, Result } from '../../shared/contract';
import { IPC_INVOKE } from '../../shared/menuCommands';
import { dispatch } from '../host/dispatch';
import { isAppUrl } from './appUrl';

type SenderInfo = { senderFrame: Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url' | 'parent'> | null; sender: { id: number } };

/** Only our page, in a window's top frame (no parent: not an iframe), may call the host. */
export function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const refused: Result<never> = { ok: false, error: { code: 'invalid-arguments', message: 'refused: not our page' } };

/** `handlersFor` returns the handlers the sending window may use (its own document only), or null. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlersFor: (webContentsId: number) => Handlers | null): void {
  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, args: unknown) => {
    if (!isTrustedSender(event)) return refused;
    const handlers = handlersFor(event.sender.id);
    if (!handlers || typeof method !== 'string') return refused;
    return dispatch(handlers, method, args);
  });
}
