/** Calls `fn` with the latest value at most once per animation frame. */
export function frameThrottle<T>(fn: (value: T) => void) {
  let pending: { value: T } | null = null;
  let handle = 0;
  return {
    push(value: T) {
      pending = { value };
      if (!handle) {
        handle = requestAnimationFrame(() => {
          handle = 0;
          const p = pending;
          pending = null;
          if (p) fn(p.value);
        });
      }
    },
    cancel() {
      if (handle) cancelAnimationFrame(handle);
      handle = 0;
      pending = null;
    },
  };
}
