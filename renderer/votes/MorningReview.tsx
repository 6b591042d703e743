/** Beside the roll call: the chance of adoption the map gave that morning, and the Brier score in plain words. */
import type { Language } from '../../shared/contract';
import { formatPercent } from '../../shared/projectionWords';
import { brierText, calendarDateText, type Morning } from '../../shared/votes';
import { useT } from '../i18n/useT';

/** Up to 0.1 the map foresaw the vote well; from 0.25 (a coin toss for everyone) it did not. */
const verdictKey = (brier: number) => (brier <= 0.1 ? 'votes.brier.good' : brier < 0.25 ? 'votes.brier.fair' : 'votes.brier.poor');

/**
 * `morning` is null while it is worked out (`reading`: the map's history is still being read); shown
 * while `updating`, it is the morning as the map was before its latest change.
 */
export function MorningReview({
  morning,
  reading,
  updating,
  date,
  adopted,
  brier,
  lang,
}: {
  morning: Morning | null;
  reading: boolean;
  updating: boolean;
  date: string;
  adopted: boolean | null;
  brier: number | null;
  lang: Language;
}) {
  const t = useT();
  return (
    <section className={updating ? 'votes-morning updating' : 'votes-morning'} aria-labelledby="votes-morning-title" aria-busy={updating} data-testid="votes-morning">
      <h3 id="votes-morning-title">{t('votes.morning.heading')}</h3>
      {updating && date && (
        <p className="muted small votes-working" role="status" data-testid="votes-working">
          {t(reading ? 'votes.loading' : morning ? 'votes.morning.updating' : 'votes.morning.working')}
        </p>
      )}
      {!date ? (
        <p className="muted">{t('votes.errors.date')}</p>
      ) : morning === null ? null : (
        <>
          <p className="muted small">{t('votes.morning.asOf', { date: calendarDateText(date, lang) })}</p>
          {morning.pAdopt === null ? (
            <p>{t('votes.morning.none')}</p>
          ) : (
            <p className="votes-chance">
              <strong data-testid="votes-morning-chance">{formatPercent(morning.pAdopt, lang)}</strong>
              <span>{t('votes.morning.chance', { percent: formatPercent(morning.pAdopt, lang) })}</span>
            </p>
          )}
          {adopted !== null && <p>{t(adopted ? 'votes.morning.outcomeAdopted' : 'votes.morning.outcomeNotAdopted')}</p>}
        </>
      )}
      <div className="votes-brier">
        <h4>{t('votes.brier.label')}</h4>
        {brier === null ? (
          morning && <p className="muted">{t('votes.brier.none')}</p>
        ) : (
          <p>
            <strong data-testid="votes-brier">{brierText(brier, lang)}</strong> {t(verdictKey(brier))}
          </p>
        )}
        <details>
          <summary>{t('votes.brier.what')}</summary>
          <p className="small muted">{t('votes.brier.explain')}</p>
        </details>
      </div>
    </section>
  );
}
