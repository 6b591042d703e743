/**
 * "3 of 5 members placed", under the chance of adoption while some members wait in the roster, and
 * what that means: a member not placed yet votes as a neutral (the middle column's stance, 50% by
 * default), so a fresh map reads "50%, toss-up" until the committee places people.
 */
import { isPlaced, type PowerMap } from '../../shared/model';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import './placed.css';

export function PlacedNote({ map }: { map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const members = map.actors.filter((a) => a.kind === 'decision-maker' && a.seat);
  const placed = members.filter(isPlaced).length;
  if (placed === members.length) return null;
  // A member with a yes-probability set by hand votes with it wherever it is: only the others are "undecided".
  const undecided = members.filter((a) => !isPlaced(a) && a.pYes === null && !a.recused).length;
  return (
    <p className="placed-note" data-testid="placed-note">
      <strong>{t('placement.placed', { placed, count: members.length })}</strong>
      {undecided > 0 && <> {t('placement.unplaced', { count: undecided, percent: formatPercent(map.stances[2], lang) })}</>}
    </p>
  );
}
