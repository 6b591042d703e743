/**
 * The workspace's side panels can be folded away, so on a 1024-pixel projector the grid can take
 * the whole width when the committee argues positions. Which panels are folded is view state: it
 * never enters the map or the undo history.
 */
import { create } from 'zustand';
import { useT } from '../i18n/useT';

export type PanelSide = 'left' | 'right';

interface PanelState {
  folded: Record<PanelSide, boolean>;
  toggle(side: PanelSide): void;
}

export const usePanels = create<PanelState>()((set) => ({
  folded: { left: false, right: false },
  toggle: (side) => set((s) => ({ folded: { ...s.folded, [side]: !s.folded[side] } })),
}));

/** The fold button at the top of a side panel; it stays on the thin strip a folded panel leaves. */
export function PanelToggle({ side }: { side: PanelSide }) {
  const t = useT();
  const folded = usePanels((s) => s.folded[side]);
  const toggle = usePanels((s) => s.toggle);
  const key = side === 'left' ? (folded ? 'showLeft' : 'hideLeft') : folded ? 'showRight' : 'hideRight';
  // The arrow points where the panel will go: a folded left panel opens to the right.
  const arrow = (side === 'left') === folded ? '»' : '«';
  return (
    <button type="button" className={`panel-toggle ${side}`} aria-expanded={!folded} aria-label={t(`workspace.panel.${key}`)} title={t(`workspace.panel.${key}`)} onClick={() => toggle(side)}>
      <span aria-hidden="true">{arrow}</span>
    </button>
  );
}
