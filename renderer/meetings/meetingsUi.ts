/** Whether the meetings dialog is open, and on what: the list, the follow-ups, or a meeting's form. */
import { create } from 'zustand';

export type MeetingsView =
  | { kind: 'list' }
  | { kind: 'followUps' }
  /** A new meeting (id null) prefilled with the people met, or an existing one. */
  | { kind: 'form'; id: string | null; with: string[]; back: 'list' | 'followUps' | null };

interface MeetingsUi {
  view: MeetingsView | null;
  show(view: MeetingsView): void;
  /** "Log a meeting" with these decision-makers, today's date. */
  logMeeting(withIds: string[], back?: 'list' | 'followUps' | null): void;
  close(): void;
}

export const useMeetingsUi = create<MeetingsUi>((set) => ({
  view: null,
  show: (view) => set({ view }),
  logMeeting: (withIds, back = null) => set({ view: { kind: 'form', id: null, with: withIds, back } }),
  close: () => set({ view: null }),
}));
