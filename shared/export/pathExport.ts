/**
 * The path to victory in the exports (DESIGN.md §4.1): a section of the reportback page and a
 * block of rows at the end of the CSV. Kept apart from reportHtml/csv so each needs one line.
 */
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import { joinNames } from '../listFormat';
import type { PowerMap } from '../model';
import { formatPercentPrecise, moveText, pathSentence, whoCanReach } from '../path';
import { percent } from './format';
import { ADOPTION_TARGET, type VoteCount } from './voteCount';
import { escapeXml as h } from './xml';

type Cell = string | number | null;

interface Words {
  t: Translate;
  lang: Language;
  voteCount: VoteCount;
}

/**
 * The reportback's band under the map, full width and compact so the page stays one page: the
 * heading with the total, then each member to move with who can reach them, in two columns.
 */
export function pathSection(map: PowerMap, o: Words): string {
  const vc = o.voteCount;
  if (!vc.ok || !vc.path) return '';
  const { t, lang } = o;
  const path = vc.path;
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const items = path.steps.map((s) => {
    const reach = whoCanReach(map, s.id);
    const who = reach.length ? t('path.reach', { names: joinNames(reach, lang) }) : t('path.reachNone');
    return `<li style="break-inside:avoid"><b>${h(names.get(s.id) ?? s.id)}</b>: ${h(moveText(s, map, t, lang))} (${h(t('path.columns', { count: s.to - s.from }))}) <span class="note">${h(who)}</span></li>`;
  });
  const total = path.steps.length ? ` · <span class="path-total">${h(t('path.summary', { count: path.cost, percent: formatPercentPrecise(path.pAdopt, lang) }))}</span>` : '';
  const advice = path.steps.length && path.reachable ? '' : `<p class="set">${h(pathSentence(path, map, ADOPTION_TARGET, t, lang))}</p>`;
  const note = path.exact ? '' : `<p class="note">${h(t('path.heuristic'))}</p>`;
  return `<section class="path-band" style="margin-top:2mm;break-inside:avoid"><h2>${h(t('path.heading'))} (${h(
    t('path.reportTarget', { target: percent(ADOPTION_TARGET, lang) }),
  )})${total}</h2>${advice}${items.length ? `<ul style="columns:2;column-gap:6mm;margin:0">${items.join('')}</ul>` : ''}${note}</section>`;
}

/** Rows for the CSV: the totals, then one row per member to move. */
export function pathCsvRows(map: PowerMap, o: Words): Cell[][] {
  const vc = o.voteCount;
  if (!vc.ok || !vc.path) return [];
  const { t } = o;
  const path = vc.path;
  const yesNo = (b: boolean) => t(b ? 'export.csv.yes' : 'export.csv.no');
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  return [
    [],
    [t('path.csv.heading')],
    [t('path.csv.target'), ADOPTION_TARGET],
    [t('path.csv.total'), path.cost],
    [t('path.csv.chance'), path.pAdopt],
    [t('path.csv.reachable'), yesNo(path.reachable)],
    [t('path.csv.exact'), yesNo(path.exact)],
    ['id', t('path.csv.member'), t('path.csv.from'), t('path.csv.to'), t('path.csv.steps'), t('path.csv.reach')],
    ...path.steps.map((s): Cell[] => [
      s.id,
      names.get(s.id) ?? s.id,
      s.from >= 0 ? t(`column.${s.from}`) : '',
      t(`column.${s.to}`),
      s.to - s.from,
      whoCanReach(map, s.id).join('; '),
    ]),
  ];
}
