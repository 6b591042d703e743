/**
 * A <select> of many members (a 10,000-actor map) that builds its options only when someone goes
 * to use it: until it is focused or pressed it holds just the chosen one, so the panel never
 * mounts thousands of <option>s to show one name.
 */
import { useMemo, useState, type SelectHTMLAttributes } from 'react';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  value: string;
  options: readonly { id: string; name: string }[];
  /** A first option with the value "" (such as "Link with…"), always there. */
  placeholder?: string;
}

export function LazyOptionsSelect({ value, options, placeholder, ...rest }: Props) {
  const [built, setBuilt] = useState(false);
  const build = () => setBuilt(true);
  const shown = useMemo(() => (built ? options : options.filter((o) => o.id === value)), [built, options, value]);
  return (
    <select value={value} {...rest} onFocus={build} onPointerDown={build} onMouseDown={build}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {shown.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
