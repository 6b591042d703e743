/** The roll call: one row per member, one tap for the ballot, and the chance of a yes the map gave that morning. */
import type { Language } from '../../shared/contract';
import { BALLOTS, type Ballot } from '../../shared/memory/model';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { Segmented } from './Segmented';

export interface RollCallRow {
  id: string;
  name: string;
  /** Recorded in this vote but not a member of the map any more. */
  left: boolean;
}

export function RollCall({
  rows,
  ballots,
  chances,
  lang,
  onBallot,
}: {
  rows: RollCallRow[];
  ballots: Record<string, Ballot>;
  /** Null while the map's history is being read. */
  chances: Map<string, number> | null;
  lang: Language;
  onBallot: (id: string, ballot: Ballot | null) => void;
}) {
  const t = useT();
  const choices = BALLOTS.map((b) => ({ value: b, label: t(`votes.ballot.${b}`) }));
  const recorded = rows.filter((r) => ballots[r.id]).length;
  return (
    <div className="roll-call">
      <div className="roll-call-head">
        <h3>{t('votes.rollCall')}</h3>
        <span className="muted small" role="status">
          {t('votes.recordedCount', { count: recorded, total: rows.length })}
        </span>
      </div>
      <table className="roll-call-table">
        <thead>
          <tr>
            <th scope="col">{t('votes.member')}</th>
            <th scope="col">{t('votes.ballotColumn')}</th>
            <th scope="col" className="num">
              {t('votes.chanceColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const chance = chances?.get(r.id);
            return (
              <tr key={r.id} data-member={r.id}>
                <th scope="row">
                  {r.name}
                  {r.left && <small className="muted"> ({t('votes.leftBody')})</small>}
                </th>
                <td>
                  <div className="ballot-cell">
                    <Segmented name={`ballot-${r.id}`} label={t('votes.ballotFor', { name: r.name })} choices={choices} value={ballots[r.id] ?? null} onChange={(b) => onBallot(r.id, b)} className="ballots" />
                    {ballots[r.id] && (
                      <button type="button" className="ghost small" aria-label={t('votes.clearBallotFor', { name: r.name })} title={t('votes.clearBallot')} onClick={() => onBallot(r.id, null)}>
                        ×
                      </button>
                    )}
                  </div>
                </td>
                <td className="num" data-testid="chance">
                  {chances === null ? '…' : chance === undefined ? <small className="muted">{t('votes.notMember')}</small> : formatPercent(chance, lang)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
