/** `powermap shifted`: who moved since a date, and how much each change moved the chance (DESIGN.md §10). */
import { resolveSince, shiftedSince, type Shifted, type SinceMoment } from '../../../shared/history';
import { deltaPoints, standingOf, standingWord } from '../../../shared/history/words';
import type { PowerMap } from '../../../shared/model';
import { formatPercent } from '../../../shared/projectionWords';
import { CliFailure, openReadOnly, type CliContext, type Command } from '../context';

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
    ctx.out(t('history.cli.change', { name, then: standingWord(standingOf(c.then), t), now: standingWord(standingOf(c.now), t), delta: deltaPoints(c.deltaPAdopt, lang) }));
  }
}

/** The map in `file` and what shifted in it since `raw` (a snapshot, by id or exact name, or a date; see shared/history/since.ts). */
export function shiftedInFile(file: string, raw: string, ctx: CliContext): { map: PowerMap; moment: SinceMoment; shifted: Shifted } {
  const doc = openReadOnly(file, ctx);
  try {
    const moment = resolveSince(raw, doc.map.snapshots);
    if (!moment) throw new CliFailure(ctx.t('history.cli.badSince', { value: raw }));
    return { map: doc.map, moment, shifted: shiftedSince(doc.map, doc.journal(), moment.at) };
  } finally {
    doc.close();
  }
}

export const shiftedCommand: Command = {
  helpKey: 'history.cli.help',
  options: { since: { type: 'string' }, json: { type: 'boolean' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<map>' }));
    if (typeof values.since !== 'string') throw new CliFailure(ctx.t('cli.missingArgument', { name: '--since' }));
    const { moment, shifted: result } = shiftedInFile(file, values.since, ctx);
    if (values.json) ctx.out(JSON.stringify(result, null, 2));
    else printTable(result, moment, ctx);
    return 0;
  },
};
