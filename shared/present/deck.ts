/**
 * The reportback as slides (DESIGN.md §12): the map, the count, the swing votes and who can reach
 * them, what it takes to win, and the next steps. Each slide is escaped HTML sized in one unit
 * (`--u`, a hundredth of the slide's width), so the same markup fills a projector in presentation
 * mode and a landscape page of the PDF deck. No slide text is under 2.6u: 25 px on a 1024×768 screen.
 */
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import { joinNames as list } from '../listFormat';
import { column, isPlaced, type PowerMap } from '../model';
import { PALETTE } from '../palette';
import { decimal, longDate, percent, points } from '../export/format';
import { mapSvg } from '../export/mapSvg';
import { ADOPTION_TARGET, type VoteCount } from '../export/voteCount';
import { escapeXml as h } from '../export/xml';
import { verdictKey } from '../projectionWords';
import { formatPercentPrecise, moveText, pathSentence, whoCanReach } from '../path/words';

export interface DeckOptions {
  t: Translate;
  lang: Language;
  date: Date;
  voteCount: VoteCount;
}

export interface Slide {
  id: 'map' | 'count' | 'swing' | 'win' | 'next';
  /** The slide's own markup (no document around it). */
  html: string;
}

/** Swing votes on one slide: more would not be legible from the back of a room. */
const SWING_SHOWN = 4;
/** Steps of the path on one slide; the rest are counted. */
const PATH_SHOWN = 4;
const MEANINGFUL_GAIN = 0.005;

function slide(id: Slide['id'], title: string, body: string): Slide {
  return { id, html: `<section class="slide slide-${id}" data-slide="${id}"><h1>${h(title)}</h1><div class="slide-body">${body}</div></section>` };
}

function mapSlide(map: PowerMap, o: DeckOptions): Slide {
  const svg = mapSvg(map, { t: o.t, lang: o.lang, date: o.date, voteCount: o.voteCount, embed: false, header: false });
  const title = map.title || o.t('vocab.powerMap');
  return slide('map', title, `<p class="sub">${h(`${map.town} · ${longDate(o.date, o.lang)}`)}</p><div class="map-frame">${svg}</div>`);
}

/** Bars for each possible number of yes votes; those that pass are drawn in the ally colour. */
function distributionChart(dist: readonly number[], needed: number | null): string {
  const w = 100;
  const hgt = 30;
  const max = Math.max(...dist, 1e-9);
  const bw = w / dist.length;
  const bars = dist
    .map((q, k) => {
      const bh = (q / max) * (hgt - 6);
      const fill = needed !== null && k >= needed ? PALETTE.columnInk[4] : PALETTE.columnInk[1];
      const label = dist.length <= 21 || k % Math.ceil(dist.length / 20) === 0 ? `<text x="${(k + 0.5) * bw}" y="${hgt}" font-size="3.2" text-anchor="middle">${k}</text>` : '';
      return `<rect x="${k * bw + bw * 0.1}" y="${hgt - 4 - bh}" width="${bw * 0.8}" height="${bh}" fill="${fill}"/>${label}`;
    })
    .join('');
  return `<svg class="dist" viewBox="0 0 ${w} ${hgt}" role="img" aria-hidden="true">${bars}</svg>`;
}

function countSlide(o: DeckOptions): Slide {
  const { t, lang } = o;
  const vc = o.voteCount;
  if (!vc.ok) return slide('count', t('present.count.title'), `<p class="big-note">${h(t('export.map.noProjection', { reason: vc.reason }))}</p>`);
  const p = vc.projection;
  const th = p.threshold;
  const needed = th.needed ?? th.neededIfAllPresent;
  const vetoGap =
    th.override !== null ? `<p>${h(t('present.count.passAndAdopt', { pass: percent(p.pPass, lang), adopt: percent(p.pAdopt, lang) }))}</p>` : '';
  return slide(
    'count',
    t('present.count.title'),
    `<div class="count-top"><div class="chance"><div class="big">${h(percent(p.pAdopt, lang))}</div><div class="verdict">${h(t(verdictKey(p.pAdopt)))}</div><div class="label">${h(
      t('export.map.chance'),
    )}</div></div><div class="count-facts"><p>${h(t('present.count.expected', { expected: decimal(p.expectedYes, lang), seats: th.seats }))}</p><p>${h(
      t(th.needed === null ? 'present.count.neededCast' : 'present.count.needed', { needed }),
    )}</p>${vetoGap}</div></div><p class="chart-label">${h(t('present.count.distribution'))}</p>${distributionChart(p.distribution, needed)}`,
  );
}

function swingSlide(map: PowerMap, o: DeckOptions): Slide | null {
  const { t, lang } = o;
  if (!o.voteCount.ok) return null;
  const p = o.voteCount.projection;
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  const rows = p.ranking
    .map((id) => p.members.find((m) => m.id === id)!)
    .filter((m) => m.gainOneColumn >= MEANINGFUL_GAIN)
    .slice(0, SWING_SHOWN)
    .map((m) => {
      const a = byId.get(m.id);
      const where = a && isPlaced(a) ? t(`column.${column(a.x)}`) : t('present.unplaced');
      const reach = whoCanReach(map, m.id);
      return `<li><span class="who">${h(a?.name ?? m.id)}</span> <span class="where">(${h(where)})</span> <span class="gain">${h(
        t('present.swing.gain', { gain: points(m.gainOneColumn, lang) }),
      )}</span><div class="reach">${h(reach.length ? t('present.swing.reach', { names: list(reach, lang) }) : t('present.swing.reachNone'))}</div></li>`;
    });
  const body = rows.length ? `<p class="intro">${h(t('present.swing.intro'))}</p><ol class="swing">${rows.join('')}</ol>` : `<p class="big-note">${h(t('present.swing.none'))}</p>`;
  return slide('swing', t('present.swing.title'), body);
}

function winSlide(map: PowerMap, o: DeckOptions): Slide | null {
  const { t, lang } = o;
  if (!o.voteCount.ok || !o.voteCount.path) return null;
  const path = o.voteCount.path;
  const target = percent(ADOPTION_TARGET, lang);
  // The whole sentence names every step; a slide states the total and lists the first few.
  const headline = !path.steps.length
    ? pathSentence(path, map, ADOPTION_TARGET, t, lang)
    : `${t('path.summary', { count: path.cost, percent: formatPercentPrecise(path.pAdopt, lang) })}${path.reachable ? '' : ` — ${t('present.win.outOfReach', { target })}`}`;
  let body = `<p class="big-note">${h(headline)}</p>`;
  const shown = path.steps.slice(0, PATH_SHOWN);
  if (path.steps.length) {
    body += `<ul class="reach-list">${shown
      .map((step) => {
        const reach = whoCanReach(map, step.id);
        const name = map.actors.find((a) => a.id === step.id)?.name ?? step.id;
        return `<li><span class="who">${h(name)}</span> <span class="where">${h(moveText(step, map, t, lang))}</span><div class="reach">${h(
          reach.length ? t('present.swing.reach', { names: list(reach, lang) }) : t('present.swing.reachNone'),
        )}</div></li>`;
      })
      .join('')}</ul>`;
    if (path.steps.length > shown.length) body += `<p class="note">${h(t('present.win.more', { count: path.steps.length - shown.length }))}</p>`;
  }
  if (!path.exact) body += `<p class="note">${h(t('present.win.heuristic'))}</p>`;
  return slide('win', t('present.win.title'), body);
}

function nextSlide(map: PowerMap, o: DeckOptions): Slide {
  const lines = map.nextSteps
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);
  const body = lines.length ? `<ul class="steps">${lines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>` : `<p class="big-note">${h(o.t('present.next.none'))}</p>`;
  return slide('next', o.t('present.next.title'), body);
}

export function buildSlides(map: PowerMap, o: DeckOptions): Slide[] {
  return [mapSlide(map, o), countSlide(o), swingSlide(map, o), winSlide(map, o), nextSlide(map, o)].filter((s): s is Slide => s !== null);
}

/** The slides' look, in units of `--u`. */
export const DECK_CSS = `
.slide { box-sizing: border-box; width: calc(100 * var(--u)); height: calc(75 * var(--u)); padding: calc(4 * var(--u)) calc(5 * var(--u));
  display: flex; flex-direction: column; overflow: hidden; background: #fff; color: ${PALETTE.ink};
  font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: calc(3.2 * var(--u)); line-height: 1.3; }
.slide h1 { font-size: calc(5.2 * var(--u)); margin: 0 0 calc(2 * var(--u)); line-height: 1.1; }
.slide .slide-body { flex: 1; min-height: 0; display: flex; flex-direction: column; }
.slide p { margin: 0 0 calc(1.5 * var(--u)); }
.slide .sub { color: ${PALETTE.muted}; font-size: calc(2.8 * var(--u)); margin-top: calc(-1.5 * var(--u)); }
.slide .map-frame { flex: 1; min-height: 0; display: flex; justify-content: center; }
.slide .map-frame svg { width: 100%; height: 100%; }
.slide .count-top { display: flex; gap: calc(5 * var(--u)); align-items: center; }
.slide .chance .big { font-size: calc(16 * var(--u)); font-weight: bold; line-height: 1; color: ${PALETTE.columnInk[4]}; }
.slide .chance .verdict { font-size: calc(4 * var(--u)); font-weight: bold; }
.slide .chance .label, .slide .chart-label, .slide .note, .slide .reach, .slide .intro { color: ${PALETTE.muted}; font-size: calc(2.6 * var(--u)); }
.slide .dist { flex: 1; min-height: 0; width: 100%; }
.slide .dist text { fill: ${PALETTE.ink}; }
.slide ol, .slide ul { margin: 0; padding-left: calc(4 * var(--u)); }
.slide li { margin-bottom: calc(1.6 * var(--u)); }
.slide .who { font-weight: bold; }
.slide .where { color: ${PALETTE.muted}; }
.slide .gain { font-weight: bold; color: ${PALETTE.columnInk[4]}; white-space: nowrap; }
.slide .big-note { font-size: calc(3.8 * var(--u)); }
.slide .steps li { font-size: calc(3.6 * var(--u)); }
`;

/** Every slide as one page of a landscape PDF deck (10 × 7.5 in, the shape of a 1024×768 screen). */
export function deckHtml(map: PowerMap, o: DeckOptions): string {
  const title = map.title || o.t('vocab.powerMap');
  return `<!doctype html><html lang="${o.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(`${o.t('present.deckTitle')} — ${title}`)}</title><style>
@page { size: 10in 7.5in; margin: 0; }
html, body { margin: 0; padding: 0; }
:root { --u: 0.1in; }
.slide { break-after: page; }
.slide:last-child { break-after: auto; }
${DECK_CSS}</style></head><body>${buildSlides(map, o)
    .map((s) => s.html)
    .join('\n')}</body></html>`;
}
