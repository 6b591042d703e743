/** `powermap shifted`: who moved since a date, and how much each change moved the chance (DESIGN.md §10). */
import { resolveSince, shiftedSince, type ActorState, type Shifted, type SinceMoment } from '../../../shared/history';
import { formatNumber, formatPercent } from '../../../shared/projectionWords';
import { CliFailure, openReadOnly, type CliContext, type Command } from '../context';

function describe(s: ActorState | null, ctx: CliContext): string {
  if (!s) return ctx.t('history.cli.absent');
  if (s.column === null) return ctx.t('history.cli.unplaced');
  return ctx.t(`column.${s.column}`);
}

function printTable(r: Shifted, moment: SinceMoment, ctx: CliContext) {
  const { t, lang } = ctx;
  const pct = (p: number | null) => (p === null ? '—' : formatPercent(p, lang));
  const since = new Date(r.since).toLocaleString(lang === 'es' ? 'es-US' : 'en-US');
  ctx.out(moment.snapshot ? t('history.cli.sinceSnapshot', { name: moment.snapshot.name, since }) : t('history.cli.since', { since }));
  ctx.out(t('history.cli.chance', { then: pct(r.then.pAdopt), now: pct(r.now.pAdopt) }));
  if (r.changes.length === 0) {
    ctx.out(t('history.cli.none'));
    return;
  }
  ctx.out('');
  for (const c of r.changes) {
    const name = c.name.length > 40 ? `${c.name.slice(0, 39)}…` : c.name;
    const delta = c.deltaPAdopt === null ? '—' : `${c.deltaPAdopt >= 0 ? '+' : '−'}${formatNumber(Math.abs(c.deltaPAdopt) * 100, lang, 1)}`;
    ctx.out(t('history.cli.change', { name, then: describe(c.then, ctx), now: describe(c.now, ctx), delta }));
  }
}

export const shiftedCommand: Command = {
  helpKey: 'history.cli.help',
  options: { since: { type: 'string' }, json: { type: 'boolean' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<map>' }));
    if (typeof values.since !== 'string') throw new CliFailure(ctx.t('cli.missingArgument', { name: '--since' }));
    const doc = openReadOnly(file, ctx);
    let result: Shifted;
    let moment: SinceMoment | null;
    try {
      // A snapshot (by id or exact name) or a date; see shared/history/since.ts.
      moment = resolveSince(values.since, doc.map.snapshots);
      if (!moment) throw new CliFailure(ctx.t('history.cli.badSince', { value: values.since }));
      result = shiftedSince(doc.map, doc.journal(), moment.at);
    } finally {
      doc.close();
    }
    if (values.json) ctx.out(JSON.stringify(result, null, 2));
    else printTable(result, moment, ctx);
    return 0;
  },
};
