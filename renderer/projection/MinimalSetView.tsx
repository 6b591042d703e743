/** The smallest set of members to move to active ally, and the chance that would give. */
import type { PowerMap } from '../../shared/model';
import type { MinimalSet } from '../../shared/projection';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { DEFAULT_TARGET } from './computeProjection';

export function MinimalSetView({ minimal, map }: { minimal: MinimalSet; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const names = minimal.members.map((id) => map.actors.find((a) => a.id === id)?.name ?? id).join(', ');
  const target = formatPercent(DEFAULT_TARGET, lang);
  const percent = formatPercent(minimal.pAdopt, lang);
  const text =
    minimal.members.length === 0 && minimal.reachable
      ? t('projection.minimalNone', { target })
      : minimal.reachable
        ? t('projection.minimalBody', { names, percent })
        : t('projection.minimalUnreachable', { names, percent, target });
  return (
    <section className="minimal" aria-labelledby="minimal-heading" data-testid="minimal-set">
      <h3 id="minimal-heading">{t('projection.minimalHeading')}</h3>
      <p>
        {text} {!minimal.exact && <span className="hint">{t('projection.minimalHeuristic')}</span>}
      </p>
    </section>
  );
}
