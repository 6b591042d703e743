/** One person's positions on a small grid: each group's as a lettered ghost dot, the consensus solid. */
import type { ReconciledActor } from '../../shared/reconcile';
import { COLUMN_COUNT } from '../../shared/model';
import { PALETTE } from '../../shared/palette';
import { useT } from '../i18n/useT';
import { groupLetter } from './groupLetters';

const W = 300;
const H = 150;

export function GhostGrid({ row }: { row: ReconciledActor }) {
  const t = useT();
  const px = (x: number) => ((x + 1) / 2) * W;
  const py = (y: number) => (1 - y) * H;
  return (
    <svg className="ghost-grid" viewBox={`-12 -12 ${W + 24} ${H + 24}`} role="img" aria-label={t('groups.compare.ghostLabel', { name: row.name })} data-testid="ghost-grid">
      {Array.from({ length: COLUMN_COUNT }, (_, c) => (
        <rect key={c} x={(c * W) / COLUMN_COUNT} y={0} width={W / COLUMN_COUNT} height={H} fill={PALETTE.columns[c]} />
      ))}
      {row.consensus &&
        row.groups.map((p, i) => (p ? <line key={`l${i}`} x1={px(p.x)} y1={py(p.y)} x2={px(row.consensus!.x)} y2={py(row.consensus!.y)} className="ghost-line" /> : null))}
      {row.groups.map((p, i) =>
        p ? (
          <g key={i} transform={`translate(${px(p.x)},${py(p.y)})`} className="ghost" data-group={groupLetter(i)}>
            <circle r={10} />
            <text y={4} textAnchor="middle">
              {groupLetter(i)}
            </text>
          </g>
        ) : null,
      )}
      {row.consensus && <circle cx={px(row.consensus.x)} cy={py(row.consensus.y)} r={7} className="consensus-dot" />}
    </svg>
  );
}
