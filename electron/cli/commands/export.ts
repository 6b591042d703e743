import fs from 'node:fs';
import type { PowerMap } from '../../../shared/model';
import { toInterchange } from '../../../shared/schema';
import { CliFailure, loadMapFile, type CliContext, type Command } from '../context';

/** Each export format: renders a map to bytes or text. Formats register here. */
export type Exporter = (map: PowerMap, ctx: CliContext) => Promise<string | Uint8Array>;

export const EXPORTERS: Record<string, Exporter> = {
  json: async (map) => `${JSON.stringify(toInterchange(map), null, 2)}\n`,
};

export const exportCommand: Command = {
  helpKey: 'cli.exportHelp',
  options: { format: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<file.powermap>' }));
    const format = String(values.format ?? 'json');
    const exporter = EXPORTERS[format];
    if (!exporter) throw new CliFailure(ctx.t('cli.unknownFormat', { format, formats: Object.keys(EXPORTERS).join(', ') }));
    const data = await exporter(loadMapFile(file, ctx), ctx);
    const out = values.out;
    if (typeof out === 'string') {
      fs.writeFileSync(out, data);
      ctx.err(ctx.t('cli.exported', { file: out }));
    } else if (typeof data === 'string') {
      ctx.out(data.replace(/\n$/, ''));
    } else {
      process.stdout.write(data);
    }
    return 0;
  },
};
