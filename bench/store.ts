/**
 * The document store: opening a 10,000-actor map, listing it (its summary, against reading it
 * whole), and one committed move (one transaction with a full fsync), compared with the floor for
 * any durable edit: one write + fsync of a 4 KiB page, and with the same move committed without
 * its journal entry (a bench-only copy of `apply`'s steps minus the journal). Then the map with
 * 10,000 journal entries: opening it, reading the journal, and exporting interchange version 2
 * (history from the journal) against exporting the map alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { interchangeJson } from '../electron/export/render';
import { MapDocument } from '../electron/store/document';
import { readSummary } from '../electron/store/summary';
import { historyOf } from '../shared/interchange';
import { MapWriter } from '../electron/store/persist';
import { emptyMap, newActor, type PowerMap } from '../shared/model';
import { applyOperation, type Operation } from '../shared/ops';
import { toInterchange } from '../shared/schema';
import { createJournaled, type MadeEntry } from '../test/store/helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-store-'));
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (v: number) => `${v.toFixed(2)} ms`;

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// A 10,000-actor map: 200 seated members, the rest influencers, 500 links, 20 blocks.
const map = emptyMap('Benchville', 'Bench', new Date().toISOString());
map.body = { ...map.body, seats: 200 };
for (let i = 0; i < 10_000; i++) {
  map.actors.push(
    newActor(`a${i}`, i < 200 ? 'decision-maker' : 'influencer', `Actor number ${i}`, {
      seat: i < 200,
      x: ((i * 37) % 200) / 100 - 1,
      y: ((i * 53) % 100) / 100,
      notes: 'Met at the library forum; follow up.',
    }),
  );
}
for (let i = 0; i < 500; i++) map.links.push({ from: `a${200 + i}`, to: `a${i % 200}`, strength: 0.5 });
for (let b = 0; b < 20; b++) map.blocks.push({ id: `b${b}`, name: `Block ${b}`, members: Array.from({ length: 10 }, (_, k) => `a${b * 10 + k}`), cohesion: 0.7 });

const file = path.join(dir, 'big.powermap');
MapDocument.create(file, map).close();

const opens: number[] = [];
const summaries: number[] = [];
const fullSummaries: number[] = [];
for (let i = 0; i < 7; i++) {
  opens.push(time(() => MapDocument.open(file).close()));
  // What the maps list reads of each map, against what it read before: the whole map, read-only.
  summaries.push(time(() => readSummary(file)));
  fullSummaries.push(time(() => MapDocument.open(file, { readOnly: true }).close()));
}

/**
 * What `MapDocument.apply` does for an edit, minus the journal entry: the operation, the check that
 * the file is still there, and the changed rows written in one immediate transaction (full fsync).
 */
function journalFree(target: string) {
  const db = new Database(target);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const writer = new MapWriter(db);
  let current: PowerMap = map;
  return {
    apply(op: Operation) {
      const next = { ...applyOperation(current, op).map, updatedAt: new Date().toISOString() };
      fs.statSync(target);
      db.transaction(() => writer.write(current, next)).immediate();
      current = next;
    },
    close: () => db.close(),
  };
}

// The two variants alternate move by move, so that load on the machine falls on both alike.
const bare = path.join(dir, 'bare.powermap');
fs.copyFileSync(file, bare);
const doc = MapDocument.open(file);
const without = journalFree(bare);
const moves: number[] = [];
const movesWithout: number[] = [];
for (let i = 0; i < 200; i++) {
  const op: Operation = { type: 'actors.move', moves: [{ id: `a${(i * 7919) % 10_000}`, x: (i % 20) / 10 - 1, y: (i % 10) / 10 }] };
  moves.push(time(() => doc.apply(op)));
  movesWithout.push(time(() => without.apply(op)));
}
doc.close();
without.close();

const raw = path.join(dir, 'raw.bin');
const fd = fs.openSync(raw, 'w');
const page = Buffer.alloc(4096, 7);
const fsyncs: number[] = [];
for (let i = 0; i < 200; i++) {
  fsyncs.push(
    time(() => {
      fs.writeSync(fd, page, 0, page.length, 0);
      fs.fsyncSync(fd);
    }),
  );
}
fs.closeSync(fd);

// The same map after 10,000 journaled edits: every move worked out in memory (each entry's true
// inverse, every 10th with a meeting), the final map created, and the entries written in one
// transaction, to keep the benchmark short.
const journaled = path.join(dir, 'journaled.powermap');
{
  let current = map;
  const start = Date.parse('2026-03-01T00:00:00Z');
  const rows: MadeEntry[] = [];
  for (let i = 0; i < 10_000; i++) {
    const op: Operation = { type: 'actors.move', moves: [{ id: `a${(i * 7919) % 10_000}`, x: ((i * 13) % 200) / 100 - 1, y: ((i * 29) % 100) / 100 }] };
    const applied = applyOperation(current, op);
    current = applied.map;
    rows.push({ id: `bench-${i}`, at: new Date(start + i * 60_000).toISOString(), op, inverse: applied.inverse, meeting: i % 10 === 0 ? `mt${i}` : null });
  }
  createJournaled(journaled, current, rows, 'bench');
}
const journalOpens: number[] = [];
const journalReads: number[] = [];
const exportsV2: number[] = [];
const exportsMapOnly: number[] = [];
const historyTimes: number[] = [];
let exportBytes = 0;
let historyLength = 0;
for (let i = 0; i < 7; i++) {
  journalOpens.push(time(() => MapDocument.open(journaled).close()));
  const d = MapDocument.open(journaled);
  journalReads.push(time(() => d.journal()));
  // As `powermap export --format json` and the app's JSON export do it: read the journal, write v2.
  let text = '';
  exportsV2.push(time(() => (text = interchangeJson(d.map, d.journal()))));
  const journal = d.journal();
  historyTimes.push(time(() => (historyLength = historyOf(d.map, journal).length)));
  exportBytes = text.length;
  exportsMapOnly.push(time(() => JSON.stringify(toInterchange(d.map), null, 2)));
  d.close();
}

const moveMedian = quantile(moves, 0.5);
const fsyncMedian = quantile(fsyncs, 0.5);
console.log(`file size (10,000 actors):          ${(fs.statSync(file).size / 1024 / 1024).toFixed(2)} MiB`);
console.log(`open 10,000-actor map (incl. integrity check): median ${ms(quantile(opens, 0.5))}, p95 ${ms(quantile(opens, 0.95))}`);
const summaryMedian = quantile(summaries, 0.5);
console.log(`list it (town, title, last save):   median ${ms(summaryMedian)}; reading the whole map read-only ${ms(quantile(fullSummaries, 0.5))} (${(quantile(fullSummaries, 0.5) / summaryMedian).toFixed(0)}×)`);
console.log(`one committed move:                 median ${ms(moveMedian)}, p95 ${ms(quantile(moves, 0.95))}`);
console.log(`bare write + fsync of 4 KiB:        median ${ms(fsyncMedian)}, p95 ${ms(quantile(fsyncs, 0.95))}`);
console.log(`move / (write + fsync) ratio:       ${(moveMedian / fsyncMedian).toFixed(2)}×`);
const withoutMedian = quantile(movesWithout, 0.5);
console.log(`same move without journal entry:    median ${ms(withoutMedian)}, p95 ${ms(quantile(movesWithout, 0.95))}`);
const extra = moveMedian - withoutMedian;
console.log(`move with / without journal:        ${(moveMedian / withoutMedian).toFixed(2)}× (${extra < 0 ? '−' : '+'}${ms(Math.abs(extra))})`);
console.log(`open with 10,000 journal entries:   median ${ms(quantile(journalOpens, 0.5))} (${(quantile(journalOpens, 0.5) / quantile(opens, 0.5)).toFixed(2)}× without), file ${(fs.statSync(journaled).size / 1024 / 1024).toFixed(2)} MiB`);
console.log(`read 10,000 journal entries:        median ${ms(quantile(journalReads, 0.5))}`);
const v2Median = quantile(exportsV2, 0.5);
const mapOnlyMedian = quantile(exportsMapOnly, 0.5);
console.log(`export JSON v2, 10,000 entries:     median ${ms(v2Median)} (journal read included), ${historyLength} history entries, ${(exportBytes / 1024 / 1024).toFixed(2)} MiB`);
console.log(`  of which the history alone:        median ${ms(quantile(historyTimes, 0.5))}`);
console.log(`export the map alone (v1 JSON):     median ${ms(mapOnlyMedian)}; v2 / v1 ${(v2Median / mapOnlyMedian).toFixed(2)}×`);
console.log(`load average (1, 5, 15 min):        ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
fs.rmSync(dir, { recursive: true, force: true });
