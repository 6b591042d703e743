import { formatPath, interchangeSchema, toInterchange } from '../../../shared/schema';
import { SCHEMA_VERSION } from '../../store/migrations';
import { CliFailure, openReadOnly, type Command } from '../context';

/** How many problems `check` lists; a thoroughly broken map would otherwise fill the screen. */
const MAX_LISTED = 10;

export const checkCommand: Command = {
  helpKey: 'cli.checkHelp',
  async run([file], _values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<file>' }));
    const doc = openReadOnly(file, ctx);
    try {
      const m = doc.map;
      if (doc.rolledBackInCopy) ctx.err(ctx.t('safety.interrupted', { file }));
      // Opening refuses only values of the wrong shape; a valid map also has every reference
      // (block members, links, scenario changes, the deciding body's people) pointing at someone.
      const checked = interchangeSchema.safeParse(toInterchange(m));
      if (!checked.success) {
        const lines = checked.error.issues
          .slice(0, MAX_LISTED)
          .map((i) => ctx.t('safety.problem', { field: formatPath(i.path), message: i.message }));
        throw new CliFailure([ctx.t('safety.problems', { file }), ...lines].join('\n'));
      }
      ctx.out(
        ctx.t('cli.valid', { file, town: m.town, title: m.title, actors: m.actors.length, seats: m.body.seats, version: SCHEMA_VERSION }),
      );
    } finally {
      doc.close();
    }
    return 0;
  },
};
