/**
 * The map as a standalone SVG document: the grid as the app draws it (x ∈ [-1, 1] left → right,
 * y ∈ [0, 1] bottom → top), with title, town, date, axis labels, legend and a vote-count box.
 * Every text is escaped and stays text; the interchange JSON rides along in <metadata> so the
 * picture can be opened again as a map.
 */
import { polygonHull } from 'd3-polygon';
import type { Language } from '../contract';
import type { Translate } from '../i18n';
import { boxesOverlap, FAR, LABEL_SIDES, labelBox, layoutLabels, parsePlace, type Box, type LabelRequest } from '../labelLayout';
import { joinNames } from '../listFormat';
import { COLUMN_COUNT, isPlaced, type Actor, type PowerMap } from '../model';
import { PALETTE } from '../palette';
import { toInterchange } from '../interchange/format';
import { decimal, longDate, percent } from './format';
import type { ThresholdInfo } from '../projection';
import type { VoteCount } from './voteCount';
import { escapeXml as x, unescapeXml as unescape } from './xml';

export const SVG_WIDTH = 1200;
export const SVG_HEIGHT = 850;
export const METADATA_ID = 'powermap-interchange';

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const GRID = { left: 90, top: 150, width: 800, height: 580 };
const PRINT_GRID_HEIGHT = 260;
const SIDE = { left: 920, width: 255 };
const DOT_R = 9;
/** A white outline behind label text, as attributes: the app's CSP forbids <style> in drawn markup. */
const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"';

export interface MapSvgOptions {
  t: Translate;
  lang: Language;
  date: Date;
  voteCount: VoteCount;
  /** Embed the interchange JSON (default true); previews can skip it. */
  embed?: boolean;
  /** Draw title, town and date (default true); the reportback page has its own. */
  header?: boolean;
  /**
   * For the printed reportback: the page has its own title, vote count and date, so the picture is
   * just the grid with a legend row under it, and every text is drawn at PRINT_MIN_TEXT units or more
   * (at the page's width that is at least 8.5 pt on A4 and letter; at 14 px on the full picture names printed at 4–5 pt).
   */
  print?: boolean;
}

/** The smallest text in print, in SVG units; `PRINT_WIDTH` units span the page's printable width. */
export const PRINT_MIN_TEXT = 15;
export const PRINT_WIDTH = 910;

/** A text size: as given on screen, one unit larger and at least PRINT_MIN_TEXT in print. */
const size = (o: Pick<MapSvgOptions, 'print'>, base: number) => (o.print ? Math.max(base + 1, PRINT_MIN_TEXT) : base);

const px = (ax: number) => GRID.left + ((ax + 1) / 2) * GRID.width;
/** The grid's height: shorter in print, so the whole reportback fits on one page. */
const gridHeight = (o: Pick<MapSvgOptions, 'print'>) => (o.print ? PRINT_GRID_HEIGHT : GRID.height);
const py = (ay: number, o: Pick<MapSvgOptions, 'print'>) => GRID.top + (1 - ay) * gridHeight(o);
const n = (v: number) => Math.round(v * 10) / 10;

function header(map: PowerMap, o: MapSvgOptions): string {
  const title = map.title || o.t('vocab.powerMap');
  return [
    `<text x="40" y="52" font-size="32" font-weight="bold" fill="${PALETTE.ink}">${x(title)}</text>`,
    `<text x="40" y="84" font-size="19" fill="${PALETTE.muted}">${x(`${map.town} · ${longDate(o.date, o.lang)}`)}</text>`,
  ].join('');
}

function columns(o: MapSvgOptions): string {
  const w = GRID.width / COLUMN_COUNT;
  const out: string[] = [];
  // Headings stay at 15 units in print too (PRINT_MIN_TEXT): larger, neighbours would touch.
  for (let c = 0; c < COLUMN_COUNT; c++) {
    const left = GRID.left + c * w;
    const mid = left + w / 2;
    out.push(
      `<rect x="${n(left)}" y="${GRID.top}" width="${n(w)}" height="${gridHeight(o)}" fill="${PALETTE.columns[c]}"/>`,
      `<rect x="${n(left)}" y="${GRID.top - 6}" width="${n(w)}" height="6" fill="${PALETTE.columnInk[c]}"/>`,
      `<text x="${n(mid)}" y="${GRID.top - 30}" font-size="15" font-weight="bold" text-anchor="middle" fill="${PALETTE.ink}">${x(o.t(`column.${c}`))}</text>`,
      `<text x="${n(mid)}" y="${GRID.top - 12}" font-size="${size(o, 13)}" text-anchor="middle" fill="${PALETTE.muted}">${x(o.t(`whip.${c}`))}</text>`,
    );
    if (c > 0) out.push(`<line x1="${n(left)}" y1="${GRID.top}" x2="${n(left)}" y2="${GRID.top + gridHeight(o)}" stroke="#ffffff" stroke-width="2"/>`);
  }
  out.push(`<rect x="${GRID.left}" y="${GRID.top}" width="${GRID.width}" height="${gridHeight(o)}" fill="none" stroke="#b8bec8"/>`);
  return out.join('');
}

function axes(o: MapSvgOptions): string {
  const cy = GRID.top + gridHeight(o) / 2;
  return [
    `<text transform="translate(${GRID.left - 48} ${cy}) rotate(-90)" font-size="${size(o, 16)}" font-weight="bold" text-anchor="middle" fill="${PALETTE.ink}">${x(o.t('export.map.axisPower'))}</text>`,
    `<text x="${GRID.left - 8}" y="${GRID.top + 14}" font-size="${size(o, 13)}" text-anchor="end" fill="${PALETTE.muted}">${x(o.t('export.map.powerHigh'))}</text>`,
    `<text x="${GRID.left - 8}" y="${GRID.top + gridHeight(o)}" font-size="${size(o, 13)}" text-anchor="end" fill="${PALETTE.muted}">${x(o.t('export.map.powerLow'))}</text>`,
    `<text x="${GRID.left + GRID.width / 2}" y="${GRID.top + gridHeight(o) + 30}" font-size="${size(o, 16)}" font-weight="bold" text-anchor="middle" fill="${PALETTE.ink}">${x(o.t('export.map.axisAlignment'))}</text>`,
  ].join('');
}

/** A rounded outline around a block's members: the hull of small circles around each of them. */
function blockHull(points: [number, number][]): string | null {
  if (points.length === 0) return null;
  const pad = 22;
  const ring: [number, number][] = [];
  for (const [cx, cy] of points) {
    for (let k = 0; k < 16; k++) ring.push([cx + pad * Math.cos((k * Math.PI) / 8), cy + pad * Math.sin((k * Math.PI) / 8)]);
  }
  const hull = polygonHull(ring);
  if (!hull) return null;
  return `M${hull.map(([hx, hy]) => `${n(hx)},${n(hy)}`).join('L')}Z`;
}

/** The hull's members as points, for the placed members of a block. */
function blockPoints(b: PowerMap['blocks'][number], byId: Map<string, Actor>, o: MapSvgOptions): [number, number][] {
  return b.members.map((id) => byId.get(id)).filter((a) => a && isPlaced(a)).map((a) => [px(a!.x!), py(a!.y!, o)] as [number, number]);
}

function blocks(map: PowerMap, byId: Map<string, Actor>, o: MapSvgOptions, places: LabelPlaces): string {
  const fontSize = size(o, 13);
  return map.blocks
    .map((b) => {
      const d = blockHull(blockPoints(b, byId, o));
      if (!d) return '';
      const box = places.get(`block:${b.id}`)!;
      const name = `<text x="${n(box.x0)}" y="${n((box.y0 + box.y1) / 2 + fontSize * 0.36)}" font-size="${fontSize}" font-style="italic" fill="#00684c" ${HALO}>${x(b.name)}</text>`;
      return `<g class="block"><path d="${d}" fill="${PALETTE.block}" fill-opacity="0.12" stroke="${PALETTE.block}" stroke-width="2" stroke-dasharray="6 4"/>${name}</g>`;
    })
    .join('');
}

function links(map: PowerMap, byId: Map<string, Actor>, o: MapSvgOptions): string {
  return map.links
    .map((l) => {
      const a = byId.get(l.from);
      const b = byId.get(l.to);
      if (!a || !b || !isPlaced(a) || !isPlaced(b)) return '';
      const [x1, y1, x2, y2] = [px(a.x), py(a.y, o), px(b.x), py(b.y, o)];
      const len = Math.hypot(x2 - x1, y2 - y1);
      if (len < 2 * DOT_R + 4) return '';
      const k = (DOT_R + 4) / len;
      return `<line x1="${n(x1 + (x2 - x1) * k)}" y1="${n(y1 + (y2 - y1) * k)}" x2="${n(x2 - (x2 - x1) * k)}" y2="${n(y2 - (y2 - y1) * k)}" stroke="${PALETTE.link}" stroke-width="${n(1 + 2 * l.strength)}" stroke-opacity="0.75" marker-end="url(#arrow)"/>`;
    })
    .join('');
}

function marker(a: Actor, cx: number, cy: number): string {
  if (a.kind === 'influencer') {
    const r = DOT_R + 2;
    return `<path d="M${n(cx)},${n(cy - r)}L${n(cx + r)},${n(cy)}L${n(cx)},${n(cy + r)}L${n(cx - r)},${n(cy)}Z" fill="${PALETTE.influencer}" stroke="#ffffff" stroke-width="1.5"/>`;
  }
  return a.seat
    ? `<circle cx="${n(cx)}" cy="${n(cy)}" r="${DOT_R}" fill="${PALETTE.decisionMaker}" stroke="#ffffff" stroke-width="1.5"/><circle cx="${n(cx)}" cy="${n(cy)}" r="3" fill="#ffffff"/>`
    : `<circle cx="${n(cx)}" cy="${n(cy)}" r="${DOT_R - 1}" fill="#ffffff" stroke="${PALETTE.decisionMaker}" stroke-width="3"/>`;
}

/**
 * DejaVu Sans advance widths (em) of the characters whose width is far from the average; SVG
 * strings cannot be measured without a browser, so labels are estimated from these.
 */
const ADVANCE: Record<string, number> = {
  ' ': 0.32, '.': 0.32, ',': 0.32, ':': 0.34, ';': 0.34, "'": 0.28, '"': 0.46, '-': 0.36, '(': 0.39, ')': 0.39,
  i: 0.28, j: 0.28, l: 0.28, f: 0.35, r: 0.41, t: 0.39, s: 0.52, c: 0.55, z: 0.53, m: 0.97, w: 0.82,
  I: 0.3, J: 0.3, L: 0.56, F: 0.58, M: 0.86, W: 0.99,
};

/** A text's estimated width at a font size, a little generous (accents read as their letter). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    em += ADVANCE[ch] ?? (/[A-Z]/.test(ch) ? 0.7 : /[a-z0-9]/.test(ch) ? 0.62 : 0.75);
  }
  return em * fontSize * 1.04;
}

/** A label's box height for its font size. */
const labelHeight = (fontSize: number) => fontSize * 1.25;
/** The markers' obstacle radius (an influencer's diamond reaches DOT_R + 2) and the gap to a label. */
const NODE_CLEARANCE = DOT_R + 3;
const LABEL_GAP = DOT_R + 5;
/** How far under its hull a block's name sits. */
const HULL_PAD = 22;

/** Where each name goes (its box, in SVG units), by actor id and `block:<id>`. */
type LabelPlaces = Map<string, Box>;

/**
 * One layout for every name on the picture (shared/labelLayout, as on screen): members first, then
 * the blocks' names, other decision-makers and influencers, none over another name or a dot, all
 * inside the grid. A name that fits nowhere near its dot goes farther out with a leader line.
 */
function labelPlaces(map: PowerMap, byId: Map<string, Actor>, o: MapSvgOptions): LabelPlaces {
  const fontSize = size(o, 14);
  const blockSize = size(o, 13);
  const rank = (a: Actor) => (a.seat ? 0 : a.kind === 'decision-maker' ? 2 : 3);
  const ranked: [number, LabelRequest][] = map.actors
    .filter(isPlaced)
    .map((a) => [rank(a), { id: a.id, x: px(a.x), y: py(a.y, o), width: textWidth(a.name, fontSize), height: labelHeight(fontSize) }]);
  for (const b of map.blocks) {
    const pts = blockPoints(b, byId, o);
    if (pts.length === 0) continue;
    const xs = pts.map((p) => p[0]);
    // Anchored so that "below" starts just under the hull and "above" sits inside its lower edge.
    const bottom = Math.max(...pts.map((p) => p[1])) + HULL_PAD + 2 - LABEL_GAP;
    const width = textWidth(b.name, blockSize);
    // After the members' names, before everyone else's: a block must be recognisable.
    ranked.push([1, { id: `block:${b.id}`, x: (Math.min(...xs) + Math.max(...xs)) / 2, y: bottom, width, height: labelHeight(blockSize), dot: false }]);
  }
  const requests = ranked.sort((a, b) => a[0] - b[0]).map(([, q]) => q);
  const bounds = { x0: GRID.left + 2, y0: GRID.top + 2, x1: Math.min(GRID.left + GRID.width + 14, (o.print ? PRINT_WIDTH : SIDE.left) - 4), y1: GRID.top + gridHeight(o) - 2 };
  const sides = layoutLabels(requests, { gap: LABEL_GAP, nodeRadius: NODE_CLEARANCE, bounds });
  const out: LabelPlaces = new Map();
  for (const q of requests) {
    const place = sides.get(q.id);
    if (place) {
      const { side, far } = parsePlace(place);
      out.set(q.id, labelBox(q, side, far ? LABEL_GAP * FAR : LABEL_GAP));
    }
  }
  // A picture has no hover: a name that fits nowhere free still shows, on the side inside the grid
  // that covers the fewest names.
  const placed = [...out.values()];
  for (const q of requests) {
    if (out.has(q.id)) continue;
    const within = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
    // Farther out first (people stacked on one spot), then next to the dot.
    const boxes = [2.2, 3.2, 1].flatMap((k) => LABEL_SIDES.map((side) => labelBox(q, side, LABEL_GAP * FAR * k))).concat(LABEL_SIDES.map((side) => labelBox(q, side, LABEL_GAP)));
    const cost = (b: Box) => (within(b) ? 0 : 1000) + placed.filter((p) => boxesOverlap(p, b)).length;
    const best = boxes.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    out.set(q.id, best);
    placed.push(best);
  }
  return out;
}

function actors(map: PowerMap, o: MapSvgOptions, places: LabelPlaces): string {
  const fontSize = size(o, 14);
  return map.actors
    .filter(isPlaced)
    .map((a) => {
      const cx = px(a.x);
      const cy = py(a.y, o);
      const box = places.get(a.id)!;
      const mid = (box.y0 + box.y1) / 2;
      // A name set farther out is tied to its marker by a thin line to the nearest point of its box.
      const far = Math.hypot(Math.max(box.x0 - cx, 0, cx - box.x1), Math.max(box.y0 - cy, 0, cy - box.y1)) > LABEL_GAP * 1.5;
      const lx = Math.max(box.x0, Math.min(cx, box.x1));
      const ly = Math.max(box.y0, Math.min(cy, box.y1));
      const leader = far ? `<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(lx)}" y2="${n(ly)}" stroke="${PALETTE.muted}" stroke-width="1"/>` : '';
      return (
        `<g class="actor ${a.kind}"><title>${x(a.role ? `${a.name} — ${a.role}` : a.name)}</title>${leader}${marker(a, cx, cy)}` +
        `<text x="${n(box.x0)}" y="${n(mid + fontSize * 0.36)}" font-size="${fontSize}" fill="${PALETTE.ink}" ${HALO}>${x(a.name)}</text></g>`
      );
    })
    .join('');
}

/** "Needed: 5 of 9 seats", or the cast-vote rule in words when the count depends on attendance. */
export function neededText(th: ThresholdInfo, t: Translate): string {
  return th.needed !== null
    ? t('export.map.needed', { needed: th.needed, seats: th.seats })
    : t(th.threshold === 'two-thirds' ? 'export.map.neededCastTwoThirds' : 'export.map.neededCast', { seats: th.seats });
}

function voteBox(map: PowerMap, o: MapSvgOptions, top: number): string {
  const { t, lang } = o;
  const w = SIDE.width;
  const out = [
    `<rect x="${SIDE.left}" y="${top}" width="${w}" height="170" rx="10" fill="#f7f8fa" stroke="#c9ced6"/>`,
    `<text x="${SIDE.left + 16}" y="${top + 28}" font-size="16" font-weight="bold" fill="${PALETTE.ink}">${x(t('export.map.voteCount'))}</text>`,
  ];
  const vc = o.voteCount;
  if (!vc.ok) {
    out.push(textBlock(t('export.map.noProjection', { reason: vc.reason }), SIDE.left + 16, top + 56, 13, 30, PALETTE.muted));
    return out.join('');
  }
  const p = vc.projection;
  const needed = neededText(p.threshold, t);
  out.push(
    `<text x="${SIDE.left + 16}" y="${top + 52}" font-size="13" fill="${PALETTE.muted}">${x(t('export.map.chance'))}</text>`,
    `<text x="${SIDE.left + 16}" y="${top + 100}" font-size="46" font-weight="bold" fill="${PALETTE.columnInk[p.pAdopt >= 0.5 ? 4 : 0]}">${x(percent(p.pAdopt, lang))}</text>`,
    `<text x="${SIDE.left + 16}" y="${top + 128}" font-size="14" fill="${PALETTE.ink}">${x(t('export.map.expected', { expected: decimal(p.expectedYes, lang) }))}</text>`,
    textBlock(needed, SIDE.left + 16, top + 150, 13, 32, PALETTE.ink),
  );
  return out.join('');
}

/** A text cut into lines of roughly `perLine` characters, at spaces. */
function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps a text into lines of roughly `perLine` characters (SVG has no text flow). */
function textBlock(text: string, left: number, top: number, size: number, perLine: number, fill: string): string {
  return `<text x="${n(left)}" y="${n(top)}" font-size="${size}" fill="${fill}">${wrap(text, perLine)
    .map((l, i) => `<tspan x="${n(left)}" dy="${i === 0 ? 0 : n(size * 1.3)}">${x(l)}</tspan>`)
    .join('')}</text>`;
}

/** The legend's five keys, in the order drawn. */
const LEGEND_KEYS = ['member', 'decisionMaker', 'influencer', 'block', 'link'] as const;

/**
 * The five legend entries: entry i's symbol centred on `at(i)`, its label `label.dx` right of that
 * and `label.dy` below, wrapped at `label.chars` characters. The side column and the print row
 * differ only in these positions.
 */
function legendEntries(
  o: MapSvgOptions,
  at: (i: number) => { x: number; y: number },
  label: { dx: number; dy: number; size: number; chars: number },
): string {
  const symbol = (i: number, x0: number, cy: number) => {
    switch (LEGEND_KEYS[i]) {
      case 'member':
        return marker({ kind: 'decision-maker', seat: true } as Actor, x0 + 12, cy);
      case 'decisionMaker':
        return marker({ kind: 'decision-maker', seat: false } as Actor, x0 + 12, cy);
      case 'influencer':
        return marker({ kind: 'influencer' } as Actor, x0 + 12, cy);
      case 'block':
        return `<rect x="${n(x0)}" y="${n(cy - 10)}" width="24" height="20" rx="8" fill="${PALETTE.block}" fill-opacity="0.12" stroke="${PALETTE.block}" stroke-width="2" stroke-dasharray="4 3"/>`;
      default:
        return `<line x1="${n(x0)}" y1="${n(cy)}" x2="${n(x0 + 22)}" y2="${n(cy)}" stroke="${PALETTE.link}" stroke-width="2" marker-end="url(#arrow)"/>`;
    }
  };
  return LEGEND_KEYS.map((key, i) => {
    const p = at(i);
    return symbol(i, p.x, p.y) + textBlock(o.t(`export.map.${key}`), p.x + label.dx, p.y + label.dy, label.size, label.chars, PALETTE.ink);
  }).join('');
}

function legend(o: MapSvgOptions, top: number): string {
  const L = SIDE.left + 16;
  return [
    `<rect x="${SIDE.left}" y="${top}" width="${SIDE.width}" height="230" rx="10" fill="#ffffff" stroke="#c9ced6"/>`,
    `<text x="${L}" y="${top + 28}" font-size="16" font-weight="bold" fill="${PALETTE.ink}">${x(o.t('export.map.legend'))}</text>`,
    legendEntries(o, (i) => ({ x: L, y: top + 58 + i * 34 }), { dx: 34, dy: 5, size: 13, chars: 24 }),
  ].join('');
}

/** Space between two legend entries in the print rows, and a symbol's width with its gap. */
const LEGEND_GAP = 26;
const LEGEND_SYMBOL = 32;

/**
 * The print legend's entries packed into rows under the grid, each as wide as its label (one line),
 * a new row when the next would run past the grid: two rows in English and Spanish, not three.
 */
function legendRowPlaces(o: MapSvgOptions): { row: number; x: number }[] {
  const fontSize = size(o, 13);
  const right = GRID.left + GRID.width;
  const out: { row: number; x: number }[] = [];
  let row = 0;
  let at = 20;
  for (const key of LEGEND_KEYS) {
    const w = LEGEND_SYMBOL + textWidth(o.t(`export.map.${key}`), fontSize);
    if (at > 20 && at + w > right) {
      row++;
      at = 20;
    }
    out.push({ row, x: at });
    at += w + LEGEND_GAP;
  }
  return out;
}

const legendRowHeight = (o: MapSvgOptions) => size(o, 13) * 1.6;

/** The legend in rows under the grid, for print (where the side panel is left out). */
function legendRow(o: MapSvgOptions, top: number): string {
  const fontSize = size(o, 13);
  const places = legendRowPlaces(o);
  return legendEntries(o, (i) => ({ x: places[i]!.x, y: top + 8 + places[i]!.row * legendRowHeight(o) }), { dx: LEGEND_SYMBOL, dy: fontSize * 0.36, size: fontSize, chars: Infinity });
}

/** Lines the print legend needs. */
function legendRowLines(o: MapSvgOptions): number {
  return legendRowPlaces(o).at(-1)!.row + 1;
}

/** Where the list of unplaced names starts: below the axis title, and in print below the legend row. */
function footerTop(o: MapSvgOptions): number {
  const below = GRID.top + gridHeight(o) + 62;
  return o.print ? below + 14 + legendRowLines(o) * legendRowHeight(o) : below;
}

function footer(map: PowerMap, o: MapSvgOptions): string {
  const unplaced = map.actors.filter((a) => !isPlaced(a)).map((a) => a.name);
  const y = footerTop(o);
  const parts: string[] = [];
  if (unplaced.length > 0) {
    // Every name stays in the picture, even those still waiting beside the grid.
    parts.push(textBlock(o.t('export.map.notPlaced', { names: joinNames(unplaced, o.lang) }), 40, y, size(o, 13), footerChars(o), PALETTE.muted));
  }
  // The printed page carries the date in its own header.
  if (!o.print) {
    parts.push(
      `<text x="${SVG_WIDTH - 25}" y="${SVG_HEIGHT - 12}" font-size="11" text-anchor="end" fill="${PALETTE.muted}">${x(o.t('export.map.exported', { date: longDate(o.date, o.lang) }))}</text>`,
    );
  }
  return parts.join('');
}

const footerChars = (o: MapSvgOptions) => (o.print ? 100 : 160);

/** The picture's full height: the grid, then (in print) the legend row, then the unplaced names. */
function pictureHeight(map: PowerMap, o: MapSvgOptions): number {
  const names = map.actors.filter((a) => !isPlaced(a)).map((a) => a.name);
  if (!o.print) {
    const chars = names.reduce((s, name) => s + name.length + 2, 0);
    return SVG_HEIGHT + Math.max(0, Math.ceil(chars / 160) - 1) * 17;
  }
  const lines = names.length === 0 ? 0 : wrap(o.t('export.map.notPlaced', { names: names.join(', ') }), footerChars(o)).length;
  return footerTop(o) + (lines === 0 ? 0 : (lines - 1) * size(o, 13) * 1.3 + 12) + 8;
}

export function mapSvg(map: PowerMap, o: MapSvgOptions): string {
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  const places = labelPlaces(map, byId, o);
  const height = pictureHeight(map, o);
  const width = o.print ? PRINT_WIDTH : SVG_WIDTH;
  // Without the header, the view starts just above the column labels.
  const top = o.header === false || o.print ? GRID.top - 56 : 0;
  const metadata =
    o.embed === false ? '' : `<metadata id="${METADATA_ID}">${x(JSON.stringify(toInterchange(map)))}</metadata>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height - top)}" viewBox="0 ${top} ${width} ${n(height - top)}" font-family="${FONT}" lang="${o.lang}">` +
    metadata +
    `<title>${x(`${map.title || o.t('vocab.powerMap')} — ${map.town}`)}</title>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${PALETTE.link}"/></marker>` +
    `</defs>` +
    `<rect width="${width}" height="${n(height)}" fill="${PALETTE.paper}"/>` +
    (o.header === false || o.print ? '' : header(map, o)) +
    columns(o) +
    axes(o) +
    blocks(map, byId, o, places) +
    links(map, byId, o) +
    actors(map, o, places) +
    // In print the page shows the vote count once, beside the picture; the legend goes under the grid.
    (o.print ? legendRow(o, GRID.top + gridHeight(o) + 62) : voteBox(map, o, GRID.top) + legend(o, GRID.top + 190)) +
    footer(map, o) +
    `</svg>`
  );
}

/**
 * The interchange JSON text embedded by `mapSvg`, or null when the SVG carries none. One pass over
 * the text: every search starts where the last one ended, so a file of `<metadata ` repeated without
 * a `>` costs one read, not one read per repetition. Throws `EmbeddedMapDamaged` for a reference no
 * XML document may hold (such as `&#x110000;`).
 */
export function readSvgInterchange(svg: string): string | null {
  const open = '<metadata';
  const idAttribute = `id="${METADATA_ID}"`;
  for (let from = 0; ; ) {
    const start = svg.indexOf(open, from);
    if (start < 0) return null;
    const end = svg.indexOf('>', start + open.length);
    // No tag closes after this point, so no later <metadata> can either.
    if (end < 0) return null;
    if (svg.slice(start + open.length, end).includes(idAttribute)) {
      const close = svg.indexOf('</metadata>', end + 1);
      if (close < 0) return null;
      const body = svg.slice(end + 1, close).trim();
      if (body.startsWith('<![CDATA[') && body.endsWith(']]>')) return body.slice('<![CDATA['.length, -']]>'.length);
      return unescape(body);
    }
    from = end + 1;
  }
}
