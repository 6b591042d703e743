/**
 * How the grid's column headings fit their columns: the largest size (15 px, never under 14 px
 * while wrapping can help) at which every name fits on at most two lines, and the height of the
 * band above the plot that those lines need. Pure measurement, no React: the view store sizes the
 * plot with it, Axes draws with it.
 */
import { textWidth, wrapText } from './textWidth';

const HEADING_WEIGHT = 700;
const HEADING_SIZES = [15, 14, 13, 12, 11, 10];
export const WHIP_FONT_PX = 14;
/** Space a heading keeps from its neighbours, in pixels. */
const HEADING_PAD = 10;

export interface HeadingLayout {
  fontPx: number;
  /** Each column's name, broken into lines. */
  lines: string[][];
}

/** The largest size at which every column name fits its column on at most `maxLines` lines. */
export function layoutHeadings(names: string[], columnWidth: number, maxLines = 2): HeadingLayout {
  const room = Math.max(1, columnWidth - HEADING_PAD);
  for (const fontPx of HEADING_SIZES) {
    const oneLine = names.map((n) => wrapText(n, room, 1, fontPx, HEADING_WEIGHT));
    if (oneLine.every(Boolean)) return { fontPx, lines: oneLine as string[][] };
    const wrapped = names.map((n) => wrapText(n, room, maxLines, fontPx, HEADING_WEIGHT));
    if (wrapped.every(Boolean)) return { fontPx, lines: wrapped as string[][] };
  }
  // Narrower than any size allows: the smallest size, one word a line, each word cut to fit.
  const fontPx = HEADING_SIZES[HEADING_SIZES.length - 1]!;
  return { fontPx, lines: names.map((n) => n.split(/\s+/).slice(0, maxLines).map((w) => fitWord(w, room, fontPx))) };
}

function fitWord(word: string, room: number, fontPx: number): string {
  if (textWidth(word, fontPx, HEADING_WEIGHT) <= room) return word;
  let w = word;
  while (w.length > 1 && textWidth(`${w}.`, fontPx, HEADING_WEIGHT) > room) w = w.slice(0, -1);
  return `${w}.`;
}

/** Height of the band above the plot for headings of `lines` lines. */
export function headerHeight(lines: number, fontPx = 15): number {
  return 8 + lines * Math.round(fontPx * 1.2) + 4 + WHIP_FONT_PX + 8 + 4 + 6;
}

