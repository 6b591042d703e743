/**
 * Bars of P(yes votes = k) with the votes needed marked. D3 computes the scales; React draws the
 * SVG. Bars at or above the votes needed are in the ally colour, the rest in the opponent colour,
 * and the threshold line is labelled, so the picture reads without colour too.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { PALETTE } from '../../shared/palette';
import type { ProjectionSummary } from '../../shared/projection';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';

const WIDTH = 280;
const HEIGHT = 130;
const MARGIN = { top: 16, right: 6, bottom: 28, left: 6 };
const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const DIGIT_PX = 6.5;
/** Up to this many bars, each is wide enough to point at and tells its figure on hover. */
const TITLED_BARS = 101;
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Room one axis label needs, centre to centre, so that neighbours never touch. */
const labelRoom = (seats: number) => String(seats).length * DIGIT_PX + 6;

/** Label every n-th bar, n a round number wide enough for the labels. */
function labelEvery(seats: number, step: number): number {
  return NICE_STEPS.find((n) => n * step >= labelRoom(seats)) ?? seats;
}

export function DistributionChart({ summary }: { summary: ProjectionSummary }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const { distribution, threshold } = summary;
  const needed = threshold.needed ?? threshold.neededIfAllPresent;
  const { ks, x, y } = useMemo(() => {
    const ks = distribution.map((_, k) => k);
    const band = scaleBand<number>().domain(ks).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.15);
    // The domain is 0…n in order, so bar k starts k steps after bar 0: arithmetic instead of a
    // lookup in the band scale's map for each of a large body's bars.
    const first = band(0) ?? 0;
    const step = band.step();
    const x = { at: (k: number) => first + k * step, step, bandwidth: band.bandwidth(), gap: step * band.paddingInner() };
    const y = scaleLinear().domain([0, Math.max(...distribution, 1e-9)]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    return { ks, x, y };
  }, [distribution]);
  const mode = distribution.indexOf(Math.max(...distribution));
  const every = labelEvery(threshold.seats, x.step);
  // Two paths, one per colour, however large the body: a 1,000-seat body would otherwise mount
  // 1,001 rectangles each time the figures change.
  const bars = useMemo(() => {
    const out = { below: '', above: '' };
    const w = x.bandwidth;
    const base = HEIGHT - MARGIN.bottom;
    distribution.forEach((q, k) => {
      const top = y(q);
      const seg = `M${r2(x.at(k))},${r2(base)}V${r2(top)}h${r2(w)}V${r2(base)}Z`;
      if (k >= needed) out.above += seg;
      else out.below += seg;
    });
    return out;
  }, [distribution, needed, x, y]);
  const markX = x.at(needed) - x.gap / 2;
  const aria = t('projection.chartAria', { seats: threshold.seats, mode, modePercent: formatPercent(distribution[mode] ?? 0, lang), needed });
  return (
    <figure className="distribution">
      <figcaption>{t('projection.chartHeading')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={aria} data-testid="distribution-chart">
        <path d={bars.below} fill={PALETTE.columnInk[0]} opacity={0.55} />
        <path d={bars.above} fill={PALETTE.columnInk[4]} />
        {distribution.length <= TITLED_BARS &&
          distribution.map((q, k) => (
            <rect key={k} className="bar-hit" x={x.at(k)} width={x.bandwidth} y={MARGIN.top} height={HEIGHT - MARGIN.bottom - MARGIN.top} fill="transparent">
              <title>{`${k}: ${formatPercent(q, lang)}`}</title>
            </rect>
          ))}
        {ks
          // The votes needed are always labelled; a round tick too close to it gives way.
          .filter((k) => k === needed || (k % every === 0 && Math.abs(k - needed) * x.step >= labelRoom(threshold.seats)))
          .map((k) => (
            <text key={k} className="axis-label" x={x.at(k) + x.bandwidth / 2} y={HEIGHT - MARGIN.bottom + 12} textAnchor="middle">
              {k}
            </text>
          ))}
        <text className="axis-title" x={WIDTH / 2} y={HEIGHT - 3} textAnchor="middle">
          {t('projection.chartAxis')}
        </text>
        {needed <= threshold.seats && (
          <g className="threshold-mark" data-testid="threshold-mark">
            <line x1={markX} x2={markX} y1={MARGIN.top - 8} y2={HEIGHT - MARGIN.bottom} stroke={PALETTE.ink} strokeDasharray="3 2" />
            <text x={markX + 3} y={MARGIN.top - 2} className="threshold-label">
              {`${needed}+ ${t('projection.chartNeeded')}`}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}
