/** `powermap shifted`: who moved since a date, and how much each change moved the chance (DESIGN.md §10). */
import { shiftedSince, type ActorState, type Shifted } from '../../../shared/history';
import { formatNumber, formatPercent } from '../../../shared/projectionWords';
import { CliFailure, openReadOnly, type CliContext, type Command } from '../context';

/** A bare date is midnight local time; anything else must be a date and time JavaScript can read. */
export function parseSince(raw: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const t = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime() : /^\d{4}-\d{2}-\d{2}T/.test(raw) ? Date.parse(raw) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

function describe(s: ActorState | null, ctx: CliContext): string {
  if (!s) return ctx.t('history.cli.absent');
  if (s.column === null) return ctx.t('history.cli.unplaced');
  return ctx.t(`column.${s.column}`);
}

function printTable(r: Shifted, ctx: CliContext) {
  const { t, lang } = ctx;
  const pct = (p: number | null) => (p === null ? '—' : formatPercent(p, lang));
  ctx.out(t('history.cli.since', { since: new Date(r.since).toLocaleString(lang === 'es' ? 'es-US' : 'en-US') }));
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
    const since = parseSince(values.since);
    if (!since) throw new CliFailure(ctx.t('history.cli.badSince', { value: values.since }));
    const doc = openReadOnly(file, ctx);
    let result: Shifted;
    try {
      result = shiftedSince(doc.map, doc.journal(), since);
    } finally {
      doc.close();
    }
    if (values.json) ctx.out(JSON.stringify(result, null, 2));
    else printTable(result, ctx);
    return 0;
  },
};
