/** `powermap votes`: each recorded vote beside the projection of its morning, and the Brier score (DESIGN.md §10). */
import { formatPercent } from '../../../shared/projectionWords';
import { brierText, calendarDateText, reviewVote, type VoteReview } from '../../../shared/votes';
import type { PowerMap } from '../../../shared/model';
import { CliFailure, openReadOnly, type CliContext, type Command } from '../context';
import { clip, oneLine, terminalJson } from '../terminalText';

const NAME_WIDTH = 40;

/** DESIGN.md §10's fields, plus the vote's id, measure and executive action. */
function asJson(r: VoteReview) {
  return {
    id: r.id,
    date: r.date,
    measure: r.measure,
    adopted: r.adopted,
    executive: r.executive,
    projectedPAdopt: r.projectedPAdopt,
    brier: r.brier,
    members: r.members.map((m) => ({ id: m.id, ballot: m.ballot, pYesBallot: m.pYesBallot })),
  };
}

function printVote(map: PowerMap, r: VoteReview, ctx: CliContext) {
  const { t, lang } = ctx;
  const name = (id: string) => clip(oneLine(map.actors.find((a) => a.id === id)?.name ?? id), NAME_WIDTH);
  const measure = r.measure.trim() ? clip(oneLine(r.measure), 80) : t('votes.noMeasure');
  ctx.out(t('votes.cli.heading', { date: calendarDateText(r.date, lang), measure }));
  const outcome = t(r.adopted ? 'votes.adopted' : 'votes.notAdopted');
  ctx.out(`  ${r.executive ? t('votes.cli.outcomeExecutive', { outcome, executive: t(`votes.executive.${r.executive}`) }) : outcome}`);
  ctx.out(`  ${r.projectedPAdopt === null ? t('votes.morning.none') : t('votes.morning.chance', { percent: formatPercent(r.projectedPAdopt, lang) })}`);
  ctx.out(`  ${r.brier === null ? t('votes.brier.none') : t('votes.cli.brier', { brier: brierText(r.brier, lang) })}`);
  if (r.members.length === 0) return;
  ctx.out('');
  const header = t('votes.cli.columns').split('|');
  const rows = r.members.map((m) => [name(m.id), t(`votes.ballot.${m.ballot}`), m.pYesBallot === null ? t('votes.notMember') : formatPercent(m.pYesBallot, lang)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  ctx.out(line(header));
  ctx.out(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) ctx.out(line(row));
}

export const votesCommand: Command = {
  helpKey: 'votes.cli.help',
  options: { json: { type: 'boolean' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<map>' }));
    const doc = openReadOnly(file, ctx);
    let map: PowerMap;
    let reviews: VoteReview[];
    try {
      map = doc.map;
      const journal = doc.journal();
      reviews = map.votes.map((v) => reviewVote(map, journal, v));
    } finally {
      doc.close();
    }
    if (values.json) {
      ctx.out(terminalJson(reviews.map(asJson)));
      return 0;
    }
    if (reviews.length === 0) {
      ctx.out(ctx.t('votes.cli.none'));
      return 0;
    }
    for (const r of reviews) {
      printVote(map, r, ctx);
      ctx.out('');
    }
    ctx.out(ctx.t('votes.brier.explain'));
    return 0;
  },
};
