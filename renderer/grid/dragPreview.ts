/**
 * Shows a drag without touching what React drew. The dragged actors, the links that touch them and
 * the hulls of their blocks are copied into the overlay (a separate, composited <svg> above the
 * grid) and the originals hidden; each frame then rewrites only those copies. The grid itself is
 * neither re-rendered nor repainted while a thousand-actor map is dragged. On release the copies
 * go and the originals come back, and the committed move redraws them through React in the same
 * task, so nothing flickers and the DOM never disagrees with React's last render.
 */
import type { PlotScales } from '../../shared/geometry';
import { isPlaced, type PowerMap } from '../../shared/model';
import type { Move } from '../../shared/ops';
import { hullGeometry, linkEnds, nodeTransform, type Point } from './shapes';

export interface DragPreview {
  show(moves: readonly Move[]): void;
  /** Removes the copies and shows the originals again. */
  restore(): void;
}

const byAttr = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

/** Copies are pictures: not focusable, not named, not found by the grid's selectors (data-preview-of names their original). */
const PICTURE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-pressed', 'data-actor-id', 'data-block-id', 'data-link-from', 'data-link-to'];

export function dragPreview(layer: SVGGElement, overlay: SVGGElement, map: PowerMap, scales: PlotScales, k: number, ids: readonly string[]): DragPreview {
  const dragged = new Set(ids);
  const base = new Map<string, Point>();
  for (const a of map.actors) if (isPlaced(a)) base.set(a.id, [scales.x(a.x), scales.y(a.y)]);
  const moved = new Map<string, Point>();
  const at = (id: string) => moved.get(id) ?? base.get(id);

  const hidden: SVGElement[] = [];
  const lift = (el: Element | null, of: string): SVGElement | null => {
    if (!(el instanceof SVGElement)) return null;
    const copy = el.cloneNode(true) as SVGElement;
    for (const node of [copy, ...copy.querySelectorAll('*')]) for (const name of PICTURE_ONLY) node.removeAttribute(name);
    copy.dataset.previewOf = of;
    el.style.opacity = '0';
    hidden.push(el);
    overlay.append(copy);
    return copy;
  };

  // Painted in the grid's order: hulls, links, then actors (a block's other members stay above its hull).
  const blocks = map.blocks.filter((b) => b.members.some((m) => dragged.has(m)));
  const hulls = blocks.flatMap((block) => {
    const copy = lift(layer.querySelector(byAttr('data-block-id', block.id)), block.id);
    const path = copy?.querySelector('.hull-shape');
    return copy && path ? [{ block, path, label: copy.querySelector(':scope > g') }] : [];
  });
  // A link too short to draw has no element; it appears on release.
  const links = map.links.flatMap((link) => {
    if (!dragged.has(link.from) && !dragged.has(link.to)) return [];
    const copy = lift(layer.querySelector(`${byAttr('data-link-from', link.from)}${byAttr('data-link-to', link.to)}`), `${link.from}>${link.to}`);
    return copy ? [{ link, copy, lines: Array.from(copy.querySelectorAll('line')) }] : [];
  });
  const members = new Set(blocks.flatMap((b) => b.members));
  const nodes = [...new Set([...members, ...ids])].flatMap((id) => {
    const copy = lift(layer.querySelector(byAttr('data-actor-id', id)), id);
    return copy && dragged.has(id) ? [{ id, copy }] : [];
  });

  return {
    show(moves) {
      for (const m of moves) if (m.x !== null && m.y !== null) moved.set(m.id, [scales.x(m.x), scales.y(m.y)]);
      for (const { id, copy } of nodes) copy.setAttribute('transform', nodeTransform(at(id)!));
      for (const { link, copy, lines } of links) {
        const ends = linkEnds(at(link.from)!, at(link.to)!, k);
        copy.style.visibility = ends ? '' : 'hidden';
        if (ends) for (const line of lines) for (const [name, v] of Object.entries(ends)) line.setAttribute(name, String(v));
      }
      for (const { block, path, label } of hulls) {
        const g = hullGeometry(block.members, at);
        if (!g) continue;
        path.setAttribute('d', g.path);
        label?.setAttribute('transform', nodeTransform([g.labelX, g.labelY]));
      }
    },
    restore() {
      overlay.replaceChildren();
      for (const el of hidden.splice(0)) el.style.removeProperty('opacity');
    },
  };
}
