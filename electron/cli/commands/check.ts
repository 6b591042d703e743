import { SCHEMA_VERSION } from '../../store/migrations';
import { CliFailure, openReadOnly, type Command } from '../context';

export const checkCommand: Command = {
  helpKey: 'cli.checkHelp',
  async run([file], _values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<file>' }));
    const doc = openReadOnly(file, ctx);
    try {
      const m = doc.map;
      ctx.out(
        ctx.t('cli.valid', { file, town: m.town, title: m.title, actors: m.actors.length, seats: m.body.seats, version: SCHEMA_VERSION }),
      );
    } finally {
      doc.close();
    }
    return 0;
  },
};
