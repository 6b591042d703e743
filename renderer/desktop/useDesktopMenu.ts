/** Runs the desktop menu's commands in this page; does nothing in a plain browser. */
import { useEffect } from 'react';
import type { MenuBridge } from '../../shared/menuCommands';
import { runMenuCommand } from './menuCommands';

declare global {
  interface Window {
    powermapMenu?: MenuBridge;
  }
}

export function useDesktopMenu(): void {
  useEffect(() => window.powermapMenu?.onCommand((command) => void runMenuCommand(command)), []);
}
