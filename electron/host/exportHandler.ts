/**
 * The host's export and drop-import methods. Exports render through the same code as the CLI;
 * in Electron a save dialog (main's) writes the file, in the browser host the bytes go back to the
 * renderer to download. Dropped files are read here, never by path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportExtension, type Handlers } from '../../shared/contract';
import { suggestedFileName } from '../../shared/fileName';
import { classifyFile } from '../../shared/export/openedFile';
import { toInterchangeV2 } from '../../shared/interchange';
import type { ShiftedPageInput } from '../../shared/export/shiftedPage';
import { resolveSince, shiftedSince, type JournalEntry } from '../../shared/history';
import type { PowerMap } from '../../shared/model';
import { RasterizerMissing, type Rasterizer } from '../export/rasterizer';
import { writeExport } from '../export/exportTarget';
import { MIME, needsRasterizer, renderExport } from '../export/render';
import { MapDocument } from '../store/document';
import { BadJournal } from '../store/journal';
import { StoreError } from '../store/errors';
import { findDroppedOriginal } from './droppedDocument';
import type { Host } from './handlers';

export interface ExportHandlerOptions {
  /** Draws PNG and PDF; null where none is available (those formats are then unsupported). */
  rasterizer: Rasterizer | null;
  /** Electron's save dialog; null in the browser host, which hands the bytes to the renderer. */
  chooseExportPath: ((suggestedName: string) => Promise<string | null>) | null;
  now: () => Date;
}

type ExportHandlers = Pick<Handlers, 'maps.export' | 'maps.importFile'>;

/** Reads a .powermap that arrived as bytes: copied to a temporary file, opened read-only. */
export function mapFromDocumentBytes(bytes: Uint8Array) {
  return readDocumentBytes(bytes, (doc) => doc.map);
}

function readDocumentBytes<T>(bytes: Uint8Array, read: (doc: MapDocument) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-drop-'));
  try {
    const file = path.join(dir, 'dropped.powermap');
    fs.writeFileSync(file, bytes);
    const doc = MapDocument.open(file, { readOnly: true });
    try {
      return read(doc);
    } finally {
      doc.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A damaged journal must not keep the map from being copied: the copy's history then starts at its creation. */
function journalOrNone(doc: MapDocument) {
  try {
    return doc.journal();
  } catch (e) {
    if (e instanceof BadJournal) return [];
    throw e;
  }
}

/** The reportback's "What shifted since" page; a moment the map cannot name is refused. */
function shiftedPage(map: PowerMap, entries: JournalEntry[], since: string): ShiftedPageInput {
  const moment = resolveSince(since, map.snapshots);
  if (!moment) throw new StoreError('invalid-arguments', `since: not a snapshot or date: ${since}`, { field: 'since' });
  return { moment, shifted: shiftedSince(map, entries, moment.at) };
}

export function exportHandlers(host: Host, opts: ExportHandlerOptions): ExportHandlers {
  return {
    'maps.export': async ({ docId, format, lang, paper, since }) => {
      const doc = host.docById(docId);
      const map = doc.map;
      const shifted = format === 'pdf' && since !== undefined ? shiftedPage(map, doc.journal(), since) : undefined;
      if (needsRasterizer(format) && !opts.rasterizer) throw new StoreError('unsupported', `no renderer for ${format} in this host`);
      const date = opts.now();
      let bytes: Uint8Array;
      try {
        // Only the JSON export carries the history, so only it reads the journal.
        const journal = format === 'json' ? doc.journal() : [];
        bytes = await renderExport(map, { format, lang, paper, date, rasterizer: opts.rasterizer, journal, shifted });
      } catch (e) {
        if (e instanceof RasterizerMissing) throw new StoreError('unsupported', e.message, { chromium: e.path });
        throw new StoreError('internal', (e as Error).message, { render: 1 });
      }
      const fileName = suggestedFileName(map.town, date, exportExtension(format));
      if (opts.chooseExportPath) {
        const chosen = await opts.chooseExportPath(fileName);
        if (!chosen) throw new StoreError('cancelled', 'cancelled');
        writeExport(chosen, bytes, host.openDocs().map((d) => d.file));
        return { fileName: path.basename(chosen), mime: MIME[format], base64: null };
      }
      return { fileName, mime: MIME[format], base64: Buffer.from(bytes).toString('base64') };
    },
    'maps.importFile': async ({ name, base64 }) => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const found = classifyFile(name, bytes);
      if (found.kind === 'error') throw new StoreError(found.code === 'unknownFileType' ? 'unsupported' : 'invalid-json', found.code, { file: found.code });
      // A roster adds people to the open map; the renderer previews it and applies it itself.
      if (found.kind === 'roster') throw new StoreError('unsupported', 'a roster is imported into an open map', { file: 'roster' });
      if (found.kind === 'map') return host.handlers['maps.importJson']({ text: found.text });
      // A dropped map file: the original when this host can find it, else a copy (and the renderer says which).
      const original = findDroppedOriginal(host, name, bytes);
      if (original) return { ...host.openPath(original), dropped: 'original' as const };
      // The copy keeps the campaign memory and the history (the journal rebuilt from it).
      const text = readDocumentBytes(bytes, (doc) => JSON.stringify(toInterchangeV2(doc.map, journalOrNone(doc))));
      const copy = await host.handlers['maps.importJson']({ text });
      return { ...copy, dropped: 'copy' as const };
    },
  };
}
