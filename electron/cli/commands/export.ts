import { paperForLocale, type Paper } from '../../../shared/export/format';
import { writeExport } from '../../export/exportTarget';
import { RasterizerMissing } from '../../export/rasterizer';
import { StoreError } from '../../store/errors';
import { EXPORT_FORMATS, needsRasterizer, renderExport, type ExportFormat } from '../../export/render';
import type { ShiftedPageInput } from '../../../shared/export/shiftedPage';
import type { HistorySource } from '../../../shared/interchange';
import type { PowerMap } from '../../../shared/model';
import { CliFailure, loadMapFile, loadMapWithJournal, type Command } from '../context';
import { shiftedInFile } from './shifted';
import { systemReason } from '../systemErrors';

const PAPERS: readonly Paper[] = ['a4', 'letter'];

export const exportCommand: Command = {
  helpKey: 'cli.exportHelp',
  options: { format: { type: 'string' }, out: { type: 'string', short: 'o' }, paper: { type: 'string' }, since: { type: 'string' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<file.powermap>' }));
    const format = String(values.format ?? 'json') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new CliFailure(ctx.t('cli.unknownFormat', { format, formats: EXPORT_FORMATS.join(', ') }));
    const paper = (values.paper ?? paperForLocale(process.env.LC_ALL || process.env.LC_PAPER || process.env.LANG)) as Paper;
    if (!PAPERS.includes(paper)) throw new CliFailure(ctx.t('cli.unknownFormat', { format: paper, formats: PAPERS.join(', ') }));
    let shifted: ShiftedPageInput | undefined;
    let loaded: { map: PowerMap; journal: HistorySource[] };
    if (typeof values.since === 'string') {
      // The "What shifted since" page reads the map's journal: a PDF of a .powermap only.
      if (format !== 'pdf') throw new CliFailure(ctx.t('historyApp.cli.sinceNeedsPdf'));
      if (/\.json$/i.test(file)) throw new CliFailure(ctx.t('historyApp.cli.sinceNeedsMapFile'));
      const found = shiftedInFile(file, values.since, ctx);
      loaded = { map: found.map, journal: [] };
      shifted = { moment: found.moment, shifted: found.shifted };
    } else {
      // Only the JSON export carries the history, so only it reads the journal.
      loaded = format === 'json' ? loadMapWithJournal(file, ctx) : { map: loadMapFile(file, ctx), journal: [] };
    }
    const { map, journal } = loaded;
    const out = values.out;
    // Binary formats go to a file: a PNG or PDF on a terminal helps nobody.
    if (typeof out !== 'string' && needsRasterizer(format)) throw new CliFailure(ctx.t('cli.missingArgument', { name: '--out <path>' }));
    // Loaded only when needed, so other commands start without the browser driver.
    const rasterizer = needsRasterizer(format) ? new (await import('../../export/chromiumRenderer')).ChromiumRasterizer() : null;
    let data: Uint8Array;
    try {
      data = await renderExport(map, { format, lang: ctx.lang, paper, date: new Date(), rasterizer, journal, shifted });
    } catch (e) {
      if (e instanceof RasterizerMissing) throw new CliFailure(ctx.t('export.errors.noChromium', { path: e.path }));
      throw new CliFailure(ctx.t('export.errors.renderFailed', { message: (e as Error).message }));
    } finally {
      await rasterizer?.close();
    }
    if (typeof out === 'string') {
      try {
        writeExport(out, data, [file]);
      } catch (e) {
        if (e instanceof StoreError) throw new CliFailure(ctx.t('cli.refused', { file: out, reason: ctx.t(`errors.${e.code}`, e.params) }));
        throw new CliFailure(ctx.t('safety.writeFailed', { file: out, reason: systemReason(e, ctx.t) }));
      }
      ctx.err(ctx.t('cli.exported', { file: out }));
    } else {
      // Wait until the bytes are handed over: the process exits right after, and a large export
      // into a pipe was cut short.
      await new Promise<void>((resolve, reject) => process.stdout.write(data, (e) => (e ? reject(e) : resolve())));
    }
    return 0;
  },
};
