/** Crafted `.powermap` files: PowerMap's own map with something else added to its schema. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { MapDocument } from '../../electron/store/document';
import { fixtureMap, tempDir } from './helpers';

/** A view that never returns: it counts up forever looking for a row it cannot find. */
export const ENDLESS_META_VIEW = `
  DROP TABLE meta;
  CREATE VIEW meta AS
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
    SELECT 1 AS id, 'T' AS town FROM n WHERE i < 0;`;

/** A trigger that empties the map on the first edit. */
export const WIPE_TRIGGER = `CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM actors; END;`;

/** A valid map (example 2) with `sql` run on it afterwards, as an attacker with the file would. */
export function craftedMap(sql: string, name = 'crafted.powermap', dir = tempDir('pm-hostile-')): string {
  const file = path.join(dir, name);
  MapDocument.create(file, fixtureMap('examples/example-2.json')).close();
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
  return file;
}
