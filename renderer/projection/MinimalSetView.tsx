/**
 * The smallest set of members to move to active ally, and the chance that would give: a secondary
 * line under the path to victory (fewest people rather than fewest steps).
 */
import type { PowerMap } from '../../shared/model';
import type { MinimalSet } from '../../shared/projection';
import { joinNames } from '../../shared/listFormat';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

export function MinimalSetView({ minimal, map, target }: { minimal: MinimalSet; map: PowerMap; target: number }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const names = joinNames(minimal.members.map((id) => map.actors.find((a) => a.id === id)?.name ?? id), lang);
  const goal = formatPercent(target, lang);
  const percent = formatPercent(minimal.pAdopt, lang);
  const text =
    minimal.members.length === 0 && minimal.reachable
      ? t('projection.minimalNone', { target: goal })
      : minimal.reachable
        ? t('projection.minimalBody', { names, percent })
        : t('projection.minimalUnreachable', { names, percent, target: goal });
  return (
    <p className="minimal hint" data-testid="minimal-set">
      <strong>{t('projection.minimalHeading')}:</strong> {text} {!minimal.exact && t('projection.minimalHeuristic')}
    </p>
  );
}
