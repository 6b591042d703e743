import { ActorEditor } from './ActorEditor';
import { Roster } from './Roster';

/** The left side of the workspace: the roster of people not placed yet, and the editor for the selection. */
export function LeftPanel() {
  return (
    <div className="left-stack">
      <Roster />
      <ActorEditor />
    </div>
  );
}
