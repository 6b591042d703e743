import { BlockEditor } from '../blocks/BlockEditor';
import { selectedBlockOf, useBlockSelection } from '../blocks/blockSelection';
import { LinkEditor } from '../links/LinkEditor';
import { useLinkSelection } from '../links/linkSelection';
import { useApp } from '../store';
import { ActorEditor } from './ActorEditor';
import { Roster } from './Roster';

/**
 * The left side of the workspace: the roster of people not placed yet, and the editor for what is
 * selected: a link, a voting block, or actors.
 */
export function LeftPanel() {
  const link = useLinkSelection((s) => s.link);
  const blockId = useBlockSelection((s) => s.id);
  const block = useApp((s) => !!selectedBlockOf(blockId, s.map, s.selection));
  return (
    <div className="left-stack">
      <Roster />
      {link ? <LinkEditor /> : block ? <BlockEditor /> : <ActorEditor />}
    </div>
  );
}
