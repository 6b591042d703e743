import { afterEach, describe, expect, it, vi } from 'vitest';
import { councilMap } from '../../../bench/pages/fixture';
import { frameThrottle } from '../../../renderer/grid/frameThrottle';
import { selectShownMap, useApp } from '../../../renderer/store';

afterEach(() => {
  useApp.setState({ map: null, draft: null, docId: null, selection: [] });
  vi.useRealTimers();
});

describe('live drag through the store', () => {
  it('shows a draft while dragging, leaves the map and its untouched actors alone', () => {
    const map = councilMap();
    useApp.setState({ map, docId: 'd', draft: null });
    useApp.getState().setDraftMoves([{ id: 'm0', x: -0.9, y: 0.1 }]);
    const shown = selectShownMap(useApp.getState())!;
    expect(shown.actors[0]).toMatchObject({ x: -0.9, y: 0.1 });
    expect(useApp.getState().map).toBe(map);
    // Untouched actors keep their identity, so memoized nodes skip re-rendering.
    expect(shown.actors.slice(1).every((a, i) => a === map.actors[i + 1])).toBe(true);
    useApp.getState().setDraftMoves(null);
    expect(selectShownMap(useApp.getState())).toBe(map);
  });

  it('sends at most one draft per animation frame, the latest one', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const seen: number[] = [];
    const throttle = frameThrottle<number>((v) => seen.push(v));
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(seen).toEqual([3]);
    throttle.push(4);
    throttle.cancel();
    expect(seen).toEqual([3]);
    vi.unstubAllGlobals();
  });
});
