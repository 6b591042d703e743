/**
 * Map text and file names are user data, and the terminal obeys some characters: escape codes
 * (ESC[2J clears the screen), right-to-left overrides (U+202E shows `exe.txt` for `txt.exe`), and
 * line breaks inside a name (a fake "OK:" line). Everything the CLI prints goes through here.
 */
import type { Translate } from '../../shared/i18n';

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Bidirectional embeddings, overrides, isolates and marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\n\u2028\u2029]/g;

/** A whole line of output: control and bidi characters become U+FFFD; the message's own line breaks stay. */
export function printable(text: string): string {
  return text.replace(CONTROLS, '\uFFFD').replace(BIDI, '\uFFFD');
}

/** One value inside a line (a name, a path): no line breaks either. */
export function oneLine(text: string): string {
  return printable(text).replace(LINE_BREAKS, '\uFFFD');
}

/** At most `max` characters (code points), the rest replaced by an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A translator whose string values (names, paths, messages) cannot add lines to the output. */
export function oneLineValues(t: Translate): Translate {
  return (key, params) =>
    t(key, params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? oneLine(v) : v])));
}

/** JSON for the terminal: the same data, with bidi characters written as `\u` escapes. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
