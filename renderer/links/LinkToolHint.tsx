/**
 * While "Draw links" is on: one line that says how to draw and delete a link and how to stop, and
 * Escape to stop (from anywhere but a text field, where Escape belongs to the field).
 */
import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { useGridView } from '../grid/viewStore';
import './links.css';

const inTextField = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function LinkToolHint() {
  const t = useT();
  const on = useGridView((s) => s.linkTool);
  const setLinkTool = useGridView((s) => s.setLinkTool);
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !inTextField(e.target)) setLinkTool(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, setLinkTool]);
  if (!on) return null;
  return (
    <div className="link-tool-hint" role="status" data-testid="link-tool-hint">
      <span>{t('links.toolHint')}</span>
      <button type="button" className="ghost small" onClick={() => setLinkTool(false)}>
        {t('links.stop')}
      </button>
    </div>
  );
}
