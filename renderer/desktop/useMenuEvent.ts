/** Lets the component that owns a view (grid zoom, export dialog) answer the desktop menu's commands. */
import { useEffect, useRef } from 'react';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/menuCommands';

export function useMenuEvent(handlers: Partial<Record<MenuCommand, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const listener = (e: Event) => latest.current[(e as CustomEvent<MenuCommand>).detail]?.();
    window.addEventListener(MENU_COMMAND_EVENT, listener);
    return () => window.removeEventListener(MENU_COMMAND_EVENT, listener);
  }, []);
}
