import type { Translate } from '../../shared/i18n';
import { column, type Actor } from '../../shared/model';

const NAME = '\u0000name\u0000';
const FROM = '\u0000from\u0000';
const TO = '\u0000to\u0000';
const ENDS = /\u0000(from|to)\u0000/g;
/**
 * One sentence per language, kind and column (and one for links), with the names left open: a
 * thousand actors need six, not three thousand lookups, and five hundred links need one.
 */
const sentences = new WeakMap<Translate, Map<string, string>>();

function sentence(t: Translate, key: string, make: () => string): string {
  let cache = sentences.get(t);
  if (!cache) sentences.set(t, (cache = new Map()));
  let s = cache.get(key);
  if (s === undefined) cache.set(key, (s = make()));
  return s;
}

/** The accessible name of an actor: "Ana Ruiz, decision-maker, passive ally" (or "not placed yet"). */
export function actorLabel(t: Translate, a: Actor): string {
  const col = a.x === null ? null : column(a.x);
  const s = sentence(t, `${a.kind}|${col}`, () => {
    const where = col === null ? t('grid.a11y.unplaced') : t(`grid.a11y.column.${col}`);
    return t('grid.a11y.actor', { name: NAME, kind: t(`grid.a11y.kind.${a.kind}`), column: where });
  });
  return s.replace(NAME, () => a.name);
}

/** The accessible name of an influence link: "Migrant Justice influences Gina Patel". */
export function linkLabel(t: Translate, from: string, to: string): string {
  // One pass over the sentence, so a name that looks like a placeholder stays as it is.
  return sentence(t, 'link', () => t('grid.a11y.link', { from: FROM, to: TO })).replace(ENDS, (_, end: string) => (end === 'from' ? from : to));
}
