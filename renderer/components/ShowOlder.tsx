/** The "Show N older" button under a list drawn a page at a time (usePages); nothing once all are shown. */
export function ShowOlder({ older, label, onClick }: { older: number; label: string; onClick(): void }) {
  if (older <= 0) return null;
  return (
    <button type="button" className="list-older" onClick={onClick}>
      {label}
    </button>
  );
}
