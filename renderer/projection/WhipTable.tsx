/** The whip count: members by column, ally first, with yes-probability, attendance and block. */
import { memo, useMemo } from 'react';
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

interface RowProps {
  id: string;
  name: string;
  col: number;
  where: string;
  yes: string;
  attend: string;
  block: string;
}

/** One member's row, in words already: an edit re-renders only the rows whose words changed. */
const WhipRow = memo(function WhipRow({ id, name, col, where, yes, attend, block }: RowProps) {
  return (
    <tr data-member-id={id}>
      <td>
        <span className="whip-swatch" style={col === UNPLACED ? { visibility: 'hidden' } : { background: PALETTE.columnInk[col] }} aria-hidden="true" />
        <MemberButton id={id} name={name} />
        <span className="whip-column">{where}</span>
      </td>
      <td className="num">{yes}</td>
      <td className="num">{attend}</td>
      <td>{block}</td>
    </tr>
  );
});

export function WhipTable({ members, map }: { members: readonly Pick<MemberProjection, "id" | "pYes" | "pPresent" | "recused">[]; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  // Worked out once per change, not once per chunk that useProgressive adds.
  const { actorById, blockOf, rows } = useMemo(() => {
    const actorById = new Map(map.actors.map((a) => [a.id, a]));
    const blockOf = new Map(map.blocks.flatMap((b) => b.members.map((id) => [id, b.name] as const)));
    const rows = members
      .map((m) => ({ m, col: whipColumn(actorById.get(m.id)) }))
      .sort((a, b) => b.col - a.col || b.m.pYes - a.m.pYes);
    return { actorById, blockOf, rows };
  }, [members, map.actors, map.blocks]);
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
          <WhipRow
            key={m.id}
            id={m.id}
            name={actorById.get(m.id)?.name ?? m.id}
            col={col}
            where={col === UNPLACED ? t('projection.unplaced') : t(`whip.${col}`)}
            yes={formatPercent(m.pYes, lang)}
            attend={m.recused ? t('projection.recused') : formatPercent(m.pPresent, lang)}
            block={blockOf.get(m.id) ?? ''}
          />
        ))}
      </tbody>
    </table>
  );
}
