/**
 * How many rows of a long list to render now: the first `chunk` at once, then one more chunk per
 * task, as an interruptible transition. A body of 1,000 members would otherwise mount its whole
 * whip count in one task of several hundred milliseconds; this way no task holds the page.
 */
import { startTransition, useEffect, useState } from 'react';

export function useProgressive(total: number, chunk = 25): number {
  const [shown, setShown] = useState(() => Math.min(total, chunk));
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => startTransition(() => setShown((s) => s + chunk)), 0);
    return () => clearTimeout(timer);
  }, [shown, total, chunk]);
  return Math.min(shown, total);
}
