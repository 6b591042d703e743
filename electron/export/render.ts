/** One export of a map in a format, as the CLI and the app's host both produce it. */
import type { Language } from '../../shared/contract';
import { mapCsv } from '../../shared/export/csv';
import type { Paper } from '../../shared/export/format';
import { mapSvg, SVG_WIDTH } from '../../shared/export/mapSvg';
import { withTextChunk } from '../../shared/export/pngChunks';
import { reportHtml } from '../../shared/export/reportHtml';
import { shiftedPageHtml, type ShiftedPageInput } from '../../shared/export/shiftedPage';
import { deckHtml } from '../../shared/present/deck';
import { voteCount } from '../../shared/export/voteCount';
import { createTranslator } from '../../shared/i18n';
import { meetingsCsv } from '../../shared/meetings/csv';
import { followUpsIcs } from '../../shared/meetings/ics';
import type { PowerMap } from '../../shared/model';
import { toInterchange } from '../../shared/schema';
import { toInterchangeV2, type HistorySource } from '../../shared/interchange';
import type { Rasterizer } from './rasterizer';

import { EXPORT_FORMATS, type ExportFormat } from '../../shared/contract';

export { EXPORT_FORMATS, type ExportFormat };

/** PNG pixels per SVG unit: 1200 units → 2400 px, sharp on a projector and on a slide. */
export const PNG_SCALE = 2;

export const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  deck: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  meetings: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

export interface ExportRequest {
  format: ExportFormat;
  lang: Language;
  paper: Paper;
  date: Date;
  /** Needed for PNG and PDF only. */
  rasterizer: Rasterizer | null;
  /** The map's journal, oldest first: the JSON export's history is computed from it. */
  journal?: readonly HistorySource[];
  /** PDF only: the "What shifted since" page to add after the reportback. */
  shifted?: ShiftedPageInput;
}

export const needsRasterizer = (format: ExportFormat) => format === 'png' || format === 'pdf' || format === 'deck';

/**
 * Interchange version 2: the map, its history, snapshots, meetings and votes. PNG and SVG carry
 * version 1 (the map alone): images travel beyond the committee, and what was said in constituent
 * meetings should not ride along unseen.
 */
export function interchangeJson(map: PowerMap, journal: readonly HistorySource[]): string {
  return `${JSON.stringify(toInterchangeV2(map, journal), null, 2)}\n`;
}

export async function renderExport(map: PowerMap, req: ExportRequest): Promise<Uint8Array> {
  const t = createTranslator(req.lang);
  const enc = new TextEncoder();
  if (req.format === 'json') return enc.encode(interchangeJson(map, req.journal ?? []));
  if (req.format === 'meetings') return enc.encode(meetingsCsv(map, { t, lang: req.lang }));
  if (req.format === 'ics') return enc.encode(followUpsIcs(map, { t, lang: req.lang, now: req.date }));
  const vc = voteCount(map, t);
  if (req.format === 'csv') return enc.encode(mapCsv(map, { t, lang: req.lang, voteCount: vc }));
  const opts = { t, lang: req.lang, date: req.date, voteCount: vc };
  if (req.format === 'svg') return enc.encode(mapSvg(map, opts));
  if (!req.rasterizer) throw new Error(`no rasterizer for ${req.format}`);
  if (req.format === 'png') {
    const svg = mapSvg(map, { ...opts, embed: false });
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const png = await req.rasterizer.png(svg, SVG_WIDTH, height, PNG_SCALE);
    return withTextChunk(png, JSON.stringify(toInterchange(map)));
  }
  // The deck sets its own landscape page size; the paper only matters to the report page.
  if (req.format === 'deck') return req.rasterizer.pdf(deckHtml(map, opts), req.paper);
  const appendix = req.shifted ? shiftedPageHtml(req.shifted, t, req.lang) : undefined;
  return req.rasterizer.pdf(reportHtml(map, { ...opts, paper: req.paper, appendix }), req.paper);
}
