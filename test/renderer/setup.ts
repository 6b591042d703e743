// jsdom has no layout and no ResizeObserver; Chromium and Electron do. Components that measure
// themselves get one report of a fixed size, as a window of that size would give them.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = { width: 800, height: 600, x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 600 } as DOMRectReadOnly;
      this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
