import { useT } from '../i18n/useT';
import { GridLegend } from './GridLegend';
import { KeyHelpButton } from './keyHints';
import { useGridView } from './viewStore';

/** The strip above the grid: view controls, the link tool, the legend of shapes and the Keys button. */
export function GridTools({ onZoomIn, onZoomOut, onFit, onReset }: { onZoomIn(): void; onZoomOut(): void; onFit(): void; onReset(): void }) {
  const t = useT();
  const linkTool = useGridView((s) => s.linkTool);
  const setLinkTool = useGridView((s) => s.setLinkTool);
  const zoom = useGridView((s) => s.transform.k);
  return (
    <div className="grid-tools">
      <div className="grid-buttons" role="toolbar" aria-label={t('grid.tools.label')}>
        <button type="button" className={linkTool ? 'on' : ''} aria-pressed={linkTool} onClick={() => setLinkTool(!linkTool)} title={t('grid.tools.linkHint')}>
          {t('grid.tools.link')}
        </button>
        <button type="button" onClick={onZoomOut} aria-label={t('grid.tools.zoomOut')} title={t('grid.tools.zoomOut')}>
          −
        </button>
        <span className="zoom-level" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
        <button type="button" onClick={onZoomIn} aria-label={t('grid.tools.zoomIn')} title={t('grid.tools.zoomIn')}>
          +
        </button>
        <button type="button" onClick={onFit}>
          {t('grid.tools.fit')}
        </button>
        <button type="button" onClick={onReset} title={t('grid.tools.resetHint')}>
          {t('grid.tools.reset')}
        </button>
      </div>
      <GridLegend />
      <KeyHelpButton />
    </div>
  );
}
