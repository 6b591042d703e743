/**
 * Which voting block is selected. Selecting a block selects its members too (so dragging, the
 * arrow keys and Delete act on them as on any selection); the block stays selected only while the
 * selection is exactly its members, so any other click or Escape lets it go. Never saved, never undone.
 */
import { create } from 'zustand';
import { useApp } from '../store';

interface BlockSelection {
  id: string | null;
}

export const useBlockSelection = create<BlockSelection>()(() => ({ id: null }));

const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Selects the block and its members (null: no block). */
export function selectBlock(id: string | null): void {
  const members = (id && useApp.getState().map?.blocks.find((b) => b.id === id)?.members) || null;
  useBlockSelection.setState({ id: members ? id : null });
  if (members) useApp.getState().select(members);
}

/** The selected block as the map holds it now, if it is still selected. */
export function selectedBlockOf(blockId: string | null, map: ReturnType<typeof useApp.getState>['map'], selection: readonly string[]) {
  const block = blockId ? map?.blocks.find((b) => b.id === blockId) : undefined;
  return block && sameMembers(block.members, selection) ? block : undefined;
}

// A block keeps its selection when its members change (the block editor, an undo): the selection
// follows the new members. It lets go when the selection changes otherwise (another click, Escape)
// or the block is gone.
useApp.subscribe((s, prev) => {
  const { id } = useBlockSelection.getState();
  if (!id) return;
  const now = s.map?.blocks.find((b) => b.id === id);
  if (!now) return useBlockSelection.setState({ id: null });
  if (s.map !== prev.map && s.selection === prev.selection) {
    const before = prev.map?.blocks.find((b) => b.id === id);
    if (before && before.members !== now.members && sameMembers(before.members, prev.selection)) return s.select(now.members);
  }
  if (!sameMembers(now.members, s.selection)) useBlockSelection.setState({ id: null });
});
