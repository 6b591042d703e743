import { useT } from '../i18n/useT';
import { usePresent } from './presentStore';

export function PresentButton() {
  const t = useT();
  return (
    <button type="button" title={t('present.ui.startHint')} onClick={() => usePresent.getState().start()}>
      {t('present.ui.start')}
    </button>
  );
}
