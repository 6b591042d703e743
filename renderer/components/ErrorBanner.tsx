import { useT } from '../i18n/useT';
import { useApp } from '../store';

/** Shows the last host error in the user's language; the English detail stays out of sight. */
export function ErrorBanner() {
  const t = useT();
  const error = useApp((s) => s.error);
  const showError = useApp((s) => s.showError);
  if (!error) return null;
  const key = error.params?.timeout ? 'connection.timeout' : error.params?.network ? 'errors.network' : `errors.${error.code}`;
  return (
    <div className="error-banner" role="alert">
      <span>{t(key, { field: '', message: '', ...error.params })}</span>
      <button type="button" className="ghost" onClick={() => showError(null)} aria-label={t('launch.drop.dismiss')}>
        ×
      </button>
    </div>
  );
}
