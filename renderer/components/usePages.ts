import { useEffect, useRef, useState } from 'react';

/**
 * A long list drawn a page at a time, newest first (a campaign's meetings, its snapshots): the
 * first `perPage` items, and `showOlder` adds the next page. Focus then goes to the first row
 * added (its first button, or the row itself: give it tabIndex -1), so the keyboard goes on from
 * there (the button is gone once nothing older is left).
 */
export function usePages<T, E extends HTMLElement = HTMLUListElement>(items: readonly T[], perPage: number) {
  const [count, setCount] = useState(perPage);
  const list = useRef<E>(null);
  const firstAdded = useRef<number | null>(null);
  useEffect(() => {
    if (firstAdded.current === null) return;
    const row = list.current?.children[firstAdded.current] as HTMLElement | undefined;
    (row?.querySelector<HTMLElement>('button') ?? row)?.focus();
    firstAdded.current = null;
  }, [count]);
  return {
    shown: items.slice(0, count),
    /** How many the next page adds (0: all are shown). */
    older: Math.max(0, Math.min(perPage, items.length - count)),
    showOlder: () => {
      firstAdded.current = count;
      setCount(count + perPage);
    },
    list,
  };
}
