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
  box: PlotBox;
  scales: PlotScales;
  /** The grid's <svg>, to turn client coordinates into view coordinates. */
  svg: SVGSVGElement | null;
  /** True while a placed actor is dragged over the roster (dropping there unplaces it). */
  overRoster: boolean;
  linkTool: boolean;
  /** Lines the column headings take at zoom 1 (Axes): the plot starts below them. */
  headerLines: number;
  /** The grid's size in view pixels. */
  view: { width: number; height: number };
  setSize(width: number, height: number): void;
  setHeaderLines(lines: number): void;
  setTransform(t: ViewTransform): void;
  settle(): void;
  setSvg(svg: SVGSVGElement | null): void;
  setOverRoster(over: boolean): void;
  setLinkTool(on: boolean): void;
}

const boxFor = (width: number, height: number, lines: number) => plotBox(width, height, headerHeight(lines));
const initialBox = boxFor(800, 600, 1);

export const useGridView = create<GridViewState>()((set) => ({
  transform: IDENTITY,
  settledK: 1,
  box: initialBox,
  scales: plotScales(initialBox),
  svg: null,
  overRoster: false,
  linkTool: false,
  headerLines: 1,
  view: { width: 800, height: 600 },
  setSize(width, height) {
    set((s) => {
      const box = boxFor(width, height, s.headerLines);
      return { view: { width, height }, box, scales: plotScales(box) };
    });
  },
  setHeaderLines(lines) {
    set((s) => {
      if (s.headerLines === lines) return s;
      const box = boxFor(s.view.width, s.view.height, lines);
      return { headerLines: lines, box, scales: plotScales(box) };
    });
  },
  setTransform: (transform) => set({ transform }),
  settle: () => set((s) => (s.settledK === s.transform.k ? s : { settledK: s.transform.k })),
  setSvg: (svg) => set({ svg }),
  setOverRoster: (overRoster) => set((s) => (s.overRoster === overRoster ? s : { overRoster })),
  setLinkTool: (linkTool) => set({ linkTool }),
}));

/** View coordinates (the <svg>'s own pixels) of a client point, or null if it is outside the grid. */
export function clientToView(clientX: number, clientY: number, requireInside = true): [number, number] | null {
  const svg = useGridView.getState().svg;
  if (!svg) return null;
  const r = svg.getBoundingClientRect();
  const inside = clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom;
  if (requireInside && !inside) return null;
  return [clientX - r.left, clientY - r.top];
}
