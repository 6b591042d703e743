/**
 * Crash safety of the store: a child applies random edits and is killed with SIGKILL at random
 * moments. After every kill the map must open, pass integrity_check, and hold exactly the
 * acknowledged edits — plus, at most, the one edit in flight, whole (never half a batch or move) —
 * and a journal entry for each edit the file holds, no more and no fewer, from which the map as
 * created is rebuilt.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { emptyMap, type PowerMap } from '../../shared/model';
import { applyOperation, type Operation } from '../../shared/ops';
import { MapDocument } from '../../electron/store/document';
import { mapAt } from '../../shared/history';
import { lines, spawnTs } from './support/child';
import { content } from './support/ops';
import { seeded } from './support/random';

const LANES = 3;
const KILLS_PER_LANE = 18;

function integrityOk(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) === 'ok';
  } finally {
    db.close();
  }
}

/** Replays what the child reported: the state after the last acknowledged edit, and the edit in flight. */
function replay(start: PowerMap, output: string[]): { acked: PowerMap; inFlight: Operation | null; acks: number } {
  let acked = start;
  let pending: Operation | null = null;
  let acks = 0;
  for (const line of output) {
    if (line.startsWith('SEND ')) pending = JSON.parse(line.slice(5)) as Operation;
    else if (line === 'ACK') {
      acked = applyOperation(acked, pending!).map;
      pending = null;
      acks++;
    } else if (line === 'REJ') pending = null;
  }
  return { acked, inFlight: pending, acks };
}

async function runLane(lane: number, dir: string) {
  const file = path.join(dir, `lane-${lane}.powermap`);
  const rng = seeded(7000 + lane);
  const created: PowerMap = emptyMap('Riverton', 'Crash test', '2026-11-01T00:00:00.000Z');
  let known: PowerMap = created;
  let committed = 0;
  MapDocument.create(file, known).close();
  let kills = 0;
  let acks = 0;
  let inFlightCommitted = 0;
  for (let run = 0; run < KILLS_PER_LANE; run++) {
    const child = spawnTs('test/reliability/crashChild.ts', [file, String(lane * 1000 + run)]);
    const out = lines(child);
    await out.waitFor(/^READY$/);
    await new Promise((r) => setTimeout(r, rng.int(250)));
    child.kill('SIGKILL');
    await out.closed;
    kills++;

    const doc = MapDocument.open(file);
    const onDisk = content(doc.map);
    const journal = doc.journal();
    const rebuilt = content(mapAt(doc.map, journal, created.createdAt));
    doc.close();
    expect(integrityOk(file)).toBe(true);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);

    const { acked, inFlight, acks: n } = replay(known, out.all);
    acks += n;
    committed += n;
    if (inFlight && JSON.stringify(onDisk) !== JSON.stringify(content(acked))) {
      // The edit in flight may have committed before the kill; then it must be there whole.
      const withIt = applyOperation(acked, inFlight).map;
      expect(onDisk).toEqual(content(withIt));
      inFlightCommitted++;
      committed++;
      known = { ...withIt };
    } else {
      expect(onDisk).toEqual(content(acked));
      known = acked;
    }
    expect(journal).toHaveLength(committed);
    expect(rebuilt).toEqual(content(created));
  }
  return { kills, acks, inFlightCommitted, actors: known.actors.length };
}

describe('crash safety of the document store', () => {
  it(`keeps every acknowledged edit through ${LANES * KILLS_PER_LANE} SIGKILLs`, async () => {
    // A SIGKILL tests the process dying, not the machine: the kernel keeps written pages either way,
    // so a memory-backed folder (when there is one) gives the same answers without waiting on fsync.
    const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
    const dir = fs.mkdtempSync(path.join(base, 'pm-crash-'));
    const results = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane, dir)));
    const kills = results.reduce((n, r) => n + r.kills, 0);
    const acks = results.reduce((n, r) => n + r.acks, 0);
    const committedInFlight = results.reduce((n, r) => n + r.inFlightCommitted, 0);
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`[reliability] store kills survived: ${kills}; acknowledged edits checked: ${acks}; in-flight edits found whole: ${committedInFlight}; lost: 0`);
    expect(kills).toBe(LANES * KILLS_PER_LANE);
    expect(acks).toBeGreaterThan(kills);
  }, 180_000);
});
