/**
 * The history view's state: whether it is open, the "since" chosen, the shifted arrows on the grid,
 * and the figures worked out from the map's journal (off the main thread, latest wins). The journal
 * is read again whenever the map changes while the view is open. The arrows need it only once per
 * moment: they start where each person stood then, which no later edit changes (the journal only
 * grows, with entries after that moment), and end where each stands on the screen now.
 */
import { create } from 'zustand';
import { historyFigures, type HistoryAnswer, type HistoryRequest } from '../../shared/history/figures';
import { choiceMoment, type ActorState, type Shifted, type SinceChoice, type SinceMoment, type Timeline } from '../../shared/history';
import type { PowerMap } from '../../shared/model';
import { readJournalText } from './readJournalText';
import { useApp } from '../store';
import { latestInThread, latestInWorker, type LatestRunner } from '../derived/runner';

export type HistoryTab = 'timeline' | 'shifted';

interface HistoryState {
  open: boolean;
  tab: HistoryTab;
  since: SinceChoice;
  /** The moves since then drawn on the grid. */
  arrows: boolean;
  /**
   * Where the arrows start: each person's state at `at`. `settled` once read from a journal that held
   * every edit on the screen, at a moment already past: edits after that never change it.
   */
  arrowsFrom: { at: string; states: Map<string, ActorState>; settled: boolean } | null;
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
  arrowsFrom: null,
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
  useHistory.setState({ open: false, since: { kind: 'last' }, arrows: false, arrowsFrom: null, timeline: null, shifted: null, busy: false });
}

function spawn(): Worker {
  return new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'powermap-history' });
}

export function historyRunner(): LatestRunner<HistoryRequest, HistoryAnswer> {
  return typeof Worker === 'undefined' ? latestInThread(historyFigures) : latestInWorker(spawn, historyFigures);
}

const timelineRunner = historyRunner();
const shiftedRunner = historyRunner();
const arrowsRunner = historyRunner();

/** Reads the journal and recomputes what the open view and the arrows need, for `map` as it is now. */
export async function refreshHistory(docId: string, map: PowerMap): Promise<void> {
  const { open, tab, arrows, since, arrowsFrom } = useHistory.getState();
  const wantTimeline = open && tab === 'timeline';
  const moment = choiceMoment(since, map.snapshots);
  const wantShifted = open && tab === 'shifted';
  const wantArrows = arrows && moment !== null && !(arrowsFrom?.at === moment.at && arrowsFrom.settled);
  if (!wantTimeline && !wantShifted && !wantArrows) return;
  // The screen's map runs ahead of the file while an edit is on its way: the journal read then may
  // lack it, and the arrows' start worked out from the pair would hold it. Such a start, or one of a
  // moment still to come, serves only until the next change.
  const app = useApp.getState();
  const settled = moment !== null && app.status !== 'saving' && !app.unsaved && app.map === map && Date.parse(moment.at) < Date.now();
  const r = await readJournalText(docId);
  if (!r.ok) return;
  const journal = r.value;
  if (wantArrows) {
    const at = moment.at;
    arrowsRunner.request({ kind: 'states', map, journal, at }, (a) => a.kind === 'states' && useHistory.setState({ arrowsFrom: { at, states: a.states, settled } }));
  }
  if (!wantTimeline && !wantShifted) return;
  useHistory.setState({ busy: true });
  if (wantTimeline) {
    timelineRunner.request({ kind: 'timeline', map, journal }, (a) => a.kind === 'timeline' && useHistory.setState({ timeline: a.timeline, busy: false }));
  }
  if (wantShifted) {
    if (!moment) return useHistory.setState({ shifted: null, busy: false });
    shiftedRunner.request({ kind: 'shifted', map, journal, since: moment.at }, (a) => a.kind === 'shifted' && useHistory.setState({ shifted: { moment, result: a.shifted }, busy: false }));
  }
}
