/**
 * A voting block on the grid: a rounded hull around its members with the block's name on a pill.
 * The hull is a control: Tab reaches it (its accessible name says which block and how many
 * members), Enter or a click selects the block (its editor opens in the side panel), and the arrow
 * keys then move its members like any selection.
 */
import { memo } from 'react';
import { useApp } from '../store';
import type { HullGeometry } from '../grid/shapes';
import { translateTo } from '../grid/shapes';
import { BLOCK_NAME_PX, nameOffset, type BlockNamePlace } from './blockName';
import './blocks.css';
import { selectBlock, useBlockSelection } from './blockSelection';

export interface HullShape extends HullGeometry {
  id: string;
  /** The bottom member, below which the name hangs when there is no room above the top one. */
  bottom: [number, number];
  name: string;
  /** Every member, placed or not: the hull is selected when all of them are. */
  members: readonly string[];
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

function onKeyDown(e: React.KeyboardEvent, id: string) {
  const chosen = useBlockSelection.getState().id === id;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    selectBlock(id);
  } else if (ARROWS.has(e.key) && !chosen) {
    // The arrows move this block's members: select them first, then the grid's keys move the selection.
    selectBlock(id);
  }
}

interface Props {
  hull: HullShape;
  label: string;
  /** Where the name goes: always shown, a block must be recognisable. */
  name: BlockNamePlace;
}

export const BlockHull = memo(function BlockHull({ hull, label, name }: Props) {
  // Follows the selection itself, so a press does not re-render the grid.
  const { members } = hull;
  const selected = useApp((s) => members.length > 0 && members.every((m) => s.selection.includes(m)));
  return (
    <g
      className={`block-hull${selected ? ' selected' : ''}`}
      data-block-id={hull.id}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={label}
      onKeyDown={(e) => onKeyDown(e, hull.id)}
    >
      <path className="hull-shape" d={hull.path} />
      <path className="hull-focus" d={hull.path} />
      <g transform={translateTo([name.x, name.y])}>
        {/* The drag preview moves this group to the top member; the pill keeps its screen size (node-body). */}
        <g className="node-body">
          <rect className="block-name-pill" x={-name.width / 2} y={nameOffset(name) - name.height / 2} width={name.width} height={name.height} rx={name.height / 2} />
          <text className="block-label" y={nameOffset(name) + BLOCK_NAME_PX * 0.35} textAnchor="middle" style={{ fontSize: BLOCK_NAME_PX }}>
            {hull.name}
          </text>
        </g>
      </g>
    </g>
  );
});
