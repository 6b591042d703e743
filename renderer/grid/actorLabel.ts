import type { Translate } from '../../shared/i18n';
import { column, type Actor } from '../../shared/model';

const NAME = '\u0000name\u0000';
/** One sentence per language, kind and column, with the name left open: a thousand actors need six, not three thousand lookups. */
const sentences = new WeakMap<Translate, Map<string, string>>();

/** The accessible name of an actor: "Ana Ruiz, decision-maker, passive ally" (or "not placed yet"). */
export function actorLabel(t: Translate, a: Actor): string {
  const col = a.x === null ? null : column(a.x);
  let cache = sentences.get(t);
  if (!cache) sentences.set(t, (cache = new Map()));
  const key = `${a.kind}|${col}`;
  let sentence = cache.get(key);
  if (sentence === undefined) {
    const where = col === null ? t('grid.a11y.unplaced') : t(`grid.a11y.column.${col}`);
    sentence = t('grid.a11y.actor', { name: NAME, kind: t(`grid.a11y.kind.${a.kind}`), column: where });
    cache.set(key, sentence);
  }
  return sentence.replace(NAME, () => a.name);
}
