import { MAP_LIMITS, type Limited } from '../../shared/mapLimits';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

/** What an edit was refused for because the map holds as many as a map may, if that is why. */
const fullOf = (params: Record<string, string | number> | undefined): Limited | null =>
  params?.reason === 'map-full' && typeof params.subject === 'string' && params.subject in MAP_LIMITS ? (params.subject as Limited) : null;

/** Shows the last host error in the user's language; the English detail stays out of sight. */
export function ErrorBanner() {
  const t = useT();
  const error = useApp((s) => s.error);
  const showError = useApp((s) => s.showError);
  if (!error) return null;
  const full = fullOf(error.params);
  const key = error.params?.timeout ? 'connection.timeout' : error.params?.network ? 'errors.network' : full ? `errors.mapFull.${full}` : `errors.${error.code}`;
  return (
    <div className="error-banner" role="alert">
      <span>{t(key, { field: '', message: '', ...error.params, ...(full ? { max: MAP_LIMITS[full] } : {}) })}</span>
      <button type="button" className="ghost" onClick={() => showError(null)} aria-label={t('launch.drop.dismiss')}>
        ×
      </button>
    </div>
  );
}
