/** Each group's chance of adoption and the consensus's, on one 0–100 % line: the room's spread at a glance. */
import { formatPercent } from '../../shared/projectionWords';
import { useApp } from '../store';
import { useT } from '../i18n/useT';
import { groupLetter } from './groupLetters';

const W = 520;
const H = 64;
const PAD = 24;

export function ChanceRange({ groups, consensus }: { groups: { pAdopt: number | null }[]; consensus: number | null }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const x = (p: number) => PAD + p * (W - 2 * PAD);
  const known = groups.map((g) => g.pAdopt).filter((p): p is number => p !== null);
  const described = [
    ...groups.map((g, i) => t('groups.compare.groupChance', { letter: groupLetter(i), percent: g.pAdopt === null ? '—' : formatPercent(g.pAdopt, lang) })),
    t('groups.compare.consensusChance', { percent: consensus === null ? '—' : formatPercent(consensus, lang) }),
  ].join('; ');
  return (
    <svg className="chance-range" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={described} data-testid="chance-range">
      <line x1={PAD} x2={W - PAD} y1={30} y2={30} className="axis" />
      {[0, 0.5, 1].map((p) => (
        <text key={p} x={x(p)} y={58} textAnchor="middle" className="tick">
          {formatPercent(p, lang)}
        </text>
      ))}
      {known.length > 1 && <line x1={x(Math.min(...known))} x2={x(Math.max(...known))} y1={30} y2={30} className="spread" />}
      {groups.map((g, i) =>
        g.pAdopt === null ? null : (
          <g key={i} transform={`translate(${x(g.pAdopt)},30)`}>
            <circle r={9} className="group-dot" />
            <text y={4} textAnchor="middle" className="letter">
              {groupLetter(i)}
            </text>
          </g>
        ),
      )}
      {consensus !== null && <path d={`M${x(consensus)},14 l8,16 l-8,16 l-8,-16z`} className="consensus-mark" />}
    </svg>
  );
}
