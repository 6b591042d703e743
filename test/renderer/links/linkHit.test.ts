import { describe, expect, it } from 'vitest';
import { IDENTITY } from '../../../shared/geometry';
import { LINK_HIT_PX, linkAt } from '../../../renderer/links/linkHit';
import type { LinkShape } from '../../../renderer/links/linkPainter';

const link = (from: string, to: string, x1: number, y1: number, x2: number, y2: number): LinkShape => ({ from, to, x1, y1, x2, y2, strength: 0.5 });

describe('linkAt: the link a click on the grid picks', () => {
  const across = link('i1', 'm1', 100, 100, 300, 100);
  const down = link('i2', 'm2', 200, 0, 200, 300);

  it('picks the link within a few pixels of the point, and none farther away', () => {
    expect(linkAt([across], 150, 100 + LINK_HIT_PX - 1, IDENTITY, 1)).toBe(across);
    expect(linkAt([across], 150, 100 + LINK_HIT_PX + 1, IDENTITY, 1)).toBeNull();
  });

  it('picks the nearer of two links, and the one painted last where they cross', () => {
    expect(linkAt([across, down], 150, 103, IDENTITY, 1)).toBe(across);
    expect(linkAt([across, down], 197, 160, IDENTITY, 1)).toBe(down);
    expect(linkAt([across, down], 200, 100, IDENTITY, 1)).toBe(down);
    expect(linkAt([down, across], 200, 100, IDENTITY, 1)).toBe(across);
  });

  it('uses the link as drawn: shortened to the nodes\' edges, and not at all when too short to draw', () => {
    // The line starts 11 px out from the influencer's centre: a click on the node is not the link.
    expect(linkAt([across], 103, 100, IDENTITY, 1)).toBeNull();
    expect(linkAt([link('i3', 'm3', 0, 0, 10, 0)], 5, 0, IDENTITY, 1)).toBeNull();
  });

  it('follows the zoom: view pixels are mapped back to the plot, and the reach stays a few screen pixels', () => {
    const zoomed = { k: 2, x: -100, y: -50 };
    // The link's middle (200, 100) is at view (300, 150) at twice the size.
    expect(linkAt([across], 300, 150 + LINK_HIT_PX - 1, zoomed, 2)).toBe(across);
    expect(linkAt([across], 300, 150 + LINK_HIT_PX + 1, zoomed, 2)).toBeNull();
  });
});
