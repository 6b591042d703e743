/**
 * Where each person's name goes on the grid (shared/labelLayout), worked out in background tasks
 * of a dozen milliseconds each: ten thousand names never hold the page for a quarter of a second,
 * nor come between the slices of the people they name. Until a newer layout is done
 * the last one stays shown (ActorNodes draws each name around its node, wherever the node is now);
 * a newer input abandons the slices of an older one.
 */
import { useLayoutEffect, useState } from 'react';
import type { PlotScales } from '../../shared/geometry';
import { labelPlacer, type Box, type LabelPlace } from '../../shared/labelLayout';
import type { Actor } from '../../shared/model';
import { blockNameBox, type BlockNamePlace } from '../blocks/blockName';
import type { HullShape } from '../blocks/BlockHull';
import { LABEL_GAP, labelSize, NODE_CLEARANCE, shortLabel } from './shapes';
import { inSlices } from './slices';

type Placed = Actor & { x: number; y: number };

export interface LabelInput {
  placed: readonly Placed[];
  hulls: readonly HullShape[];
  blockNames: ReadonlyMap<string, BlockNamePlace>;
  pathBoxes: readonly Box[];
  scales: PlotScales;
  /** The plot's box, in plot pixels: names stay inside it. */
  box: { left: number; top: number; width: number; height: number };
  /** The settled zoom: names are laid out in screen pixels. */
  layoutK: number;
}

export type LabelPlaces = ReadonlyMap<string, LabelPlace | null>;

/** Names laid out per task, at most: each background task also keeps to inSlices' time budget (the first names a page places, their widths measured and the placer not yet compiled, take up to 0.15 ms each; later ones a tenth of that). */
const NAMES_PER_TASK = 1000;

const NONE: LabelPlaces = new Map();

/**
 * Block names' pills and the path's arrowheads and badges are obstacles; then seats, other
 * decision-makers and influencers, each in map order, take their places; a name that would cover a
 * name or a dot takes its short form ("Karen T.") or is left out.
 */
export function useLabelPlaces(input: LabelInput): { places: LabelPlaces; pending: boolean } {
  const [done, setDone] = useState<{ input: LabelInput | null; places: LabelPlaces }>({ input: null, places: NONE });
  useLayoutEffect(() => {
    const { placed, hulls, blockNames, pathBoxes, scales, box, layoutK } = input;
    const ranked: Placed[][] = [[], [], []];
    for (const a of placed) ranked[a.seat ? 0 : a.kind === 'decision-maker' ? 1 : 2]!.push(a);
    const order = ranked.flat();
    const at = (a: Placed) => ({ x: scales.x(a.x) * layoutK, y: scales.y(a.y) * layoutK });
    const placer = labelPlacer(order.map(at), {
      gap: LABEL_GAP,
      nodeRadius: NODE_CLEARANCE,
      bounds: { x0: box.left * layoutK, y0: box.top * layoutK, x1: (box.left + box.width) * layoutK, y1: (box.top + box.height) * layoutK },
      obstacles: [...hulls.map((h) => blockNameBox(blockNames.get(h.id)!, layoutK)), ...pathBoxes],
    });
    const places = new Map<string, LabelPlace | null>();
    return inSlices(
      order.length,
      NAMES_PER_TASK,
      (from, to, outOfTime) => {
        let i = from;
        while (i < to) {
          const a = order[i++]!;
          const { width, height } = labelSize(a.name);
          places.set(a.id, placer.place({ id: a.id, ...at(a), width, height, shortWidth: labelSize(shortLabel(a.name)).width }));
          if (outOfTime()) break;
        }
        return { reached: i };
      },
      () => setDone({ input, places }),
      // After the people: on a large map the names wait for the last of its nodes to be drawn; and
      // not in the render that asks for them (a thousand names take 20 to 60 ms to place).
      { start: 'task', priority: 'background' },
    );
  }, [input]);
  return { places: done.places, pending: done.input !== input };
}
