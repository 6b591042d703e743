/**
 * A row of toggle buttons that are radio buttons underneath: one tap picks, Tab reaches the group,
 * the arrow keys move within it, and a screen reader hears a labelled radio group.
 */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function Segmented<T extends string>({
  name,
  label,
  choices,
  value,
  onChange,
  className = '',
}: {
  name: string;
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (v: T) => void;
  className?: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className={`segmented ${className}`}>
      {choices.map((c) => (
        <label key={c.value} className={`segment seg-${c.value}`}>
          <input className="visually-hidden" type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}
