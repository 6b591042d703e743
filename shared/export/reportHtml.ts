/**
 * The reportback page as HTML for print: title, town, date, the map, the vote count and what moves
 * it, the rule in words, the whip count table and the next steps. Chromium prints it to PDF; the
 * table's header repeats and rows never split when a long body runs onto a second page.
 */
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import { joinNames } from '../listFormat';
import { column, isPlaced, type Actor, type PowerMap, type Threshold } from '../model';
import type { ThresholdInfo } from '../projection';
import { PALETTE } from '../palette';
import { decimal, longDate, percent, points, type Paper } from './format';
import { mapSvg, neededText } from './mapSvg';
import { pathSection } from './pathExport';
import { ADOPTION_TARGET, type VoteCount } from './voteCount';
import { escapeXml as h } from './xml';

export interface ReportOptions {
  t: Translate;
  lang: Language;
  date: Date;
  paper: Paper;
  voteCount: VoteCount;
  /** Pages after the reportback (the "What shifted since" page), each starting a page of its own. */
  appendix?: string;
}

const SWING_SHOWN = 3;
/** Whip table columns holding short numbers: kept narrow (their headings wrap) so names need not. */
const NUMERIC = new Set(['yesChance', 'attendance', 'swingRank']);

function thresholdVotes(th: Threshold, seats: number): number {
  if (th === 'majority') return Math.floor(seats / 2) + 1;
  if (th === 'two-thirds') return Math.ceil((2 * seats) / 3);
  return th.atLeast;
}

/** The body's rule as a sentence or three. */
export function ruleInWords(map: PowerMap, t: Translate, info: ThresholdInfo | null): string[] {
  const { rule, seats } = map.body;
  const name = (id: string) => map.actors.find((a) => a.id === id)?.name ?? id;
  const out: string[] = [];
  const needed = thresholdVotes(rule.threshold, seats);
  if (typeof rule.threshold === 'object') out.push(t('export.rule.atLeast', { needed, seats }));
  else if (rule.basis === 'whole') out.push(t(rule.threshold === 'majority' ? 'export.rule.wholeMajority' : 'export.rule.wholeTwoThirds', { needed, seats }));
  else out.push(t(rule.threshold === 'majority' ? 'export.rule.castMajority' : 'export.rule.castTwoThirds', { seats }));
  out.push(t('export.rule.quorum', { quorum: info?.quorum ?? rule.quorum ?? Math.floor(seats / 2) + 1 }));
  if (map.body.tieBreaker) out.push(t('export.rule.tieBreaker', { name: name(map.body.tieBreaker) }));
  if (map.body.executive) {
    const override = info?.override ?? thresholdVotes(map.body.executive.override, seats);
    out.push(t('export.rule.veto', { name: name(map.body.executive.actor), override }));
  }
  return out;
}

function whatMovesIt(map: PowerMap, o: ReportOptions): string {
  const { t, lang } = o;
  const vc = o.voteCount;
  if (!vc.ok) return '';
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const parts: string[] = [];
  const swing = vc.projection.ranking
    .map((id) => vc.projection.members.find((m) => m.id === id)!)
    .filter((m) => m.gainOneColumn > 0.0005)
    .slice(0, SWING_SHOWN);
  if (swing.length > 0) {
    parts.push(
      `<p>${h(t('export.report.swingVotes'))}</p><ul>${swing
        .map((m) => `<li>${h(t('export.report.swingItem', { name: nameOf(m.id), gain: points(m.gainOneColumn, lang) }))}</li>`)
        .join('')}</ul>`,
    );
  }
  // The path to victory under the facts answers "whom to move to reach 90 %" step by step; a
  // second, different answer beside it (the smallest set to a sure yes) would only confuse.
  const set = vc.path && vc.path.steps.length > 0 ? null : vc.smallest;
  if (set && set.members.length > 0) {
    const names = joinNames(set.members.map(nameOf), lang);
    const chance = percent(set.pAdopt, lang);
    parts.push(`<p>${h(t('export.report.smallestSet', { target: percent(ADOPTION_TARGET, lang) }))}</p>`);
    parts.push(
      `<p class="set">${h(set.reachable ? t('export.report.smallestSetResult', { names, chance }) : t('export.report.smallestSetUnreachable', { names, chance }))}</p>`,
    );
    if (!set.exact) parts.push(`<p class="note">${h(t('export.report.smallestSetHeuristic'))}</p>`);
  }
  if (parts.length === 0) parts.push(`<p>${h(t('export.report.nothingMoves'))}</p>`);
  return parts.join('');
}

function whipTable(map: PowerMap, o: ReportOptions): string {
  const { t, lang } = o;
  const members = map.actors.filter((a) => a.kind === 'decision-maker' && a.seat);
  if (members.length === 0) return `<p>${h(t('export.report.noMembers'))}</p>`;
  const proj = o.voteCount.ok ? o.voteCount.projection : null;
  const byId = new Map((proj?.members ?? []).map((m) => [m.id, m]));
  const blockOf = new Map<string, string>();
  for (const b of map.blocks) for (const id of b.members) blockOf.set(id, b.name);
  const cols = ['name', 'role', 'position', 'yesChance', 'attendance', 'block', 'swingRank'];
  const row = (a: Actor) => {
    const m = byId.get(a.id);
    const col = isPlaced(a) ? column(a.x) : null;
    const swatch = col === null ? '' : `<span class="swatch" style="background:${PALETTE.columnInk[col]}"></span>`;
    return `<tr><td>${h(a.name)}</td><td>${h(a.role)}</td><td class="pos">${swatch}${h(col === null ? t('export.csv.unplaced') : `${t(`column.${col}`)} (${t(`whip.${col}`)})`)}</td><td class="num">${m ? h(percent(m.pYes, lang)) : ''}</td><td class="num">${
      a.recused ? h(t('export.report.recused')) : h(percent(a.pPresent, lang))
    }</td><td>${h(blockOf.get(a.id) ?? '')}</td><td class="num">${m ? m.swingRank : ''}</td></tr>`;
  };
  return `<table class="whip"><thead><tr>${cols.map((c) => `<th${NUMERIC.has(c) ? ' class="num"' : ''}>${h(t(`export.report.${c}`))}</th>`).join('')}</tr></thead><tbody>${members
    .map(row)
    .join('')}</tbody></table>`;
}

/** The vote count, shown once on the page (the printed map leaves its own box out), at the top right. */
function summary(o: ReportOptions): string {
  const { t, lang } = o;
  const vc = o.voteCount;
  if (!vc.ok) return `<p>${h(t('export.map.noProjection', { reason: vc.reason }))}</p>`;
  const p = vc.projection;
  const needed = neededText(p.threshold, t);
  return `<div class="big">${h(percent(p.pAdopt, lang))}</div><div><div class="label">${h(t('export.map.chance'))}</div><div>${h(
    t('export.map.expected', { expected: decimal(p.expectedYes, lang) }),
  )}</div><div>${h(needed)}</div></div>`;
}

const CSS = (paper: Paper) => `
@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: 10mm 11mm 11mm 11mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: ${PALETTE.ink}; font-size: 9pt; line-height: 1.2; }
header { display: flex; align-items: flex-start; column-gap: 5mm; margin-bottom: 1mm; }
header .titles { flex: 1; }
header h1 { font-size: 17pt; margin: 0; }
header .chance { font-size: 8.5pt; border-left: 1.5px solid ${PALETTE.ink}; padding-left: 2.5mm; max-width: 95mm; }
header .chance h2 { border: none; margin: 0 0 0.5mm; padding: 0; }
header .chance .row { display: flex; gap: 2.5mm; align-items: center; }
header .sub { color: ${PALETTE.muted}; font-size: 11pt; }
.map { break-inside: avoid; }
.map svg { width: 100%; height: auto; display: block; }
.facts { display: flex; gap: 4mm; align-items: flex-start; font-size: 8.5pt; margin-top: 1mm; break-inside: avoid; }
.facts > * { flex: 1; }
.facts section { margin-bottom: 1.5mm; }
h2 { font-size: 10.5pt; margin: 0 0 1.5mm; border-bottom: 1.5px solid ${PALETTE.ink}; padding-bottom: 0.5mm; }
.chance .big { font-size: 20pt; font-weight: bold; color: ${PALETTE.columnInk[4]}; line-height: 1.2; }
.chance .label { color: ${PALETTE.muted}; }
p { margin: 0 0 1.5mm; }
ul { margin: 0 0 1.5mm; padding-left: 5mm; }
.note { color: ${PALETTE.muted}; font-style: italic; }
.set { font-weight: bold; }
table.whip { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.whip { font-size: 7.5pt; }
table.whip td:first-child { font-weight: bold; }
table.whip th { text-align: left; background: #eef0f3; font-size: 7.5pt; }
table.whip th, table.whip td { padding: 0.4mm 1.2mm; border-bottom: 0.5px solid #c9ced6; vertical-align: top; }
table.whip td.num { text-align: right; white-space: nowrap; }
table.whip td.pos { white-space: nowrap; }
table.whip th.num { width: 11mm; text-align: right; }
table.whip thead { display: table-header-group; }
table.whip tr { break-inside: avoid; }
.swatch { display: inline-block; width: 2.5mm; height: 2.5mm; border-radius: 50%; margin-right: 1mm; }
.next { border: 1.5px solid ${PALETTE.ink}; border-radius: 2mm; padding: 1.5mm 2.5mm; }
.next h2 { border: none; }
.next .text { white-space: pre-wrap; font-size: 9pt; min-height: 8mm; }
`;

export function reportHtml(map: PowerMap, o: ReportOptions): string {
  const { t, lang } = o;
  const info = o.voteCount.ok ? o.voteCount.projection.threshold : null;
  const svg = mapSvg(map, { t, lang, date: o.date, voteCount: o.voteCount, embed: false, print: true });
  const title = map.title || t('vocab.powerMap');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(`${t('export.report.heading')} — ${title}`)}</title><style>${CSS(o.paper)}</style></head><body>
<header><div class="titles"><h1>${h(title)}</h1><div class="sub">${h(`${map.town} · ${longDate(o.date, lang)} · ${t('export.report.heading')}`)}</div></div>
<section class="chance"><h2>${h(t('export.map.voteCount'))}</h2><div class="row">${summary(o)}</div></section></header>
<div class="map">${svg}</div>
<div class="facts">
<section class="rule"><h2>${h(t('export.report.rule'))}</h2>${ruleInWords(map, t, info).map((s) => `<p>${h(s)}</p>`).join('')}</section>
<section class="moves"><h2>${h(t('export.report.whatMovesIt'))}</h2>${whatMovesIt(map, o)}</section>
<section class="next"><h2>${h(t('export.report.nextSteps'))}</h2><div class="text">${h(map.nextSteps.trim() || t('export.report.noNextSteps'))}</div></section>
</div>
${pathSection(map, o)}
<h2 style="margin-top:1mm">${h(t('export.report.whipCount'))}</h2>
${whipTable(map, o)}
${o.appendix ?? ''}
</body></html>`;
}
