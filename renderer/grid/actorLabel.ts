import type { Translate } from '../../shared/i18n';
import { column, type Actor } from '../../shared/model';

/** The accessible name of an actor: "Ana Ruiz, decision-maker, passive ally" (or "not placed yet"). */
export function actorLabel(t: Translate, a: Actor): string {
  const where = a.x === null ? t('grid.a11y.unplaced') : t(`grid.a11y.column.${column(a.x)}`);
  return t('grid.a11y.actor', { name: a.name, kind: t(`grid.a11y.kind.${a.kind}`), column: where });
}
