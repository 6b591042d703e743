/** The whip count: members by column, ally first, with yes-probability, attendance and block. */
import { column, type Actor, type PowerMap } from '../../shared/model';
import { PALETTE } from '../../shared/palette';
import type { MemberProjection } from '../../shared/projection';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { MemberButton } from './MemberButton';
import { useProgressive } from './useProgressive';

/** Unplaced members vote as neutral (the engine's rule) but are listed apart so no one is forgotten. */
const UNPLACED = -1;

function whipColumn(a: Actor | undefined): number {
  return a?.x == null ? UNPLACED : column(a.x);
}

export function WhipTable({ members, map }: { members: readonly Pick<MemberProjection, "id" | "pYes" | "pPresent" | "recused">[]; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const actorById = new Map(map.actors.map((a) => [a.id, a]));
  const blockOf = new Map(map.blocks.flatMap((b) => b.members.map((id) => [id, b.name] as const)));
  const rows = members
    .map((m) => ({ m, col: whipColumn(actorById.get(m.id)) }))
    .sort((a, b) => b.col - a.col || b.m.pYes - a.m.pYes);
  const shown = useProgressive(rows.length);
  return (
    <table className="whip-table" data-testid="whip-table">
      <caption>{t('projection.whipHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projection.whipMember')}</th>
          <th scope="col" className="num">{t('projection.whipYes')}</th>
          <th scope="col" className="num">{t('projection.whipAttend')}</th>
          <th scope="col">{t('projection.whipBlock')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, shown).map(({ m, col }) => (
          <tr key={m.id} data-member-id={m.id}>
            <td>
              <span className="whip-swatch" style={col === UNPLACED ? { visibility: 'hidden' } : { background: PALETTE.columnInk[col] }} aria-hidden="true" />
              <MemberButton id={m.id} name={actorById.get(m.id)?.name ?? m.id} />
              <span className="whip-column">{col === UNPLACED ? t('projection.unplaced') : t(`whip.${col}`)}</span>
            </td>
            <td className="num">{formatPercent(m.pYes, lang)}</td>
            <td className="num">{m.recused ? t('projection.recused') : formatPercent(m.pPresent, lang)}</td>
            <td>{blockOf.get(m.id) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
