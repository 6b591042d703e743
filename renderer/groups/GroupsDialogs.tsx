/**
 * "Breakout groups…" (in the toolbar's More menu): make a copy per group, or compare the groups'
 * maps with this one. The dialogs stay mounted beside the menu, which closes when a command runs.
 */
import { create } from 'zustand';
import { useApp } from '../store';
import { CompareDialog } from './CompareDialog';
import { CopiesDialog } from './CopiesDialog';

export const useGroupsUi = create<{ open: 'copies' | 'compare' | null; show(open: 'copies' | 'compare' | null): void }>((set) => ({
  open: null,
  show: (open) => set({ open }),
}));

export function GroupsDialogs() {
  const map = useApp((s) => s.map);
  const open = useGroupsUi((s) => s.open);
  const { show } = useGroupsUi.getState();
  if (!map) return null;
  const close = () => show(null);
  return (
    <>
      {open === 'copies' && <CopiesDialog onCompare={() => show('compare')} onClose={close} />}
      {open === 'compare' && <CompareDialog map={map} onClose={close} />}
    </>
  );
}
