import fs from 'node:fs';
import { parseInterchangeText } from '../../../shared/schema';
import { MapDocument } from '../../store/document';
import { CliFailure, type Command } from '../context';

export const importCommand: Command = {
  helpKey: 'cli.importHelp',
  async run([input, output], _values, ctx) {
    if (!input) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<map.json>' }));
    if (!output) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<out.powermap>' }));
    if (fs.existsSync(output)) throw new CliFailure(ctx.t('cli.fileExists', { file: output }));
    let text: string;
    try {
      text = fs.readFileSync(input, 'utf8');
    } catch (e) {
      throw new CliFailure(ctx.t('cli.readFailed', { file: input, message: (e as Error).message }));
    }
    const parsed = parseInterchangeText(text);
    if (!parsed.ok) throw new CliFailure(ctx.t("cli.invalidField", { ...parsed.problems[0]! }));
    MapDocument.create(output, parsed.map).close();
    ctx.out(ctx.t('cli.imported', { file: output, town: parsed.map.town, actors: parsed.map.actors.length }));
    return 0;
  },
};
