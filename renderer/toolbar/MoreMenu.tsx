/**
 * The toolbar's "More" menu: commands used once a session (import people, breakout groups, save a
 * copy) so the toolbar keeps one row at 1024×768 in English and Spanish. A menu button in the
 * WAI-ARIA pattern: Enter, Space or ↓ opens it on the first command, ↑ on the last; ↑/↓, Home and
 * End move; Enter runs; Esc closes and gives the focus back to the button; Tab or a click
 * elsewhere closes it. A new command is one more entry in `items`; one that opens a dialog of its
 * own gives `dialog`, which the menu keeps open after the list closes.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../shared/menuCommands';
import { useMenuEvent } from '../desktop/useMenuEvent';
import { useT } from '../i18n/useT';

export interface MoreItem {
  id: string;
  label: string;
  /** A sentence saying what the command does (the item's tooltip). */
  hint?: string;
  disabled?: boolean;
  /** What the command does; or, for a command that opens a dialog of its own, the dialog (kept by the menu). */
  run?(): void;
  dialog?(close: () => void): ReactNode;
  /** The desktop menu's command that does the same (its Map menu). */
  command?: MenuCommand;
}

export function MoreMenu({ items }: { items: MoreItem[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const [dialogOf, setDialogOf] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const choose = (item: MoreItem) => {
    if (item.dialog) setDialogOf(item.id);
    else item.run?.();
  };
  useMenuEvent(Object.fromEntries(items.flatMap((item) => (item.command && !item.disabled ? [[item.command, () => choose(item)]] : []))));

  const itemEls = () => Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []);
  useEffect(() => {
    if (!open || focusAt === null) return;
    const els = itemEls();
    els[(focusAt + els.length) % els.length]?.focus();
  }, [open, focusAt]);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const show = (at: number) => {
    setOpen(true);
    setFocusAt(at);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setFocusAt(null);
    if (refocus) buttonRef.current?.focus();
  };
  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') show(0);
    else if (e.key === 'ArrowUp') show(-1);
    else return;
    e.preventDefault();
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const els = itemEls();
    const at = els.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: els.length - 1 };
    if (e.key in moves) setFocusAt(moves[e.key]!);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="more-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('toolbar.moreHint')}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {t('toolbar.more')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="more-menu-list" role="menu" aria-label={t('toolbar.moreHint')} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={item.disabled}
              title={item.hint}
              data-command={item.id}
              onClick={() => {
                close(true);
                choose(item);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {dialogOf && items.find((i) => i.id === dialogOf)?.dialog?.(() => setDialogOf(null))}
    </div>
  );
}
