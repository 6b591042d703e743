/** Whether the map screen is showing its reportback slides; kept apart from the document store. */
import { create } from 'zustand';

interface PresentState {
  presenting: boolean;
  start(): void;
  stop(): void;
}

export const usePresent = create<PresentState>((set) => ({
  presenting: false,
  start: () => set({ presenting: true }),
  stop: () => set({ presenting: false }),
}));
