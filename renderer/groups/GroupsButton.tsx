/** The toolbar button that opens Compare groups. */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { CompareDialog } from './CompareDialog';

export function GroupsButton() {
  const t = useT();
  const map = useApp((s) => s.map);
  const readOnly = useApp((s) => s.readOnly);
  const [open, setOpen] = useState(false);
  if (!map) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={readOnly} title={t('groups.compare.buttonHint')}>
        {t('groups.compare.button')}
      </button>
      {open && <CompareDialog map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
