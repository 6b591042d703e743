/** The votes dialog's save: one operation, only the fields that changed, ballots in roll-call order. */
import { describe, expect, it } from 'vitest';
import { emptyMap, newActor } from '../../../shared/model';
import { applyOperation } from '../../../shared/ops';
import { draftOf, newDraft, rollCallRows, saveOperation, today } from '../../../renderer/votes/draft';

function map() {
  const m = emptyMap('Riverton', '', '2026-09-01T12:00:00.000Z');
  m.actors = [
    newActor('a', 'decision-maker', 'Ana', { seat: true }),
    newActor('i', 'influencer', 'Faith coalition'),
    newActor('b', 'decision-maker', 'Bea', { seat: true }),
    newActor('x', 'decision-maker', 'Xio'),
  ];
  return m;
}

describe('saving a recorded vote from the dialog', () => {
  it('adds a new vote with the ballots in roll-call order, and asks for what is missing', () => {
    const m = map();
    const draft = { ...newDraft(), date: '2026-11-03', measure: '  No Polimigra policy ', ballots: { b: 'no' as const, a: 'yes' as const } };
    const rows = rollCallRows(m, draft.ballots);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(saveOperation(m, draft, rows, () => 'v1')).toEqual({ problem: 'adopted' });
    expect(saveOperation(m, { ...draft, adopted: true, date: '' }, rows, () => 'v1')).toEqual({ problem: 'date' });
    const r = saveOperation(m, { ...draft, adopted: true }, rows, () => 'v1');
    expect(r).toEqual({ op: { type: 'vote.add', vote: { id: 'v1', date: '2026-11-03', measure: 'No Polimigra policy', ballots: { a: 'yes', b: 'no' }, executive: null, adopted: true } } });
    expect(Object.keys((r as { op: { vote: { ballots: object } } }).op.vote.ballots)).toEqual(['a', 'b']);
  });

  it('updates only what changed, keeps a member who left in the roll call, and does nothing when nothing changed', () => {
    const m = map();
    m.votes = [{ id: 'v1', date: '2026-11-03', measure: 'Policy', ballots: { a: 'yes', x: 'absent' }, executive: null, adopted: false }];
    const draft = draftOf(m.votes[0]!);
    // Xio has no seat now: still listed, marked as no longer a member.
    expect(rollCallRows(m, draft.ballots)).toEqual([
      { id: 'a', name: 'Ana', left: false },
      { id: 'b', name: 'Bea', left: false },
      { id: 'x', name: 'Xio', left: true },
    ]);
    const rows = rollCallRows(m, draft.ballots);
    expect(saveOperation(m, draft, rows, () => 'unused')).toEqual({ op: null });
    const edited = { ...draft, adopted: true, ballots: { ...draft.ballots, b: 'recused' as const } };
    const r = saveOperation(m, edited, rollCallRows(m, edited.ballots), () => 'unused');
    expect(r).toEqual({ op: { type: 'vote.update', id: 'v1', patch: { ballots: { a: 'yes', b: 'recused', x: 'absent' }, adopted: true } } });
    // One operation, exactly undone by its inverse.
    const { map: after, inverse } = applyOperation(m, (r as { op: never }).op);
    expect(applyOperation(after, inverse).map.votes).toEqual(m.votes);
    // A vote undone away while open is added back rather than refused.
    expect(saveOperation({ ...m, votes: [] }, edited, rows, () => 'unused')).toMatchObject({ op: { type: 'vote.add', vote: { id: 'v1' } } });
  });

  it('dates a new vote today where the user is', () => {
    expect(today(new Date(2026, 10, 3, 23, 30))).toBe('2026-11-03');
    expect(newDraft()).toMatchObject({ id: null, adopted: null, executive: null, ballots: {} });
  });
});
