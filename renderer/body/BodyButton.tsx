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
      {/* On narrower screens the short form shows; the accessible name and the tooltip stay whole. */}
      <button type="button" onClick={() => setOpen(true)} disabled={readOnly} title={t('body.button')}>
        <span className="tb-short" aria-hidden="true">{t('body.buttonShort')}</span>
        <span className="tb-long">{t('body.button')}</span>
      </button>
      {open && <BodyDialog map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
