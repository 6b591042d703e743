/** Requests from the desktop menu that a screen picks up when it is shown. */
import { create } from 'zustand';

export const useDesktop = create<{ newMapRequested: boolean }>()(() => ({ newMapRequested: false }));
