/**
 * The Votes dialog's mornings in jsdom (no Worker: the same latest-wins runner on the main thread),
 * on a real file's journal: each morning as shared/votes gives it; until it arrives, none; after the
 * map changes, the last ones marked updating; and never an answer for a journal superseded.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../../electron/store/document';
import { parseJournalText, type JournalEntry } from '../../../shared/history/types';
import { applyOperation, type Operation } from '../../../shared/ops';
import { projectMorning, startOfDay } from '../../../shared/votes';
import { useMornings } from '../../../renderer/votes/mornings';
import type { JournalView } from '../../../renderer/votes/useJournal';
import { votingMap } from '../../e2e/votesMap';
import { tempDir } from '../../store/helpers';

function history(): JournalView {
  const doc = MapDocument.open(votingMap(tempDir('pm-mornings-'), 600), { readOnly: true });
  // As the host sends it (maps.journalText).
  const view = { map: doc.map, text: [JSON.stringify(doc.journal())] };
  doc.close();
  return view;
}

/** The view after one more edit: a member crosses to the other side (active ally or active opponent). */
function edited(view: JournalView, id = 'm4'): JournalView {
  const x = view.map.actors.find((a) => a.id === id)!.x! > 0 ? -0.9 : 0.9;
  const op: Operation = { type: 'actors.move', moves: [{ id, x, y: 0.5 }] };
  const { map, inverse } = applyOperation(view.map, op);
  const entries = parseJournalText(view.text);
  const entry: JournalEntry = { seq: entries.length + 1, id: 'late', at: '2026-12-01T12:00:00.000Z', device: 't', author: '', op, inverse, label: null, meeting: null };
  return { map, text: [JSON.stringify([...entries, entry])] };
}

const morningOf = (view: JournalView, at: string) => projectMorning(view.map, parseJournalText(view.text), at);
const pAdopt = (view: JournalView, at: string) => morningOf(view, at).pAdopt;

describe('the mornings of the Votes dialog', () => {
  const before = history();
  const after = edited(before);
  const votes = before.map.votes.map((v) => startOfDay(v.date));
  // After the late edit: the only morning it changes.
  const later = '2027-01-04T00:00:00.000Z';

  it('gives none until the journal is read and its answer arrives, then each as shared/votes does', async () => {
    const { result, rerender } = renderHook(({ view, ats }) => useMornings(view, ats), { initialProps: { view: null as JournalView | null, ats: votes } });
    expect(result.current.updating).toBe(true);
    expect(votes.map((at) => result.current.get(at))).toEqual([null, null, null, null]);
    rerender({ view: before, ats: votes });
    expect(result.current.get(votes[0]!)).toBeNull();
    await waitFor(() => expect(result.current.updating).toBe(false));
    for (const at of votes) expect(result.current.get(at)).toEqual(morningOf(before, at));
    // Another date: that one is worked out, the others stay.
    rerender({ view: before, ats: [...votes, later] });
    expect(result.current.updating).toBe(true);
    expect(result.current.get(later)).toBeNull();
    expect(result.current.get(votes[1]!)?.pAdopt).toBe(pAdopt(before, votes[1]!));
    await waitFor(() => expect(result.current.updating).toBe(false));
    expect(result.current.get(later)?.pAdopt).toBe(pAdopt(before, later));
  });

  it('keeps the last figures marked updating after a change, and never shows a superseded answer', async () => {
    expect(pAdopt(after, later)).not.toBe(pAdopt(before, later));
    const last = edited(after, 'm6');
    expect(pAdopt(last, later)).not.toBe(pAdopt(after, later));
    const seen: { view: JournalView; pAdopt: number | null | undefined; updating: boolean }[] = [];
    const { result, rerender } = renderHook(
      ({ view }) => {
        const m = useMornings(view, [later]);
        seen.push({ view, pAdopt: m.get(later)?.pAdopt, updating: m.updating });
        return m;
      },
      { initialProps: { view: before } },
    );
    await waitFor(() => expect(result.current.updating).toBe(false));
    expect(result.current.get(later)?.pAdopt).toBe(pAdopt(before, later));
    // The map changes: the figures before it stay, marked updating, until the new ones arrive.
    rerender({ view: after });
    expect(result.current).toMatchObject({ updating: true });
    expect(result.current.get(later)?.pAdopt).toBe(pAdopt(before, later));
    await waitFor(() => expect(result.current.updating).toBe(false));
    expect(result.current.get(later)?.pAdopt).toBe(pAdopt(after, later));

    // Three changes before any answer: only the last one's is shown, and figures not marked
    // updating are always those of the journal on screen.
    const next = edited(last, 'm9');
    expect(new Set([before, after, last, next].map((v) => pAdopt(v, later))).size).toBe(4);
    act(() => rerender({ view: before }));
    act(() => rerender({ view: last }));
    act(() => rerender({ view: next }));
    await waitFor(() => expect(result.current.updating).toBe(false));
    expect(result.current.get(later)?.pAdopt).toBe(pAdopt(next, later));
    const current = seen.filter((s) => !s.updating);
    expect(current.length).toBeGreaterThan(0);
    for (const s of current) expect(s.pAdopt).toBe(pAdopt(s.view, later));
    expect(seen.some((s) => s.view === next && s.pAdopt === pAdopt(last, later))).toBe(false);
  });
});
