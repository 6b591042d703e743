/**
 * Undo that survives reopening, through a real map file: edits, undos and redos journaled with the
 * renderer's marks, the file closed and opened again, the stacks replayed from its journal.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapDocument } from '../../../electron/store/document';
import { IMPORT_LABEL, REDO_LABEL, replayStacks, stacksFromJournal, UNDO_LABEL } from '../../../shared/history';
import { applyOperation, type Operation } from '../../../shared/ops';
import type { PowerMap } from '../../../shared/model';
import { fixtureMap, tempDir } from '../../store/helpers';

const withoutStamp = (m: PowerMap) => ({ ...m, updatedAt: '' });
const labels = (...kinds: ('d' | 'u' | 'r')[]) => kinds.map((k) => ({ label: k === 'u' ? UNDO_LABEL : k === 'r' ? REDO_LABEL : null }));

describe('replaying the undo and redo stacks', () => {
  it('follows the store: a new edit pushes and clears redo, undo pops to redo, redo pops back', () => {
    expect(replayStacks(labels('d', 'd', 'd'), 500)).toMatchObject({ undo: [0, 1, 2], redo: [] });
    expect(replayStacks(labels('d', 'd', 'u'), 500)).toMatchObject({ undo: [0], redo: [2] });
    expect(replayStacks(labels('d', 'd', 'u', 'u', 'r'), 500)).toMatchObject({ undo: [4], redo: [2] });
    expect(replayStacks(labels('d', 'd', 'u', 'd'), 500)).toMatchObject({ undo: [0, 3], redo: [] });
    // The undo of entry 1 and its redo both trace back to entry 1.
    expect(replayStacks(labels('d', 'd', 'u', 'r'), 500).origin).toEqual([0, 1, 1, 1]);
    // An undo with nothing to undo (another device's journal) changes nothing.
    expect(replayStacks(labels('u', 'd'), 500)).toMatchObject({ undo: [1], redo: [] });
    // The limit keeps the newest steps, as the store's HISTORY_LIMIT does.
    expect(replayStacks(labels('d', 'd', 'd', 'd'), 2).undo).toEqual([2, 3]);
  });

  it('restores, from a reopened file, steps that take the map back and forth exactly', () => {
    const file = path.join(tempDir(), 'undo.powermap');
    const start = fixtureMap('council-9.json');
    const doc = MapDocument.create(file, start);
    const [a, b] = start.actors;
    const states: PowerMap[] = [doc.map];
    const edit = (op: Operation) => {
      doc.apply(op);
      states.push(doc.map);
    };
    edit({ type: 'actors.move', moves: [{ id: a!.id, x: 0.9, y: 0.9 }] });
    edit({ type: 'actor.update', id: b!.id, patch: { name: 'Renamed' } });
    edit({ type: 'map.update', patch: { nextSteps: 'Call the chair' } });
    // The renderer undoes the last edit and marks it.
    const journal = doc.journal();
    doc.apply(journal.at(-1)!.inverse, { label: UNDO_LABEL });
    const current = doc.map;
    doc.close();

    const again = MapDocument.open(file);
    const entries = again.journal();
    expect(entries.map((e) => e.label)).toEqual([null, null, null, UNDO_LABEL]);
    const { undo, redo } = stacksFromJournal(again.map, entries, 500);
    expect(withoutStamp(again.map)).toEqual(withoutStamp(current));
    expect(undo).toHaveLength(2);
    expect(redo).toHaveLength(1);
    // Redo brings back the next steps; undo then walks back the rename and the move.
    const redone = applyOperation(redo[0]!.on, redo[0]!.op).map;
    expect(redone.nextSteps).toBe('Call the chair');
    const once = applyOperation(undo[1]!.on, undo[1]!.op).map;
    expect(withoutStamp(once)).toEqual(withoutStamp(states[1]!));
    const twice = applyOperation(undo[0]!.on, undo[0]!.op).map;
    expect(withoutStamp(twice)).toEqual(withoutStamp(states[0]!));
    // Each step's map is the map right after its entry, rebuilt from the journal.
    expect(withoutStamp(undo[1]!.on)).toEqual(withoutStamp(states[2]!));
    expect(withoutStamp(redo[0]!.on)).toEqual(withoutStamp(current));
    again.close();
  });

  it('never offers to undo an import: the entries an imported map starts with are history only', () => {
    const file = path.join(tempDir(), 'imported.powermap');
    const start = fixtureMap('council-9.json');
    const doc = MapDocument.create(file, start, { history: [] });
    const seeded = doc.journal();
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.every((e) => e.label === IMPORT_LABEL)).toBe(true);
    expect(stacksFromJournal(doc.map, seeded, 500)).toEqual({ undo: [], redo: [] });
    doc.apply({ type: 'map.update', patch: { nextSteps: 'Call the chair' } });
    const { undo } = stacksFromJournal(doc.map, doc.journal(), 500);
    expect(undo).toHaveLength(1);
    expect(applyOperation(undo[0]!.on, undo[0]!.op).map.actors).toEqual(start.actors);
    doc.close();
  });
});
