/**
 * The influence link picked on the grid: the grid highlights it and Delete removes it; the side
 * panel shows its strength. Never saved, never undone; it lets go when the link is gone.
 */
import { create } from 'zustand';
import { useApp } from '../store';

export interface LinkRef {
  from: string;
  to: string;
}

interface LinkSelection {
  link: LinkRef | null;
  setLink(link: LinkRef | null): void;
}

export const useLinkSelection = create<LinkSelection>()((set) => ({
  link: null,
  setLink: (link) => set((s) => (s.link === link ? s : { link })),
}));

useApp.subscribe((s, prev) => {
  const { link } = useLinkSelection.getState();
  if (link && s.map !== prev.map && !s.map?.links.some((l) => l.from === link.from && l.to === link.to)) useLinkSelection.setState({ link: null });
});
