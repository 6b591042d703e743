/**
 * Keyboard on the grid: arrows move the selection (Shift for larger steps), Delete removes it,
 * Enter opens the editor, Escape clears, Ctrl/Cmd+0 resets the zoom. Tab moves between actors by
 * focus (each actor is focusable and focusing selects it). Undo and redo are wired in MapScreen.
 */
import { useEffect } from 'react';
import { isPlaced } from '../../shared/model';
import type { Operation } from '../../shared/ops';
import { useApp } from '../store';

const STEP = { x: 0.04, y: 0.02 };
const BIG = 5;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const round = (v: number) => Math.round(v * 1e4) / 1e4;

export const EDITOR_NAME_ID = 'actor-editor-name';

/** The actor whose editor should take the keyboard as soon as it shows (see focusEditorName). */
let nameFocusFor: string | null = null;

/**
 * Puts the keyboard in the name field of `id`'s editor. The editor follows the selection one
 * painted frame behind, so Enter right after Tab may come before it shows that actor: then the
 * editor takes the focus when it does (takeNameFocus).
 */
export function focusEditorName(id: string): void {
  const editing = document.querySelector('.actor-editor')?.getAttribute('data-editing');
  if (editing === id) {
    nameFocusFor = null;
    document.getElementById(EDITOR_NAME_ID)?.focus();
  } else nameFocusFor = id;
}

/** True once, for the editor of the actor focusEditorName was asked for; any editor shown ends the wait. */
export function takeNameFocus(id: string): boolean {
  const wanted = nameFocusFor === id;
  nameFocusFor = null;
  return wanted;
}

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function deleteSelection(): void {
  const { selection, perform, select } = useApp.getState();
  if (selection.length === 0) return;
  const ops: Operation[] = selection.map((id) => ({ type: 'actor.delete', id }));
  void perform(ops.length === 1 ? ops[0]! : { type: 'batch', ops });
  select([]);
}

export function useGridKeys(opts: { selectedLink: { from: string; to: string } | null; clearLink(): void; resetZoom(): void }) {
  const { resetZoom } = opts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === '0' && !isTextField(e.target)) {
        e.preventDefault();
        resetZoom();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [resetZoom]);

  return (e: React.KeyboardEvent) => {
    if (isTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const { map, selection, perform, select, readOnly } = useApp.getState();
    if (!map) return;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const dir = arrows[e.key];
    if (dir && selection.length && !readOnly) {
      e.preventDefault();
      const f = e.shiftKey ? BIG : 1;
      const moves = map.actors
        .filter((a) => selection.includes(a.id) && isPlaced(a))
        .map((a) => ({ id: a.id, x: round(clamp(a.x! + dir[0] * STEP.x * f, -1, 1)), y: round(clamp(a.y! + dir[1] * STEP.y * f, 0, 1)) }));
      if (moves.length) void perform({ type: 'actors.move', moves });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      if (readOnly) return;
      e.preventDefault();
      if (opts.selectedLink) {
        void perform({ type: 'link.remove', ...opts.selectedLink });
        opts.clearLink();
      } else deleteSelection();
    } else if (e.key === 'Enter' && selection.length === 1) {
      e.preventDefault();
      focusEditorName(selection[0]!);
    } else if (e.key === 'Escape') {
      select([]);
      opts.clearLink();
    }
  };
}
