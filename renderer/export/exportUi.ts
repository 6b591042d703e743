/** Which export dialog is open, and the roster waiting for confirmation. */
import { create } from 'zustand';

export interface PendingRoster {
  name: string;
  text: string;
}

interface ExportUi {
  dialog: 'export' | 'roster' | null;
  roster: PendingRoster | null;
  openExport(): void;
  openRoster(roster: PendingRoster | null): void;
  close(): void;
}

export const useExportUi = create<ExportUi>((set) => ({
  dialog: null,
  roster: null,
  openExport: () => set({ dialog: 'export' }),
  openRoster: (roster) => set({ dialog: 'roster', roster }),
  close: () => set({ dialog: null, roster: null }),
}));
