import { LANGUAGES } from '../../shared/contractNames';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

export function LanguageSwitch() {
  const t = useT();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('toolbar.language')}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={language === l} className={language === l ? 'on' : ''} onClick={() => void setLanguage(l)}>
          <span className="tb-short" aria-hidden="true">{t(`workspace.languageShort.${l}`)}</span>
          <span className="tb-long">{t(`language.${l}`)}</span>
        </button>
      ))}
    </div>
  );
}
