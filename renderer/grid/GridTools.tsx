import { useT } from '../i18n/useT';
import { useGridView } from './viewStore';

/** The strip above the grid: view controls, the link tool, and the legend of shapes. */
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
      <ul className="legend" aria-label={t('grid.legend.label')}>
        <li>
          <svg width="26" height="26" viewBox="-13 -13 26 26" aria-hidden="true">
            <circle className="legend-seat" r="11" />
            <circle className="legend-dm" r="7.5" />
          </svg>
          {t('grid.legend.seat')}
        </li>
        <li>
          <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
            <circle className="legend-dm" r="7.5" />
          </svg>
          {t('grid.legend.decisionMaker')}
        </li>
        <li>
          <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
            <rect className="legend-inf" x="-6" y="-6" width="12" height="12" transform="rotate(45)" />
          </svg>
          {t('grid.legend.influencer')}
        </li>
        <li>
          <svg width="26" height="18" viewBox="0 0 26 18" aria-hidden="true">
            <rect className="legend-block" x="1" y="1" width="24" height="16" rx="8" />
          </svg>
          {t('grid.legend.block')}
        </li>
        <li>
          <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
            <line className="legend-link" x1="1" y1="6" x2="20" y2="6" />
            <path d="M19,1L27,6L19,11z" className="legend-arrow" />
          </svg>
          {t('grid.legend.link')}
        </li>
      </ul>
    </div>
  );
}
