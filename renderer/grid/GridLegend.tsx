import { useT } from '../i18n/useT';

/** The legend of shapes: in the strip above the grid, and in the Keys and legend overlay. */
export function GridLegend() {
  const t = useT();
  return (
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
  );
}
