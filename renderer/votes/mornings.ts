/**
 * The projections of the mornings the Votes dialog shows (each listed vote's and the one being
 * edited), worked out off the page's main thread, latest wins: rebuilding a map from a long journal
 * takes a while. Until the newest answer arrives the last one stays, marked updating; a morning it
 * does not hold is shown as being worked out, never as another's figures.
 */
import { useEffect, useMemo, useState } from 'react';
import { projectMornings, type Morning } from '../../shared/votes';
import { rewindTo } from '../../shared/history/rebuild';
import { parseJournalText, type JournalText } from '../../shared/history/types';
import type { PowerMap } from '../../shared/model';
import { latestInThread, latestInWorker, type LatestRunner } from '../derived/runner';
import type { JournalView } from './useJournal';

export interface MorningsRequest {
  map: PowerMap;
  /** The journal `map` ends at, parsed by the worker. */
  journal: JournalText;
  /** The moments (UTC, ISO 8601) to project the map at. */
  ats: string[];
}

export function morningsOf({ map, journal, ats }: MorningsRequest): Map<string, Morning> {
  const earliest = ats.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  return projectMornings(map, rewindTo(parseJournalText(journal), earliest), ats);
}

export const morningsRequest = ({ map, text }: JournalView, ats: string[]): MorningsRequest => ({ map, journal: text, ats });

function spawn(): Worker {
  return new Worker(new URL('./mornings.worker.ts', import.meta.url), { type: 'module', name: 'powermap-mornings' });
}

export function morningsRunner(): LatestRunner<MorningsRequest, Map<string, Morning>> {
  return typeof Worker === 'undefined' ? latestInThread(morningsOf) : latestInWorker(spawn, morningsOf);
}

export interface ShownMornings {
  /** The morning of `at`, or null while it is being worked out (or the journal read). */
  get(at: string): Morning | null;
  /** Some morning asked for is not worked out for the journal as it is now. */
  updating: boolean;
}

/** One worker for every opening of the dialog (it starts on the first request): a request supersedes the last, whichever dialog made it. */
const runner = morningsRunner();

/** The mornings of `ats` for `journal` (null while it is read). */
export function useMornings(journal: JournalView | null, ats: readonly string[]): ShownMornings {
  const [done, setDone] = useState<{ of: JournalView; mornings: Map<string, Morning> } | null>(null);
  const key = [...new Set(ats)].sort().join(' ');
  const wanted = useMemo(() => (key ? key.split(' ') : []), [key]);
  const fresh = done !== null && done.of === journal;
  const missing = journal ? wanted.filter((at) => !fresh || !done.mornings.has(at)) : [];
  const ask = missing.join(' ');

  useEffect(() => {
    if (!journal || !ask) return;
    // Everything this journal still lacks: a superseded request's answer never arrives.
    runner.request(morningsRequest(journal, ask.split(' ')), (answer) =>
      setDone((d) => ({ of: journal, mornings: d?.of === journal ? new Map([...d.mornings, ...answer]) : answer })),
    );
  }, [journal, ask]);

  return {
    get: (at) => done?.mornings.get(at) ?? null,
    updating: journal === null || missing.length > 0,
  };
}
