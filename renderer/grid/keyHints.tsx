/**
 * Says what the keyboard does on the grid: a one-line hint under the grid (what the keys do for
 * the current selection) and a "Keys and legend" overlay, opened with "?" or the Keys button,
 * that lists every key and, on narrow screens where the strip above the grid has no room for it,
 * the legend of shapes.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { GridLegend } from './GridLegend';

export const useKeyHelp = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** "?" anywhere on the map screen (but in a text field) opens or closes the overlay. */
export function useKeyHelpShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      // Not over another dialog, nor while the workspace is inert (a presentation is showing).
      if (document.querySelector('.dialog-backdrop:not(.key-help-backdrop), .workspace[inert]')) return;
      e.preventDefault();
      const { open, setOpen } = useKeyHelp.getState();
      setOpen(!open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The line under the grid: the keys for what is selected, or how to reach the grid by keyboard. */
export function KeyHintLine() {
  const t = useT();
  const any = useApp((s) => s.selection.length > 0);
  return (
    <p className="key-hint" data-testid="key-hint">
      {t(any ? 'workspace.keys.hint' : 'workspace.keys.hintNone')}
    </p>
  );
}

export function KeyHelpButton() {
  const t = useT();
  const setOpen = useKeyHelp((s) => s.setOpen);
  return (
    <button type="button" className="key-help-button" aria-label={t('workspace.keys.buttonLabel')} title={t('workspace.keys.buttonLabel')} aria-haspopup="dialog" onClick={() => setOpen(true)}>
      {t('workspace.keys.button')} <kbd aria-hidden="true">?</kbd>
    </button>
  );
}

const KEYS: [string, string][] = [
  ['Tab', 'tab'],
  ['← → ↑ ↓', 'arrows'],
  ['Shift + ← → ↑ ↓', 'shiftArrows'],
  ['Enter', 'enter'],
  ['Delete', 'delete'],
  ['Esc', 'escape'],
  ['Ctrl + Z', 'undo'],
  ['Ctrl + 0', 'zero'],
  ['?', 'help'],
];

/** The overlay; closes with Escape, "?", the Close button or a click outside, and gives focus back. */
export function KeyHelp() {
  const t = useT();
  const open = useKeyHelp((s) => s.open);
  const setOpen = useKeyHelp((s) => s.setOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => before?.focus?.({ preventScroll: true });
  }, [open]);
  if (!open) return null;
  const shift = (k: string) => (k.startsWith('Shift') ? k.replace('Shift', t('workspace.keys.shiftName')) : k);
  return (
    <div className="dialog-backdrop key-help-backdrop" onPointerDown={(e) => e.target === e.currentTarget && setOpen(false)}>
      <div className="dialog key-help" role="dialog" aria-modal="true" aria-labelledby="key-help-title" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        <h2 id="key-help-title">{t('workspace.keys.title')}</h2>
        <h3>{t('workspace.keys.list')}</h3>
        <dl className="key-list">
          {KEYS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                <kbd>{shift(keys)}</kbd>
              </dt>
              <dd>{t(`workspace.keys.${what}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="small">{t('workspace.keys.mouse')}</p>
        <h3>{t('workspace.keys.legend')}</h3>
        <GridLegend />
        <div className="dialog-actions">
          <button type="button" ref={closeRef} onClick={() => setOpen(false)}>
            {t('workspace.keys.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
