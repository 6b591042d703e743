/**
 * The width of a line of text as the browser will draw it, so labels and column headings are laid
 * out by their real size (a guess per character under-measured bold capitals, and labels collided).
 * Measured on an OffscreenCanvas in the page's own font; where there is none (jsdom) a generous
 * per-character estimate stands in.
 */

let context: OffscreenCanvasRenderingContext2D | null | undefined;
let family = '';
let lastFont = '';
const cache = new Map<string, number>();

function measurer(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    family = typeof document !== 'undefined' ? getComputedStyle(document.documentElement).fontFamily || 'sans-serif' : 'sans-serif';
  }
  return context;
}

/** Width in CSS pixels of `text` at `sizePx` and `weight` in the page's font. */
export function textWidth(text: string, sizePx: number, weight = 400): number {
  const key = `${weight}|${sizePx}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const ctx = measurer();
  let width: number;
  if (ctx) {
    // Setting the font parses it: only when it changes (a thousand names share one).
    const font = `${weight} ${sizePx}px ${family}`;
    if (font !== lastFont) ctx.font = lastFont = font;
    width = ctx.measureText(text).width;
  } else width = text.length * sizePx * (weight >= 600 ? 0.62 : 0.56);
  if (cache.size > 20000) cache.clear();
  cache.set(key, width);
  return width;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, at spaces. Returns null when
 * a word alone is too wide or the words need more lines: the caller then abbreviates or shrinks.
 */
export function wrapText(text: string, width: number, maxLines: number, sizePx: number, weight = 400): string[] | null {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, sizePx, weight) <= width) line = candidate;
    else {
      if (!line || textWidth(word, sizePx, weight) > width) return null;
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : null;
}
