/** The toolbar button that opens the Deciding body dialog. */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { BodyDialog } from './BodyDialog';
import './body.css';

export function BodyButton() {
  const t = useT();
  const map = useApp((s) => s.map);
  const readOnly = useApp((s) => s.readOnly);
  const [open, setOpen] = useState(false);
  if (!map) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={readOnly}>
        {t('body.button')}
      </button>
      {open && <BodyDialog map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
