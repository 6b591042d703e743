/** Opens a map through the store once and prints what happened as one JSON line. */
import fs from 'node:fs';
import { MapDocument } from '../../electron/store/document';
import { StoreError } from '../../electron/store/errors';

try {
  MapDocument.open(process.argv[2]!).close();
  fs.writeSync(1, `${JSON.stringify({ ok: true })}\n`);
} catch (e) {
  if (!(e instanceof StoreError)) throw e;
  fs.writeSync(1, `${JSON.stringify({ ok: false, code: e.code, params: e.params })}\n`);
}
