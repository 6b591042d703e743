/** The chance of adoption as a large number with words, and the votes expected against those needed. */
import type { PowerMap } from '../../shared/model';
import type { ProjectionSummary } from '../../shared/projection';
import { formatNumber, formatPercent, verdictKey } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

export function ChanceHeadline({ summary, map }: { summary: ProjectionSummary; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const th = summary.threshold;
  const percent = formatPercent(summary.pAdopt, lang);
  const verdict = t(verdictKey(summary.pAdopt));
  const expected = formatNumber(summary.expectedYes, lang, 1);
  const nameOf = (id: string | undefined) => map.actors.find((a) => a.id === id)?.name ?? '';
  const vacant = th.seats - th.members;
  return (
    <div className="chance">
      <div className="chance-label">{t('projection.chance')}</div>
      <div className="chance-number" data-testid="chance" data-value={summary.pAdopt} role="img" aria-label={t('projection.chanceAria', { percent: Math.round(summary.pAdopt * 100), verdict })}>
        <span aria-hidden="true">{percent}</span>
        <span className="chance-verdict" aria-hidden="true">
          {verdict}
        </span>
      </div>
      <p className="chance-expected" data-testid="expected">
        {th.needed !== null
          ? t('projection.expected', { expected, needed: th.needed })
          : t('projection.expectedCast', { expected, needed: th.neededIfAllPresent })}
      </p>
      <ul className="chance-facts">
        {th.override !== null && (
          <>
            <li>{t('projection.pPass', { percent: formatPercent(summary.pPass, lang) })}</li>
            <li>{t('projection.veto', { override: th.override, percent })}</li>
          </>
        )}
        {map.body.tieBreaker && <li>{t('projection.tieBreaker', { name: nameOf(map.body.tieBreaker) })}</li>}
        <li>{t('projection.quorum', { quorum: th.quorum, seats: th.seats })}</li>
        {vacant > 0 && th.members > 0 && <li>{t('projection.vacant', { count: vacant })}</li>}
      </ul>
    </div>
  );
}
