/** Presentation clickers send arrows, Space and Page Up/Down; B blanks the screen; Esc leaves. */
import { useEffect } from 'react';

export interface SlideKeyActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  toggleBlank(): void;
  leave(): void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);
const BLANK = new Set(['b', 'B', '.']);

export function useSlideKeys(actions: SlideKeyActions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Buttons in the corner keep Enter and Space for themselves.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
      let act: (() => void) | null = null;
      if (NEXT.has(e.key)) act = actions.next;
      else if (PREVIOUS.has(e.key)) act = actions.previous;
      else if (e.key === 'Home') act = actions.first;
      else if (e.key === 'End') act = actions.last;
      else if (BLANK.has(e.key)) act = actions.toggleBlank;
      else if (e.key === 'Escape') act = actions.leave;
      if (!act) return;
      // The map screen underneath must not also react (undo, grid arrows).
      e.preventDefault();
      e.stopImmediatePropagation();
      act();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [actions]);
}
