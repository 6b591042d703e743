/**
 * View state of the grid that other panels need (the roster drops onto the grid): the current zoom
 * transform and where the plot is. It never enters the undo history and is never saved.
 */
import { create } from 'zustand';
import { IDENTITY, plotBox, plotScales, type PlotBox, type PlotScales, type ViewTransform } from '../../shared/geometry';
import { headerHeight } from '../layout/headings';

export interface GridViewState {
  transform: ViewTransform;
  /**
   * The zoom once a gesture has ended. Label layout and link ends follow it, so a zoom gesture
   * redraws no more than the zoomed layer and the axes.
   */
  settledK: number;
  /**
   * The view a gesture last ended at (or a jump went to): the grid and its people are drawn at it,
   * and moved as pictures until the next one (useZoomLayers).
   */
  settledAt: ViewTransform;
  /** The grid's own size in pixels, and whether it has been measured yet. */
  size: { width: number; height: number };
  measured: boolean;
  box: PlotBox;
  scales: PlotScales;
  /**
   * The grid's stage, to turn client coordinates into view coordinates: it never moves, where a
   * zoom gesture moves the grid and its people as pictures.
   */
  stage: HTMLElement | null;
  /** True while a placed actor is dragged over the roster (dropping there unplaces it). */
  overRoster: boolean;
  linkTool: boolean;
  /** Lines the column headings take at zoom 1 (Axes): the plot starts below them. */
  headerLines: number;
  setSize(width: number, height: number): void;
  setHeaderLines(lines: number): void;
  setTransform(t: ViewTransform): void;
  settle(): void;
  setStage(stage: HTMLElement | null): void;
  setOverRoster(over: boolean): void;
  setLinkTool(on: boolean): void;
}

const boxFor = (width: number, height: number, lines: number) => plotBox(width, height, headerHeight(lines));
const initialBox = boxFor(800, 600, 1);

export const useGridView = create<GridViewState>()((set) => ({
  transform: IDENTITY,
  settledK: 1,
  settledAt: IDENTITY,
  size: { width: 800, height: 600 },
  measured: false,
  box: initialBox,
  scales: plotScales(initialBox),
  stage: null,
  overRoster: false,
  linkTool: false,
  headerLines: 1,
  setSize(width, height) {
    // The same size keeps the same scales object: opening a map again (its ResizeObserver reports
    // the size it already had) must not re-render every node.
    set((s) => {
      if (s.measured && s.size.width === width && s.size.height === height) return s;
      const box = boxFor(width, height, s.headerLines);
      return { size: { width, height }, measured: true, box, scales: plotScales(box) };
    });
  },
  setHeaderLines(lines) {
    set((s) => {
      if (s.headerLines === lines) return s;
      const box = boxFor(s.size.width, s.size.height, lines);
      return { headerLines: lines, box, scales: plotScales(box) };
    });
  },
  setTransform: (transform) => set({ transform }),
  settle: () => set((s) => (s.settledAt === s.transform ? s : { settledAt: s.transform, settledK: s.transform.k })),
  setStage: (stage) => set({ stage }),
  setOverRoster: (overRoster) => set((s) => (s.overRoster === overRoster ? s : { overRoster })),
  setLinkTool: (linkTool) => set({ linkTool }),
}));

/** View coordinates (the stage's own pixels) of a client point, or null if it is outside the grid. */
export function clientToView(clientX: number, clientY: number, requireInside = true): [number, number] | null {
  const stage = useGridView.getState().stage;
  if (!stage) return null;
  const r = stage.getBoundingClientRect();
  const inside = clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom;
  if (requireInside && !inside) return null;
  return [clientX - r.left, clientY - r.top];
}
