import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnAtScreenX,
  dropPoint,
  fitTransform,
  fromScreen,
  hullPath,
  IDENTITY,
  labelBox,
  labelOffset,
  LABEL_SIDES,
  layoutLabels,
  parsePlace,
  plotBox,
  plotScales,
  toScreen,
  zoomAround,
  type LabelRequest,
  type LabelSide,
} from '../../../shared/geometry';
import { column } from '../../../shared/model';

const box = plotBox(1000, 700);
const s = plotScales(box);

describe('grid geometry', () => {
  it('maps the corners of the map to the corners of the plot at zoom 1', () => {
    expect(toScreen(s, IDENTITY, -1, 1)).toEqual([box.left, box.top]);
    expect(toScreen(s, IDENTITY, 1, 0)).toEqual([box.left + box.width, box.top + box.height]);
  });

  it('round-trips pixel ↔ x/y under any zoom within a rounding step', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 8, noNaN: true }), fc.integer({ min: -500, max: 500 }), (x, y, k, pan) => {
        const t = { k, x: pan, y: -pan / 2 };
        const [sx, sy] = toScreen(s, t, x, y);
        const back = fromScreen(s, t, sx, sy);
        expect(Math.abs(back.x - x)).toBeLessThanOrEqual(6e-5);
        expect(Math.abs(back.y - y)).toBeLessThanOrEqual(6e-5);
      }),
    );
  });

  it('clamps points outside the plot onto its edge', () => {
    expect(fromScreen(s, IDENTITY, -50, -50)).toEqual({ x: -1, y: 1 });
    expect(fromScreen(s, IDENTITY, 5000, 5000)).toEqual({ x: 1, y: 0 });
  });

  it('drops on a column boundary into the column drawn under the pointer, at every zoom', () => {
    for (const t of [IDENTITY, { k: 2.5, x: -300, y: -100 }, { k: 0.7, x: 40, y: 10 }]) {
      for (const b of [-0.6, -0.2, 0.2, 0.6]) {
        const [sx] = toScreen(s, t, b, 0.5);
        const right = dropPoint(s, t, sx, 300);
        expect(column(right.x)).toBe(columnAtScreenX(s, t, sx));
        expect(column(right.x)).toBe(column(b + 0.01));
        const left = dropPoint(s, t, sx - 0.5, 300);
        expect(column(left.x)).toBe(column(b - 0.01));
      }
    }
  });

  it('zooms around a point that stays put, within the zoom limits', () => {
    const t = zoomAround(IDENTITY, 2, [400, 300]);
    expect(t.k).toBe(2);
    expect([400 * t.k + t.x, 300 * t.k + t.y]).toEqual([400, 300]);
    expect(zoomAround(IDENTITY, 100, [0, 0]).k).toBe(8);
    expect(zoomAround(IDENTITY, 0.01, [0, 0]).k).toBe(0.5);
  });

  it('fits all points inside the plot and never zooms in past 1', () => {
    const pts = [{ x: -0.9, y: 0.1 }, { x: 0.9, y: 0.95 }];
    const t = fitTransform(s, box, pts);
    for (const p of pts) {
      const [sx, sy] = toScreen(s, t, p.x, p.y);
      expect(sx).toBeGreaterThanOrEqual(box.left);
      expect(sx).toBeLessThanOrEqual(box.left + box.width);
      expect(sy).toBeGreaterThanOrEqual(box.top);
      expect(sy).toBeLessThanOrEqual(box.top + box.height);
    }
    expect(fitTransform(s, box, [{ x: 0, y: 0.5 }]).k).toBe(1);
    expect(fitTransform(s, box, [])).toEqual(IDENTITY);
  });

  it('draws a hull for one, two and many members', () => {
    expect(hullPath([])).toBeNull();
    expect(hullPath([[1, 2]])).toMatch(/^M1,2/);
    expect(hullPath([[0, 0], [10, 0]])).toBe('M0,0L10,0Z');
    const many = hullPath([[0, 0], [10, 0], [5, 5], [5, 10], [0, 10]])!;
    expect(many.split('L')).toHaveLength(4); // the inner point (5,5) is not on the hull
  });

  it('places labels without overlaps and hides the ones that cannot fit', () => {
    const req = (id: string, x: number, y: number) => ({ id, x, y, width: 60, height: 16 });
    // a's label would cover b's node, so it goes to the left; b and c keep the right.
    const out = layoutLabels([req('a', 100, 100), req('b', 140, 100), req('c', 300, 100)], { gap: 14, nodeRadius: 12 });
    expect(out.get('a')).toBe('left');
    expect(out.get('b')).toBe('right');
    expect(out.get('c')).toBe('right');
    const crowded = Array.from({ length: 30 }, (_, i) => req(`n${i}`, 200 + (i % 3), 200));
    const placed = layoutLabels(crowded, { gap: 14, nodeRadius: 12 });
    // Eight sides next to the node and eight farther out: the rest are hidden.
    expect([...placed.values()].filter(Boolean).length).toBeLessThanOrEqual(16);
    expect([...placed.values()].filter((p) => p === null).length).toBeGreaterThanOrEqual(14);
    const bounded = layoutLabels([req('edge', 990, 50)], { gap: 14, nodeRadius: 12, bounds: { x0: 0, y0: 0, x1: 1000, y1: 700 } });
    expect(bounded.get('edge')).toBe('left');
  });
});

describe('label layout keeps names off names and dots', () => {
  const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  it('an influencer close to two members takes a side that covers neither name nor dot, and a corner when the sides are taken', () => {
    const req = (id: string, x: number, y: number, width: number) => ({ id, x, y, width, height: 19 });
    const reqs = [req('ana', 300, 200, 80), req('bob', 300, 240, 90), req('inf', 330, 215, 140), req('cara', 200, 215, 70)];
    const out = layoutLabels(reqs, { gap: 17, nodeRadius: 15 });
    const boxes = reqs.flatMap((r) => {
      const place = out.get(r.id);
      return place ? [{ id: r.id, b: labelBox(r, parsePlace(place).side, 17) }] : [];
    });
    expect(boxes.length).toBe(4);
    for (const a of boxes) {
      for (const b of boxes) if (a !== b) expect(overlap(a.b, b.b)).toBe(false);
      for (const r of reqs) expect(overlap(a.b, { x0: r.x - 15, y0: r.y - 15, x1: r.x + 15, y1: r.y + 15 })).toBe(false);
    }
  });

  it('falls back to the short form of a name when the full one fits nowhere', () => {
    // Two nodes 40 px apart with a wall of neighbours: a 300 px name has no room, a 40 px one has.
    const reqs = [{ id: 'a', x: 100, y: 100, width: 60, height: 19 }, { id: 'long', x: 100, y: 140, width: 300, height: 19, shortWidth: 40 }];
    const out = layoutLabels(reqs, { gap: 17, nodeRadius: 15, bounds: { x0: 0, y0: 0, x1: 230, y1: 400 } });
    expect(out.get('a')).toBe('right');
    expect(out.get('long')).toBe('right/short');
  });

  it('draws each label in the box that was checked (labelOffset relative to the node)', () => {
    const r = { id: 'a', x: 100, y: 50, width: 60, height: 19 };
    for (const side of LABEL_SIDES) {
      const o = labelOffset(side, 60, 19, 17);
      expect(labelBox(r, side, 17)).toEqual({ x0: 100 + o.x0, y0: 50 + o.y0, x1: 100 + o.x1, y1: 50 + o.y1 });
      expect(o.x1 - o.x0).toBe(60);
      // Never over its own dot.
      expect(overlap(o, { x0: -15, y0: -15, x1: 15, y1: 15 })).toBe(false);
    }
  });
});
