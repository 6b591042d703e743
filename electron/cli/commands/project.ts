/** `powermap project`: the vote count projection of a map (or one of its what-if scenarios). */
import { joinNames } from '../../../shared/listFormat';
import { column, type PowerMap, type Scenario } from '../../../shared/model';
import { isProjectionError, minimalSet, project, toProjectionInput, type Projection, type MinimalSet, type ProjectionInput } from '../../../shared/projection';
import { influencerReach } from '../../../shared/reportback/influence';
import { vetoGap, type VetoGap } from '../../../shared/reportback/vetoGap';
import { formatNumber, formatPercent, projectionErrorText, verdictKey } from '../../../shared/projectionWords';
import { formatPercentPrecise, pathSentence, pathToVictory, type Path } from '../../../shared/path';
import { CliFailure, loadMapFile, type CliContext, type Command } from '../context';
import { clip, oneLine, terminalJson } from '../terminalText';

/** Widest name in the table, in characters; longer names end in an ellipsis. */
const NAME_WIDTH = 40;

function parseTarget(raw: string | boolean | undefined, ctx: CliContext): number {
  if (raw === undefined) return 0.9;
  const target = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !(target >= 0 && target <= 1)) {
    throw new CliFailure(ctx.t('projection.cli.badTarget', { value: String(raw) }));
  }
  return target;
}

function findScenario(map: PowerMap, name: string | boolean | undefined, ctx: CliContext): Scenario | undefined {
  if (typeof name !== 'string') return undefined;
  const found = map.scenarios.find((s) => s.name === name) ?? map.scenarios.find((s) => s.id === name);
  if (found) return found;
  const names = map.scenarios.map((s) => s.name).join(', ') || ctx.t('projection.cli.noScenarios');
  throw new CliFailure(ctx.t('projection.cli.unknownScenario', { name, names }));
}

/** What the output adds beside the projection itself: who reaches whom, and the veto's part. */
interface Extras {
  veto: VetoGap | null;
}

function asJson(map: PowerMap, scenario: Scenario | undefined, target: number, p: Projection, set: MinimalSet, path: Path, extras: Extras) {
  const names = new Map(map.actors.map((a) => [a.id, a]));
  return {
    town: map.town,
    body: map.body.name,
    scenario: scenario?.name ?? null,
    pAdopt: p.pAdopt,
    pPass: p.pPass,
    expectedYes: p.expectedYes,
    distribution: p.distribution,
    threshold: p.threshold,
    members: p.members.map((m) => {
      const a = names.get(m.id);
      return { ...m, name: a?.name ?? m.id, column: a?.x == null ? null : column(a.x) };
    }),
    ranking: p.ranking,
    minimalSet: { ...set, target },
    path: { steps: path.steps, cost: path.cost, pAdopt: path.pAdopt, reachable: path.reachable, exact: path.exact },
    // Added fields only: earlier readers of this JSON keep working.
    influencers: influencerReach(map),
    veto: extras.veto && { ...extras.veto, name: extras.veto.id ? (names.get(extras.veto.id)?.name ?? extras.veto.id) : null },
  };
}

function printTable(map: PowerMap, scenario: Scenario | undefined, target: number, p: Projection, set: MinimalSet, path: Path, extras: Extras, ctx: CliContext) {
  const { t, lang } = ctx;
  const pct = (v: number) => formatPercent(v, lang);
  const signed = (v: number) => (v >= 0 ? '+' : '') + formatNumber(v * 100, lang, 1);
  // A 10,000-character name must not make every row that wide, nor a line break in it add a row.
  const name = (id: string) => clip(oneLine(map.actors.find((a) => a.id === id)?.name ?? id), NAME_WIDTH);
  ctx.out(t('projection.cli.title', { town: map.town, body: map.body.name || t('projection.heading') }));
  if (scenario) ctx.out(t('projection.cli.scenario', { name: scenario.name }));
  ctx.out(t('projection.cli.chance', { percent: pct(p.pAdopt), verdict: t(verdictKey(p.pAdopt)) }));
  if (p.threshold.override !== null || p.threshold.tieBreaker) ctx.out(t('projection.cli.pPass', { percent: pct(p.pPass) }));
  const needed =
    p.threshold.needed !== null ? String(p.threshold.needed) : t('projection.cli.neededCast', { needed: p.threshold.neededIfAllPresent });
  ctx.out(t('projection.cli.expected', { expected: formatNumber(p.expectedYes, lang, 2), needed }));
  ctx.out(`${t('projection.cli.distribution')} ${p.distribution.map((q, k) => `${k}: ${pct(q)}`).join('  ')}`);
  ctx.out('');
  const header = t('projection.cli.columns').split('|');
  const rows = p.ranking.map((id) => {
    const m = p.members.find((x) => x.id === id)!;
    const a = map.actors.find((x) => x.id === id);
    const col = a?.x == null ? '—' : t(`whip.${column(a.x)}`);
    return [name(id), col, pct(m.pYes), m.recused ? t('projection.recused') : pct(m.pPresent), signed(m.gainOneColumn), signed(m.gainToYes)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  ctx.out(line(header));
  ctx.out(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) ctx.out(line(r));
  ctx.out('');
  const note = (set.exact ? '' : t('projection.cli.heuristic')) + (set.reachable ? '' : t('projection.cli.unreachable'));
  const members = set.members.length ? joinNames(set.members.map(name), ctx.lang) : t('projection.cli.minimalNone');
  const pathNote = path.steps.length ? ` (${t('path.summary', { count: path.cost, percent: formatPercentPrecise(path.pAdopt, lang) })})` : '';
  ctx.out(t('path.cli', { target: pct(target), text: pathSentence(path, map, target, t, lang), note: pathNote + (path.exact ? '' : t('projection.cli.heuristic')) }));
  ctx.out(t('projection.cli.minimal', { target: pct(target), names: members, percent: pct(set.pAdopt), note }));
  if (extras.veto) {
    const v = extras.veto;
    ctx.out('');
    ctx.out(
      t('reportback.project.vetoGap', {
        pass: pct(p.pPass),
        adopt: pct(p.pAdopt),
        name: v.id ? name(v.id) : t('reportback.project.executive'),
        signs: pct(v.pSigns),
        override: v.overrideNeeded,
        seats: p.threshold.seats,
        reached: pct(v.pOverrideReached),
        stands: pct(v.pVetoStands),
      }),
    );
  }
  printInfluencers(map, ctx);
}

/** Each influencer and whom it can reach, strongest first. */
function printInfluencers(map: PowerMap, ctx: CliContext) {
  const { t, lang } = ctx;
  const list = influencerReach(map);
  ctx.out('');
  if (list.length === 0) return ctx.out(t('reportback.project.noInfluencers'));
  ctx.out(t('reportback.project.influencers'));
  for (const i of list) {
    const where = i.column === null ? t('reportback.project.notPlaced') : t(`column.${i.column}`);
    const reaches = i.reaches.length
      ? i.reaches.map((r) => t(r.member ? 'reportback.project.reachMember' : 'reportback.project.reachOther', { name: r.name, strength: formatNumber(r.strength, lang, 1) })).join(', ')
      : t('reportback.project.reachesNobody');
    ctx.out(`  ${t('reportback.project.influencer', { name: i.name, column: where, reaches })}`);
  }
}

export const projectCommand: Command = {
  helpKey: 'projection.cli.help',
  options: { json: { type: 'boolean' }, target: { type: 'string' }, scenario: { type: 'string' } },
  async run([file], values, ctx) {
    if (!file) throw new CliFailure(ctx.t('cli.missingArgument', { name: '<file>' }));
    const target = parseTarget(values.target, ctx);
    const map = loadMapFile(file, ctx);
    const scenario = findScenario(map, values.scenario, ctx);
    let p: Projection;
    let set: MinimalSet;
    let path: Path;
    let input: ProjectionInput;
    try {
      input = toProjectionInput(map, scenario);
      p = project(input);
      set = minimalSet(input, target);
      path = pathToVictory(input, target);
    } catch (e) {
      if (isProjectionError(e)) throw new CliFailure(ctx.t('projection.cli.refused', { reason: projectionErrorText(e, map, ctx.t) }));
      throw e;
    }
    const extras: Extras = { veto: vetoGap(input, p) };
    if (values.json) ctx.out(terminalJson(asJson(map, scenario, target, p, set, path, extras)));
    else printTable(map, scenario, target, p, set, path, extras, ctx);
    return 0;
  },
};
