import { useT } from '../i18n/useT';
import { useApp } from '../store';

export function StatusBar() {
  const t = useT();
  const fileName = useApp((s) => s.fileName);
  const status = useApp((s) => s.status);
  const readOnly = useApp((s) => s.readOnly);
  const host = useApp((s) => s.host);
  const origin = useApp((s) => s.origin);
  const state = readOnly ? t('status.readOnly') : status === 'saving' ? t('status.saving') : status === 'error' ? t('status.notSaved') : t('status.saved');
  return (
    <footer className="status-bar">
      <span>{t('status.file', { name: fileName })}</span>
      {origin && <span data-testid="origin">{t('groups.copies.origin', { group: origin.group, file: origin.file })}</span>}
      <span className={`save-state ${readOnly ? 'read-only' : status}`} data-testid="save-status" role="status">
        {state}
      </span>
      {host?.kind === 'browser' && <span className="muted">{t('status.browserHost')}</span>}
    </footer>
  );
}
