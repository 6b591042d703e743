/**
 * What the page does with each desktop menu command. Text fields keep their own editing (undo in a
 * name field undoes typing, not the last map change); everything else goes to the store, and view
 * commands go on as a DOM event to whichever component owns the view.
 */
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/menuCommands';
import type { Operation } from '../../shared/ops';
import { api } from '../api/client';
import { useApp } from '../store';
import { useDesktop } from './desktopState';

function isTextField(el: Element | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes((el as HTMLInputElement).type)));
}

function deleteSelection(): Promise<boolean> | undefined {
  const { map, selection, perform } = useApp.getState();
  if (!map) return;
  const ids = selection.filter((id) => map.actors.some((a) => a.id === id));
  if (ids.length === 0) return;
  const op: Operation = ids.length === 1 ? { type: 'actor.delete', id: ids[0]! } : { type: 'batch', ops: ids.map((id) => ({ type: 'actor.delete', id })) };
  return perform(op);
}

export async function runMenuCommand(command: MenuCommand): Promise<void> {
  const s = useApp.getState();
  const inText = isTextField(document.activeElement);
  switch (command) {
    case 'file.new':
      useDesktop.setState({ newMapRequested: true });
      return;
    case 'file.saveAs':
      await s.saveCopy();
      return;
    case 'file.close':
      if (s.map) await s.closeMap();
      else window.close();
      return;
    case 'edit.undo':
      if (inText) document.execCommand('undo');
      else await s.undo();
      return;
    case 'edit.redo':
      if (inText) document.execCommand('redo');
      else await s.redo();
      return;
    case 'edit.delete':
      if (inText) document.execCommand('forwardDelete');
      else await deleteSelection();
      return;
    case 'edit.selectAll':
      if (inText) document.execCommand('selectAll');
      else if (s.map) s.select(s.map.actors.map((a) => a.id));
      return;
    case 'language.en':
    case 'language.es':
      await s.setLanguage(command === 'language.en' ? 'en' : 'es');
      return;
    case 'settings.changed': {
      // Another window changed the language or the recent maps.
      const settings = await api()['settings.get']({});
      if (settings.ok) useApp.setState({ language: settings.value.language });
      await s.loadRecent();
      return;
    }
    case 'file.gone':
      // Main saw the map file vanish or turn read-only: say so before the next edit is refused.
      s.showError({ code: 'file-gone', message: 'the map file was moved or deleted' });
      return;
    case 'file.readOnly':
      s.showError({ code: 'read-only', message: 'the map file was made read-only' });
      return;
    case 'map.export':
    case 'map.meetings':
    case 'map.history':
    case 'map.votes':
    case 'map.snapshots':
      // A dialog opens over the workspace only: not over another one, nor over a presentation.
      if (!s.map || document.querySelector('.dialog-backdrop, .workspace[inert]')) return;
      window.dispatchEvent(new CustomEvent(MENU_COMMAND_EVENT, { detail: command }));
      return;
    case 'view.zoomIn':
    case 'view.zoomOut':
    case 'view.zoomFit':
      window.dispatchEvent(new CustomEvent(MENU_COMMAND_EVENT, { detail: command }));
      return;
  }
}
