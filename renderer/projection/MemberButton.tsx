/** A member's name that selects it on the grid when clicked. */
import type { PowerMap } from '../../shared/model';
import { useApp } from '../store';

export function MemberButton({ id, map }: { id: string; map: PowerMap }) {
  const selected = useApp((s) => s.selection.includes(id));
  const select = useApp((s) => s.select);
  const name = map.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <button type="button" className="member-link" aria-pressed={selected} onClick={() => select([id])}>
      {name}
    </button>
  );
}
