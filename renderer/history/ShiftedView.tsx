/**
 * What shifted since a date, a snapshot or the last reportback (DESIGN.md §10): the chance then and
 * now, who moved, was added or removed, and each change's share ΔP, largest first; a switch draws
 * the moves on the grid (ShiftLayer).
 */
import { deltaPoints, sinceWords, standingOf, standingWord } from '../../shared/history/words';
import { joinNames } from '../../shared/listFormat';
import type { PowerMap } from '../../shared/model';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { choiceMoment } from '../../shared/history';
import { useHistory } from './historyStore';
import { SinceChooser } from './SinceChooser';

export function ShiftedView({ map }: { map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const { since, setSince, shifted, arrows, setArrows, busy } = useHistory();
  const moment = choiceMoment(since, map.snapshots);
  const pct = (p: number | null) => (p === null ? '—' : formatPercent(p, lang));
  const r = shifted?.result;
  const added = r?.changes.filter((c) => !c.then).map((c) => c.name) ?? [];
  const removed = r?.changes.filter((c) => !c.now).map((c) => c.name) ?? [];
  return (
    <section className="shifted-view" data-testid="shifted-view">
      <div className="shifted-controls">
        <label>
          {t('historyApp.shifted.since')} <SinceChooser value={since} onChange={setSince} snapshots={map.snapshots} />
        </label>
        <label className="shifted-arrows">
          <input type="checkbox" checked={arrows} onChange={(e) => setArrows(e.target.checked)} disabled={!moment} />
          {t('historyApp.shifted.arrows')}
        </label>
      </div>
      {!moment && <p className="history-empty">{t('historyApp.shifted.needSnapshot')}</p>}
      {moment && !r && busy && <p className="history-empty">{t('historyApp.computing')}</p>}
      {moment && r && shifted && (
        <>
          <h3>{t('historyApp.shifted.heading', { since: sinceWords(shifted.moment, lang, t) })}</h3>
          <div className="shifted-chances">
            <div>
              {t('historyApp.shifted.chanceThen')}
              <b data-testid="chance-then">{pct(r.then.pAdopt)}</b>
            </div>
            <span aria-hidden="true">→</span>
            <div>
              {t('historyApp.shifted.chanceNow')}
              <b data-testid="chance-now">{pct(r.now.pAdopt)}</b>
            </div>
          </div>
          {added.length > 0 && <p>{t('historyApp.shifted.added', { names: joinNames(added, lang) })}</p>}
          {removed.length > 0 && <p>{t('historyApp.shifted.removed', { names: joinNames(removed, lang) })}</p>}
          {r.changes.length === 0 ? (
            <p className="history-empty">{t('historyApp.shifted.none')}</p>
          ) : (
            <table className="shifted-table" data-testid="shifted-table">
              <thead>
                <tr>
                  <th>{t('historyApp.shifted.who')}</th>
                  <th>{t('historyApp.shifted.then')}</th>
                  <th>{t('historyApp.shifted.now')}</th>
                  <th className="num">{t('historyApp.shifted.delta')}</th>
                </tr>
              </thead>
              <tbody>
                {r.changes.map((c) => (
                  <tr key={c.id} data-actor-row={c.id}>
                    <td>{c.name}</td>
                    <td>{standingWord(standingOf(c.then), t)}</td>
                    <td>{standingWord(standingOf(c.now), t)}</td>
                    <td className={`num${(c.deltaPAdopt ?? 0) > 0 ? ' up' : (c.deltaPAdopt ?? 0) < 0 ? ' down' : ''}`}>{deltaPoints(c.deltaPAdopt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="history-note">{t('historyApp.shifted.explain')}</p>
        </>
      )}
    </section>
  );
}
