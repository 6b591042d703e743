/** `powermap reconcile`: compare breakout groups' copies with the main map (DESIGN.md §11). */
import fs from 'node:fs';
import path from 'node:path';
import { reconcile, DEFAULT_FLAG_SPREAD, type Reconciliation } from '../../../shared/reconcile';
import { formatPercent } from '../../../shared/projectionWords';
import { MapDocument } from '../../store/document';
import { CliFailure, loadMapFile, type CliContext, type Command } from '../context';

function parseFlag(raw: string | boolean | undefined, ctx: CliContext): number {
  if (raw === undefined) return DEFAULT_FLAG_SPREAD;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < 1 || n > 4) throw new CliFailure(ctx.t('reconcile.cli.badFlag', { value: String(raw) }));
  return n;
}

/** The JSON of DESIGN.md §11, field for field. */
function asJson(r: Reconciliation) {
  return {
    groups: r.groups,
    consensus: r.consensus,
    actors: r.actors.map(({ id, name, groups, consensus, spread, flagged, source }) => ({ id, name, groups, consensus, spread, flagged, source })),
  };
}

/** Group letters (A, B, …) head the columns; each group's file is named once above the table. */
function printTable(r: Reconciliation, ctx: CliContext) {
  const { t, lang } = ctx;
  const pct = (p: number | null) => (p === null ? '—' : formatPercent(p, lang));
  const letter = (i: number) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
  r.groups.forEach((g, i) => ctx.out(t('reconcile.cli.group', { letter: letter(i), file: g.file, title: g.title, percent: pct(g.pAdopt) })));
  ctx.out(t('reconcile.cli.consensusChance', { percent: pct(r.consensus.pAdopt) }));
  ctx.out('');
  const col = (c: number | undefined) => (c === undefined ? '·' : String(c));
  const header = [t('reconcile.cli.name'), ...r.groups.map((_, i) => letter(i)), t('reconcile.cli.consensus'), t('reconcile.cli.spread'), ''];
  // Flagged disagreements first: they are where the room needs research or a meeting.
  const ordered = [...r.actors].sort((a, b) => Number(b.flagged) - Number(a.flagged));
  const rows = ordered.map((a) => [
    a.name.length > 40 ? `${a.name.slice(0, 39)}…` : a.name,
    ...a.groups.map((p) => col(p?.column)),
    a.consensus ? t(`whip.${a.consensus.column}`) : '—',
    String(a.spread),
    [a.flagged ? t('reconcile.cli.flagged') : '', a.source === 'new' ? t('reconcile.cli.new') : ''].filter(Boolean).join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  ctx.out(line(header));
  for (const row of rows) ctx.out(line(row));
  ctx.out('');
  ctx.out(t('reconcile.cli.legend'));
}

export const reconcileCommand: Command = {
  helpKey: 'reconcile.cli.help',
  options: { json: { type: 'boolean' }, flag: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run([mainFile, ...groupFiles], values, ctx) {
    if (!mainFile) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<main>' }));
    if (groupFiles.length === 0) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<group>' }));
    const flag = parseFlag(values.flag, ctx);
    const out = typeof values.out === 'string' ? values.out : null;
    if (out !== null && fs.existsSync(out)) throw new CliFailure(ctx.t('cli.fileExists', { file: out }));
    const main = loadMapFile(mainFile, ctx);
    const groups = groupFiles.map((file) => ({ file: path.basename(file), map: loadMapFile(file, ctx) }));
    const result = reconcile(main, groups, flag);
    if (values.json) ctx.out(JSON.stringify(asJson(result), null, 2));
    else printTable(result, ctx);
    if (out !== null) {
      MapDocument.create(out, { ...result.map, updatedAt: new Date().toISOString() }).close();
      ctx.err(ctx.t('cli.exported', { file: out }));
    }
    return 0;
  },
};
