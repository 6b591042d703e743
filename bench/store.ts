/**
 * The document store: opening a 10,000-actor map, and one committed move (one transaction with a
 * full fsync), compared with the floor for any durable edit: one write + fsync of a 4 KiB page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MapDocument } from '../electron/store/document';
import { emptyMap, newActor } from '../shared/model';

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
for (let i = 0; i < 7; i++) opens.push(time(() => MapDocument.open(file).close()));

const doc = MapDocument.open(file);
const moves: number[] = [];
for (let i = 0; i < 200; i++) {
  const id = `a${(i * 7919) % 10_000}`;
  moves.push(time(() => doc.apply({ type: 'actors.move', moves: [{ id, x: (i % 20) / 10 - 1, y: (i % 10) / 10 }] })));
}
doc.close();

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

// The same map after 10,000 journaled edits (the journal written directly, in one transaction, to
// keep the benchmark short), opened and its journal read back.
const journaled = path.join(dir, 'journaled.powermap');
{
  const big = MapDocument.create(journaled, map);
  for (let i = 0; i < 300; i++) big.apply({ type: 'actors.move', moves: [{ id: `a${i}`, x: 0, y: 0.5 }] });
  big.close();
  const db = new Database(journaled);
  const entry = db.prepare('SELECT at, device, author, op, inverse FROM journal ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
  const insert = db.prepare('INSERT INTO journal (id, at, device, author, op, inverse) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 300; i < 10_000; i++) insert.run(`bench-${i}`, entry.at, entry.device, entry.author, entry.op, entry.inverse);
  })();
  db.close();
}
const journalOpens: number[] = [];
const journalReads: number[] = [];
for (let i = 0; i < 7; i++) {
  journalOpens.push(time(() => MapDocument.open(journaled).close()));
  const d = MapDocument.open(journaled);
  journalReads.push(time(() => d.journal()));
  d.close();
}

const moveMedian = quantile(moves, 0.5);
const fsyncMedian = quantile(fsyncs, 0.5);
console.log(`file size (10,000 actors):          ${(fs.statSync(file).size / 1024 / 1024).toFixed(2)} MiB`);
console.log(`open 10,000-actor map (incl. integrity check): median ${ms(quantile(opens, 0.5))}, p95 ${ms(quantile(opens, 0.95))}`);
console.log(`one committed move:                 median ${ms(moveMedian)}, p95 ${ms(quantile(moves, 0.95))}`);
console.log(`bare write + fsync of 4 KiB:        median ${ms(fsyncMedian)}, p95 ${ms(quantile(fsyncs, 0.95))}`);
console.log(`move / (write + fsync) ratio:       ${(moveMedian / fsyncMedian).toFixed(2)}×`);
console.log(`open with 10,000 journal entries:   median ${ms(quantile(journalOpens, 0.5))} (${(quantile(journalOpens, 0.5) / quantile(opens, 0.5)).toFixed(2)}× without), file ${(fs.statSync(journaled).size / 1024 / 1024).toFixed(2)} MiB`);
console.log(`read 10,000 journal entries:        median ${ms(quantile(journalReads, 0.5))}`);
fs.rmSync(dir, { recursive: true, force: true });
