/**
 * The history view's state: whether it is open, the "since" chosen, the shifted arrows on the grid,
 * and the figures worked out from the map's journal (off the main thread, latest wins). The journal
 * is read again whenever the map changes while the view is open or the arrows are shown.
 */
import { create } from 'zustand';
import { historyFigures, type HistoryAnswer, type HistoryRequest } from '../../shared/history/figures';
import { choiceMoment, type Shifted, type SinceChoice, type SinceMoment, type Timeline } from '../../shared/history';
import type { PowerMap } from '../../shared/model';
import { api } from '../api/client';
import { latestInThread, latestInWorker, type LatestRunner } from '../derived/runner';

export type HistoryTab = 'timeline' | 'shifted';

interface HistoryState {
  open: boolean;
  tab: HistoryTab;
  since: SinceChoice;
  /** The moves since then drawn on the grid. */
  arrows: boolean;
  timeline: Timeline | null;
  shifted: { moment: SinceMoment; result: Shifted } | null;
  busy: boolean;
  show(tab?: HistoryTab): void;
  hide(): void;
  setTab(tab: HistoryTab): void;
  setSince(since: SinceChoice): void;
  setArrows(on: boolean): void;
}

export const useHistory = create<HistoryState>()((set) => ({
  open: false,
  tab: 'timeline',
  since: { kind: 'last' },
  arrows: false,
  timeline: null,
  shifted: null,
  busy: false,
  show: (tab) => set((s) => ({ open: true, tab: tab ?? s.tab })),
  hide: () => set({ open: false }),
  setTab: (tab) => set({ tab }),
  setSince: (since) => set({ since, shifted: null }),
  setArrows: (arrows) => set({ arrows }),
}));

/** Another map opened (or none): nothing of the last one's history stays on screen. */
export function forgetHistory(): void {
  useHistory.setState({ open: false, since: { kind: 'last' }, arrows: false, timeline: null, shifted: null, busy: false });
}

function spawn(): Worker {
  return new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'powermap-history' });
}

export function historyRunner(): LatestRunner<HistoryRequest, HistoryAnswer> {
  return typeof Worker === 'undefined' ? latestInThread(historyFigures) : latestInWorker(spawn, historyFigures);
}

const timelineRunner = historyRunner();
const shiftedRunner = historyRunner();

/** Reads the journal and recomputes what the open view and the arrows need, for `map` as it is now. */
export async function refreshHistory(docId: string, map: PowerMap): Promise<void> {
  const { open, tab, arrows, since } = useHistory.getState();
  const wantTimeline = open && tab === 'timeline';
  const moment = choiceMoment(since, map.snapshots);
  const wantShifted = (open && tab === 'shifted') || arrows;
  if (!wantTimeline && !wantShifted) return;
  const r = await api()['maps.journal']({ docId });
  if (!r.ok) return;
  const entries = r.value;
  useHistory.setState({ busy: true });
  if (wantTimeline) {
    timelineRunner.request({ kind: 'timeline', map, entries }, (a) => a.kind === 'timeline' && useHistory.setState({ timeline: a.timeline, busy: false }));
  }
  if (wantShifted) {
    if (!moment) return useHistory.setState({ shifted: null, busy: false });
    shiftedRunner.request({ kind: 'shifted', map, entries, since: moment.at }, (a) => a.kind === 'shifted' && useHistory.setState({ shifted: { moment, result: a.shifted }, busy: false }));
  }
}
