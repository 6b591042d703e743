/** Small maps for history tests: a journal is written on them by the real store, with a clock. */
import path from 'node:path';
import { MapDocument } from '../../../electron/store/document';
import { emptyMap, newActor, type PowerMap } from '../../../shared/model';
import { tempDir } from '../../store/helpers';

/** Three seats, a majority of the whole (2): Ana active ally (0.95), Bea neutral (0.5), Cal active opponent (0.05); P = 0.5. */
export function threeSeats(): PowerMap {
  const map = emptyMap('Riverton', 'Selectboard', '2026-09-01T12:00:00.000Z');
  map.body = { ...map.body, name: 'Selectboard', seats: 3 };
  map.actors = [
    newActor('a', 'decision-maker', 'Ana', { seat: true, x: 0.9, y: 0.5 }),
    newActor('b', 'decision-maker', 'Bea', { seat: true, x: 0, y: 0.5 }),
    newActor('c', 'decision-maker', 'Cal', { seat: true, x: -0.9, y: 0.5 }),
  ];
  return map;
}

/** A new map file whose edits are journaled at `times`, one after another. */
export function documentAt(map: PowerMap, times: string[], name = 'riverton.powermap'): { file: string; doc: MapDocument } {
  const file = path.join(tempDir('pm-history-'), name);
  const queue = [...times];
  return { file, doc: MapDocument.create(file, map, { now: () => queue.shift()! }) };
}
