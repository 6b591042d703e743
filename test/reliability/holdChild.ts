/**
 * A second program holding a map open for writing: opens it through the store, says READY, then
 * applies each `add <id>` line it reads (answering `ADDED <id>`) until it is killed.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { newActor } from '../../shared/model';
import { MapDocument } from '../../electron/store/document';

const doc = MapDocument.open(process.argv[2]!);
fs.writeSync(1, `READY ${doc.map.actors.length}\n`);
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [verb, id] = line.split(' ');
  if (verb !== 'add' || !id) return;
  doc.apply({ type: 'actor.add', actor: newActor(id, 'influencer', `Added by the holder ${id}`) });
  fs.writeSync(1, `ADDED ${id}\n`);
});
// The timer keeps `doc` reachable: a collected Database closes itself, and with it the lock.
setInterval(() => doc.readOnly, 60_000);
