/** A second program holding a map open: opens it through the store, says READY, waits to be killed. */
import fs from 'node:fs';
import { MapDocument } from '../../electron/store/document';

const doc = MapDocument.open(process.argv[2]!);
fs.writeSync(1, `READY ${doc.map.actors.length}\n`);
// The timer keeps `doc` reachable: a collected Database closes itself, and with it the lock.
setInterval(() => doc.readOnly, 60_000);
