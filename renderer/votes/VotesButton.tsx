/** The toolbar's "Votes": record the body's roll call and see it beside the projection of that morning. */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { VotesDialog } from './VotesDialog';

export function VotesButton() {
  const t = useT();
  const hasMap = useApp((s) => s.map !== null);
  const [open, setOpen] = useState(false);
  if (!hasMap) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title={t('votes.buttonHint')}>
        {t('votes.button')}
      </button>
      {open && <VotesDialog onClose={() => setOpen(false)} />}
    </>
  );
}
