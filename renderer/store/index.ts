/** One Zustand store made of slices; selection and drafts never enter the undo history. */
import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './appSlice';
import { createDocSlice, type DocSlice } from './docSlice';

export type Store = AppSlice & DocSlice;

export const useApp = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createDocSlice(...a),
}));

/** The map as it should be drawn right now: with a drag in progress, if any. */
export const selectShownMap = (s: Store) => s.draft ?? s.map;
