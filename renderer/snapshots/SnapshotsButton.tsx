/** The toolbar's "Snapshots": name this moment, and the list of moments named before. */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { SnapshotsDialog } from './SnapshotsDialog';

export function SnapshotsButton() {
  const t = useT();
  const hasMap = useApp((s) => s.map !== null);
  const [open, setOpen] = useState(false);
  if (!hasMap) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title={t('snapshots.buttonHint')}>
        {t('snapshots.button')}
      </button>
      {open && <SnapshotsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
