/**
 * Export timings: `npm run bench export`. Each format for the 9-member council fixture and for a
 * 1,000-actor map (60 seats, 940 influencers, 500 links), rendered as the CLI and the app do it,
 * with one warm Chromium (as the host keeps it). The app shows its progress indicator for anything
 * over 500 ms; the table marks those formats.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumRasterizer } from '../electron/export/chromiumRenderer';
import { EXPORT_FORMATS, renderExport } from '../electron/export/render';
import { newActor, type PowerMap } from '../shared/model';
import { parseInterchangeText } from '../shared/schema';

const PROGRESS_MS = 500;
const RUNS = 3;

function council(): PowerMap {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/council-9.json');
  const parsed = parseInterchangeText(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.map;
}

/** Deterministic: 60 seated members in 6 blocks, 940 influencers, 500 influence links. */
function thousand(): PowerMap {
  const m = council();
  m.actors = [];
  m.blocks = [];
  m.links = [];
  m.body = { ...m.body, seats: 60, executive: null };
  const spread = (i: number, k: number) => ((i * k) % 1000) / 1000;
  for (let i = 0; i < 60; i++) m.actors.push(newActor(`m${i}`, 'decision-maker', `Member ${i} Núñez`, { seat: true, role: 'Councilor', x: -0.98 + 1.96 * spread(i, 7919), y: spread(i, 104729) }));
  for (let i = 0; i < 940; i++) m.actors.push(newActor(`i${i}`, 'influencer', `Group ${i}`, { x: -0.98 + 1.96 * spread(i, 6271), y: spread(i, 3571) }));
  for (let b = 0; b < 6; b++) m.blocks.push({ id: `b${b}`, name: `Block ${b}`, members: Array.from({ length: 5 }, (_, j) => `m${b * 5 + j}`), cohesion: 0.7 });
  for (let l = 0; l < 500; l++) m.links.push({ from: `i${l}`, to: `m${l % 60}`, strength: 0.5 });
  return m;
}

const rasterizer = new ChromiumRasterizer();
const date = new Date('2026-06-01T12:00:00Z');
console.log(`median of ${RUNS} runs after one warm-up; ▲ = over ${PROGRESS_MS} ms, the app shows progress\n`);
try {
  for (const [label, map] of [['9-member council', council()], ['1,000 actors', thousand()]] as const) {
    for (const format of EXPORT_FORMATS) {
      const run = () => renderExport(map, { format, lang: 'en', paper: 'letter', date, rasterizer });
      const first = await run();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await run();
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      const median = ms[Math.floor(RUNS / 2)]!;
      const extra = format === 'pdf' ? `, ${(new TextDecoder('latin1').decode(first).match(/\/Type\s*\/Page\b/g) ?? []).length} page(s)` : '';
      console.log(`${label.padEnd(18)} ${format.padEnd(5)} ${median.toFixed(0).padStart(7)} ms ${median > PROGRESS_MS ? '▲' : ' '}  ${(first.length / 1024).toFixed(0).padStart(6)} KiB${extra}`);
    }
  }
} finally {
  await rasterizer.close();
}
