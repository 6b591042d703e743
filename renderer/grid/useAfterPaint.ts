import { startTransition, useEffect, useState } from 'react';
import { afterNextFrame, type SlicePriority } from './slices';

/**
 * `value` as it was when the last frame was painted: a change shows here only once the frame that
 * answers the gesture (a press, a drop) is on screen, and then in a transition React can
 * interrupt. For panels beside the grid, like the editor, whose update is heavier than the
 * gesture's own (useDeferredValue alone would often render and commit it before that frame).
 * `first`: what to show until the first frame is painted, when `value` can wait even then.
 * `priority` 'background': the change waits, too, until a large map's people are all drawn.
 */
export function useAfterPaint<T>(value: T, first: T = value, priority: SlicePriority = 'user-visible'): T {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    if (typeof requestAnimationFrame !== 'function') return setShown(() => value);
    return afterNextFrame(() => startTransition(() => setShown(() => value)), priority);
  }, [value, shown, priority]);
  return shown;
}
