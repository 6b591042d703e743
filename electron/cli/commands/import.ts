import fs from 'node:fs';
import path from 'node:path';
import { classifyFile } from '../../../shared/export/openedFile';
import { parseInterchangeText } from '../../../shared/schema';
import { MapDocument } from '../../store/document';
import { CliFailure, type Command } from '../context';
import { systemReason } from '../systemErrors';

export const importCommand: Command = {
  helpKey: 'cli.importHelp',
  async run([input, output], _values, ctx) {
    if (!input) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<map.json>' }));
    if (!output) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<out.powermap>' }));
    if (fs.existsSync(output)) throw new CliFailure(ctx.t('cli.fileExists', { file: output }));
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(input);
    } catch (e) {
      throw new CliFailure(ctx.t('safety.readFailed', { file: input, reason: systemReason(e, ctx.t) }));
    }
    // An exported PNG or SVG carries its map inside; anything else is read as JSON.
    const found = classifyFile(input, bytes);
    if (found.kind === 'error' && found.code !== 'unknownFileType') throw new CliFailure(ctx.t(`export.errors.${found.code}`));
    const text = found.kind === 'map' ? found.text : new TextDecoder().decode(bytes);
    const parsed = parseInterchangeText(text);
    if (!parsed.ok) throw new CliFailure(ctx.t("cli.invalidField", { ...parsed.problems[0]! }));
    // SQLite would say only "cannot open": name what is wrong with the place to write.
    try {
      if (!fs.statSync(path.dirname(path.resolve(output))).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (e) {
      throw new CliFailure(ctx.t('safety.writeFailed', { file: output, reason: systemReason(e, ctx.t) }));
    }
    // The new map's journal starts with the file's history (or, for version 1, with the import).
    MapDocument.create(output, parsed.map, { history: parsed.history }).close();
    ctx.out(ctx.t('cli.imported', { file: output, town: parsed.map.town, actors: parsed.map.actors.length }));
    return 0;
  },
};
