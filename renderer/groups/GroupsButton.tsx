/** The toolbar's "Breakout groups…": make a copy per group, or compare the groups' maps with this one. */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { CompareDialog } from './CompareDialog';
import { CopiesDialog } from './CopiesDialog';

export function GroupsButton() {
  const t = useT();
  const map = useApp((s) => s.map);
  const readOnly = useApp((s) => s.readOnly);
  const [open, setOpen] = useState<'copies' | 'compare' | null>(null);
  if (!map) return null;
  const close = () => setOpen(null);
  return (
    <>
      <button type="button" onClick={() => setOpen('copies')} disabled={readOnly} title={t('groups.buttonHint')}>
        {t('groups.button')}
      </button>
      {open === 'copies' && <CopiesDialog onCompare={() => setOpen('compare')} onClose={close} />}
      {open === 'compare' && <CompareDialog map={map} onClose={close} />}
    </>
  );
}
