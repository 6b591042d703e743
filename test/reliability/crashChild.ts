/**
 * The process that gets killed: opens a map through the real store and applies random
 * edits forever, reporting each one on stdout before it is sent (SEND) and after the store has
 * acknowledged it (ACK) or refused it (REJ). Writes are synchronous, so a line printed before the
 * kill reaches the parent.
 * Usage: node --import tsx crashChild.ts <file> <seed>
 */
import fs from 'node:fs';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';
import { seeded } from './support/random';
import { randomOperation } from './support/ops';

const [file, seedText] = process.argv.slice(2);
const seed = Number(seedText);
const say = (line: string) => fs.writeSync(1, `${line}\n`);

const doc = MapDocument.open(file!);
const rng = seeded(seed);
say('READY');
for (let i = 0; ; i++) {
  const op = randomOperation(doc.map, rng, `${seed}-${i}`);
  say(`SEND ${JSON.stringify(op)}`);
  try {
    doc.apply(op);
    say('ACK');
  } catch (e) {
    if (!(e instanceof StoreError) || e.code !== 'op-rejected') throw e;
    say('REJ');
  }
}
