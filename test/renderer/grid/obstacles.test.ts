/**
 * Issue #11: the path's arrows and "+2" badges and the block names' pills are obstacles of the
 * label layout, so no name sits on them, and a block's name never covers a person's dot.
 */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, layoutLabels, parsePlace, type Box } from '../../../shared/labelLayout';
import { plotBox, plotScales } from '../../../shared/geometry';
import { newActor } from '../../../shared/model';
import { blockNameBox, blockNamePlace } from '../../../renderer/blocks/blockName';
import { pathObstacles } from '../../../renderer/grid/pathLayer';
import { NODE_RADIUS } from '../../../renderer/grid/shapes';

describe('obstacles in the label layout', () => {
  it('keeps a name off a fixed box: the right side is taken, so the name goes left', () => {
    const req = { id: 'a', x: 100, y: 100, width: 60, height: 16 };
    expect(layoutLabels([req], { gap: 14, nodeRadius: 12 }).get('a')).toBe('right');
    const badge: Box = { x0: 120, y0: 95, x1: 140, y1: 105 };
    const place = layoutLabels([req], { gap: 14, nodeRadius: 12, obstacles: [badge] }).get('a')!;
    expect(place).toBe('left');
    expect(boxesOverlap(labelBox(req, parsePlace(place).side, 14), badge)).toBe(false);
  });

  it('lets a name that fits nowhere else cover a fixed box rather than vanish', () => {
    const req = { id: 'a', x: 100, y: 100, width: 60, height: 16 };
    const everywhere: Box = { x0: 0, y0: 0, x1: 1000, y1: 1000 };
    expect(layoutLabels([req], { gap: 14, nodeRadius: 12, obstacles: [everywhere] }).get('a')).toBe('right');
  });

  it('adds no dot for a label without one (a block name), so a name may sit at its anchor', () => {
    const pill = { id: 'block:b', x: 130, y: 100, width: 10, height: 10, sides: ['right'] as const, dot: false };
    const out = layoutLabels([pill, { id: 'a', x: 100, y: 100, width: 20, height: 16 }], { gap: 14, nodeRadius: 12 });
    expect(out.get('a')).toBe('right');
  });
});

describe("the path's boxes", () => {
  const box = plotBox(1000, 700);
  const scales = plotScales(box);
  it("gives each step its arrow's head (at the target column's centre) and its badge above the middle of the arrow", () => {
    const a = newActor('m1', 'decision-maker', 'Ana', { seat: true, x: -0.2, y: 0.5 });
    const path = { steps: [{ id: 'm1', from: 2, to: 4 }], cost: 2, pAdopt: 0.92, reachable: true, exact: true };
    const [head, badge] = pathObstacles(path as never, [a], scales, 1);
    const y = scales.y(0.5);
    expect(head!.x1).toBeCloseTo(scales.x(0.8));
    expect(head!.x0).toBeCloseTo(scales.x(0.8) - 14);
    expect(head!.y0 < y && head!.y1 > y).toBe(true);
    // The badge sits over the middle of the arrow, above it.
    expect((badge!.x0 + badge!.x1) / 2).toBeCloseTo((scales.x(-0.2) + NODE_RADIUS + 3 + scales.x(0.8)) / 2);
    expect(badge!.y1).toBeLessThanOrEqual(y);
    expect(pathObstacles(null, [a], scales, 1)).toEqual([]);
  });
});

describe("a block's name", () => {
  const box = plotBox(1000, 700);
  const dotBox = ([x, y]: [number, number]) => ({ x0: x - NODE_RADIUS, y0: y - NODE_RADIUS, x1: x + NODE_RADIUS, y1: y + NODE_RADIUS });
  it('slides off a dot sitting where it would go above its top member', () => {
    const top: [number, number] = [500, 300];
    const bottom: [number, number] = [500, 400];
    const mayor: [number, number] = [500, 265];
    const place = blockNamePlace('Progressive caucus', top, bottom, box, 1, [top, bottom, mayor]);
    const pill = blockNameBox(place, 1);
    for (const d of [top, bottom, mayor]) expect(boxesOverlap(pill, dotBox(d))).toBe(false);
  });

  it('keeps off the path’s arrows and badges, and where every place covers something, covers no dot', () => {
    const top: [number, number] = [500, 300];
    const bottom: [number, number] = [500, 400];
    const free = blockNamePlace('Caucus', top, bottom, box, 1, [top, bottom]);
    const arrow = blockNameBox(free, 1);
    const moved = blockNamePlace('Caucus', top, bottom, box, 1, [top, bottom], [], [arrow]);
    expect(boxesOverlap(blockNameBox(moved, 1), arrow)).toBe(false);
    // Arrows everywhere: the name still shows, on no one's dot.
    const everywhere: Box = { x0: 0, y0: 0, x1: 2000, y1: 2000 };
    const crowded = blockNamePlace('Caucus', top, bottom, box, 1, [top, bottom], [], [everywhere]);
    for (const d of [top, bottom]) expect(boxesOverlap(blockNameBox(crowded, 1), dotBox(d))).toBe(false);
  });
});
