import { ActorList } from '../components/ActorList';

/** The left side of the workspace (the grid work replaces this with the roster and editor). */
export function LeftPanel() {
  return <ActorList />;
}
