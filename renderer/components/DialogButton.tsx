/** A toolbar button that opens a dialog of its own while a map is open. */
import { useState, type ReactNode } from 'react';
import { useApp } from '../store';

export function DialogButton({ label, hint, dialog }: { label: string; hint: string; dialog: (close: () => void) => ReactNode }) {
  const hasMap = useApp((s) => s.map !== null);
  const [open, setOpen] = useState(false);
  if (!hasMap) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title={hint}>
        {label}
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
