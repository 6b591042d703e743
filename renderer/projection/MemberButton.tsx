/** A member's name that selects it on the grid when clicked. */
import { memo } from 'react';
import { useApp } from '../store';

export const MemberButton = memo(function MemberButton({ id, name }: { id: string; name: string }) {
  const selected = useApp((s) => s.selection.includes(id));
  const select = useApp((s) => s.select);
  return (
    <button type="button" className="member-link" aria-pressed={selected} onClick={() => select([id])}>
      {name}
    </button>
  );
});
