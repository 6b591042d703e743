/**
 * The whip count: members by column, ally first, with yes-probability and attendance; each
 * member's column and block are written under the name, so the table fits the side panel at
 * projector sizes. Its layout is fixed (column widths from the header, not the rows), so rows
 * added by later slices lay out alone instead of the whole table again: at a thousand members
 * the frame that added the last rows spent 35 to 72 ms laying out all of them.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { column, type Actor, type PowerMap } from '../../shared/model';
import { PALETTE } from '../../shared/palette';
import type { MemberProjection } from '../../shared/projection';
import { formatPercent } from '../../shared/projectionWords';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { joinInSlices } from '../grid/slices';

/** Unplaced members vote as neutral (the engine's rule) but are listed apart so no one is forgotten. */
const UNPLACED = -1;

function whipColumn(a: Actor | undefined): number {
  return a?.x == null ? UNPLACED : column(a.x);
}

/** One row as drawn: what its cells say, so a redraw writes only what changed. */
interface Row {
  el: HTMLTableRowElement;
  swatch: HTMLSpanElement;
  button: HTMLButtonElement;
  cells: [where: HTMLSpanElement, block: HTMLSpanElement, yes: HTMLTableCellElement, attend: HTMLTableCellElement];
  said: string;
}

/** Rows written per task, at most (a background task also keeps to a time budget): a body of a thousand members never holds the page. */
const ROWS_PER_TASK = 100;

function createRow(id: string): Row {
  const tr = document.createElement('tr');
  tr.dataset.memberId = id;
  const first = document.createElement('td');
  const swatch = document.createElement('span');
  swatch.className = 'whip-swatch';
  swatch.setAttribute('aria-hidden', 'true');
  // The same control as MemberButton: a click selects the member on the grid (WhipTable's onClick).
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'member-link';
  button.setAttribute('aria-pressed', 'false');
  const where = document.createElement('span');
  where.className = 'whip-column';
  const block = document.createElement('span');
  block.className = 'whip-block';
  first.append(swatch, button, where, block);
  const yes = document.createElement('td');
  yes.className = 'num';
  const attend = document.createElement('td');
  attend.className = 'num';
  tr.append(first, yes, attend);
  return { el: tr, swatch, button, cells: [where, block, yes, attend], said: '' };
}

function writeRow(row: Row, col: number, name: string, words: [string, string, string, string]): void {
  const said = [col, name, ...words].join('\u0000');
  if (said === row.said) return;
  row.said = said;
  if (col === UNPLACED) row.swatch.style.visibility = 'hidden';
  else {
    row.swatch.style.removeProperty('visibility');
    row.swatch.style.background = PALETTE.columnInk[col]!;
  }
  row.button.textContent = name;
  words.forEach((w, i) => (row.cells[i]!.textContent = w));
}

/**
 * The rows are a keyed join written directly to the table, like the grid's nodes: two hundred
 * members are two hundred rows, not two thousand components with their fibers, props and store
 * subscriptions (most of the panel's memory). A redraw touches only the rows whose words changed;
 * the selection marks its rows through one store subscription.
 */
export function WhipTable({ members, map }: { members: readonly Pick<MemberProjection, 'id' | 'pYes' | 'pPresent' | 'recused'>[]; map: PowerMap }) {
  const t = useT();
  const lang = useApp((s) => s.language);
  const body = useRef<HTMLTableSectionElement>(null);
  const drawn = useRef(new Map<string, Row>());
  const rows = useMemo(() => {
    const actorById = new Map(map.actors.map((a) => [a.id, a]));
    const blockOf = new Map(map.blocks.flatMap((b) => b.members.map((id) => [id, b.name] as const)));
    return members
      .map((m) => ({ m, col: whipColumn(actorById.get(m.id)), name: actorById.get(m.id)?.name ?? m.id, block: blockOf.get(m.id) ?? '' }))
      .sort((a, b) => b.col - a.col || b.m.pYes - a.m.pYes);
  }, [members, map.actors, map.blocks]);

  useLayoutEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    let selected = new Set<string>();
    return joinInSlices(
      tbody,
      rows,
      {
        drawn: drawn.current,
        key: (r) => r.m.id,
        make: (r) => createRow(r.m.id),
        startSlice: () => (selected = new Set(useApp.getState().selection)),
        write: (row, { m, col, name, block }) => {
          const where = col === UNPLACED ? t('projection.unplaced') : t(`whip.${col}`);
          const attend = m.recused ? t('projection.recused') : formatPercent(m.pPresent, lang);
          writeRow(row, col, name, [where, block && t('projection.whipInBlock', { block }), formatPercent(m.pYes, lang), attend]);
          row.button.setAttribute('aria-pressed', String(selected.has(m.id)));
        },
      },
      { size: ROWS_PER_TASK, priority: 'background' },
    );
  }, [rows, t, lang]);

  // Subscribed in the commit that draws the first rows: a selection made before the next paint
  // (a click right after the table appears) still marks its row.
  useLayoutEffect(
    () =>
      useApp.subscribe((s, prev) => {
        if (s.selection === prev.selection) return;
        const selected = new Set(s.selection);
        for (const id of new Set([...prev.selection, ...s.selection])) drawn.current.get(id)?.button.setAttribute('aria-pressed', String(selected.has(id)));
      }),
    [],
  );

  const onClick = (e: React.MouseEvent) => {
    const id = (e.target as Element).closest('.member-link')?.closest('tr')?.dataset.memberId;
    if (id) useApp.getState().select([id]);
  };

  return (
    <table className="whip-table" data-testid="whip-table">
      <caption>{t('projection.whipHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projection.whipMember')}</th>
          <th scope="col" className="num">{t('projection.whipYes')}</th>
          <th scope="col" className="num">{t('projection.whipAttend')}</th>
        </tr>
      </thead>
      <tbody ref={body} onClick={onClick} />
    </table>
  );
}
