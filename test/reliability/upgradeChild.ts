/** Opens a map for writing through the store (upgrading an older one after its backup), then says DONE. */
import fs from 'node:fs';
import { MapDocument } from '../../electron/store/document';

const doc = MapDocument.open(process.argv[2]!);
fs.writeSync(1, `DONE ${doc.map.actors.length}\n`);
doc.close();
