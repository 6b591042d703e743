/** Swing votes ranked by what moving them gains, each with the influencers who can reach them. */
import type { PowerMap } from '../../shared/model';
import type { Projection } from '../../shared/projection';
import { joinNames } from '../../shared/listFormat';
import { formatNumber } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { MemberButton } from './MemberButton';

const SHOWN = 6;
/** Gains below half a percentage point are noise to a committee; those members are not swing votes. */
const MEANINGFUL = 0.005;

export function SwingList({ detail, map }: { detail: Projection; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const byId = new Map(detail.members.map((m) => [m.id, m]));
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const points = (g: number) => `${g >= 0 ? '+' : '−'}${formatNumber(Math.abs(g) * 100, lang, 1)}`;
  const ranked = detail.ranking
    .map((id) => byId.get(id)!)
    .filter((m) => m.gainOneColumn >= MEANINGFUL || m.gainToYes >= MEANINGFUL)
    .slice(0, SHOWN);
  if (ranked.length === 0) return null;
  return (
    <section className="swing" aria-labelledby="swing-heading" data-testid="swing-list">
      <h3 id="swing-heading">{t('projection.swingHeading')}</h3>
      <p className="hint">{t('projection.swingIntro')}</p>
      <ol>
        {ranked.map((m) => {
          const reach = map.links.filter((l) => l.to === m.id).map((l) => names.get(l.from) ?? l.from);
          return (
            <li key={m.id} data-member-id={m.id}>
              <div className="swing-row">
                <MemberButton id={m.id} name={names.get(m.id) ?? m.id} />
                <span className="gain" title={t('projection.swingOne')}>
                  {points(m.gainOneColumn)} <small>{t('projection.swingOne')}</small>
                </span>
                <span className="gain" title={t('projection.swingYes')}>
                  {points(m.gainToYes)} <small>{t('projection.swingYes')}</small>
                </span>
              </div>
              <div className="reach">{reach.length ? t('projection.reach', { names: joinNames(reach, lang) }) : t('projection.reachNone')}</div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
