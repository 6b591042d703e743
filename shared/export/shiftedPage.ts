/**
 * The reportback's optional "What shifted since …" page (DESIGN.md §10): the chance then and now,
 * and each change with its share ΔP, largest first. It starts on a page of its own after the
 * reportback, so the first page stays as it is; its styles are its own (scoped to .shifted-page).
 */
import type { Language } from '../contract';
import type { Shifted, SinceMoment } from '../history';
import { deltaPoints, sinceWords, standingOf, standingWord } from '../history/words';
import type { Translate } from '../i18n';
import { PALETTE } from '../palette';
import { percent } from './format';
import { escapeXml as h } from './xml';

export interface ShiftedPageInput {
  shifted: Shifted;
  moment: SinceMoment;
}

const CSS = `
.shifted-page { break-before: page; }
.shifted-page h2 { font-size: 13pt; }
.shifted-page .chances { display: flex; gap: 8mm; margin: 2mm 0 3mm; font-size: 10pt; }
.shifted-page .chances b { font-size: 16pt; display: block; color: ${PALETTE.ink}; }
.shifted-page table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.shifted-page th { text-align: left; background: #eef0f3; }
.shifted-page th, .shifted-page td { padding: 0.6mm 1.5mm; border-bottom: 0.5px solid #c9ced6; vertical-align: top; }
.shifted-page td.num, .shifted-page th.num { text-align: right; white-space: nowrap; }
.shifted-page thead { display: table-header-group; }
.shifted-page tr { break-inside: avoid; }
.shifted-page .explain { color: ${PALETTE.muted}; font-size: 8.5pt; margin-top: 2mm; }
`;

export function shiftedPageHtml({ shifted, moment }: ShiftedPageInput, t: Translate, lang: Language): string {
  const pct = (p: number | null) => (p === null ? '—' : percent(p, lang));
  const rows = shifted.changes
    .map((c) => {
      const from = standingOf(c.then);
      const to = standingOf(c.now);
      return `<tr><td>${h(c.name)}</td><td>${h(standingWord(from, t))}</td><td>${h(standingWord(to, t))}</td><td class="num">${h(deltaPoints(c.deltaPAdopt, lang))}</td></tr>`;
    })
    .join('');
  const table = shifted.changes.length
    ? `<table><thead><tr><th>${h(t('historyApp.shifted.who'))}</th><th>${h(t('historyApp.shifted.then'))}</th><th>${h(t('historyApp.shifted.now'))}</th><th class="num">${h(
        t('historyApp.shifted.delta'),
      )}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${h(t('historyApp.shifted.none'))}</p>`;
  return `<style>${CSS}</style><section class="shifted-page">
<h2>${h(t('historyApp.shifted.heading', { since: sinceWords(moment, lang, t) }))}</h2>
<div class="chances"><div>${h(t('historyApp.shifted.chanceThen'))}<b>${h(pct(shifted.then.pAdopt))}</b></div><div>${h(t('historyApp.shifted.chanceNow'))}<b>${h(
    pct(shifted.now.pAdopt),
  )}</b></div></div>
${table}
<p class="explain">${h(t('historyApp.shifted.explain'))}</p>
</section>`;
}
