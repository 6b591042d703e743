/**
 * Shows a drag without touching what React drew. The dragged actors and the hulls of their blocks
 * are copied into the overlay (a separate <svg> above the grid and its people) and the originals
 * hidden; the links that touch them are drawn there too and left off the links' canvas
 * (hideLinks); each frame then rewrites only the overlay. The grid itself is neither re-rendered
 * nor repainted while a thousand-actor map is dragged. On release the copies stay until the grid
 * has drawn the drop (dropHandoff); then they go and the originals, in their new places, come back.
 */
import type { PlotScales } from '../../shared/geometry';
import { isPlaced, type PowerMap } from '../../shared/model';
import type { Move } from '../../shared/ops';
import { hideLinks } from '../links/LinkCanvas';
import { linkKey, linkWidth } from '../links/linkPainter';
import { useLinkSelection } from '../links/linkSelection';
import { nodeCentre } from './ActorNode';
import { hullGeometry, linkEnds, translateTo, type Point } from './shapes';

export interface DragPreview {
  show(moves: readonly Move[]): void;
  /** Removes the copies and shows the originals again. */
  restore(): void;
}

const byAttr = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

/** Copies are pictures: not focusable, not named, not found by the grid's selectors (data-preview-of names their original). */
const PICTURE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-pressed', 'data-actor-id', 'data-block-id'];

const SVG = 'http://www.w3.org/2000/svg';

export function dragPreview(grid: Element, overlay: SVGGElement, map: PowerMap, scales: PlotScales, k: number, ids: readonly string[]): DragPreview {
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
    const copy = lift(grid.querySelector(byAttr('data-block-id', block.id)), block.id);
    const path = copy?.querySelector('.hull-shape');
    return copy && path ? [{ block, path, label: copy.querySelector(':scope > g') }] : [];
  });
  // The links as the canvas draws them (LinkCanvas), arrowhead included.
  const picked = useLinkSelection.getState().link;
  const links = map.links.flatMap((link) => {
    if (!dragged.has(link.from) && !dragged.has(link.to)) return [];
    const copy = document.createElementNS(SVG, 'line');
    copy.setAttribute('class', picked?.from === link.from && picked.to === link.to ? 'link-copy selected' : 'link-copy');
    copy.setAttribute('marker-end', 'url(#drag-arrow)');
    copy.style.strokeWidth = String(linkWidth(link.strength));
    copy.dataset.previewOf = linkKey(link);
    overlay.append(copy);
    return [{ link, copy }];
  });
  // Left off the canvas a frame later: the canvas's repaint and upload (some 10 ms on the main
  // thread) then never lands in the frame that answers the press. For that one frame the links
  // show twice, a few pixels apart.
  const hiding = requestAnimationFrame(() => hideLinks(new Set(links.map(({ link }) => linkKey(link)))));
  const members = new Set(blocks.flatMap((b) => b.members));
  const nodes = [...new Set([...members, ...ids])].flatMap((id) => {
    const copy = lift(grid.querySelector(byAttr('data-actor-id', id)), id);
    if (!copy || !dragged.has(id)) return [];
    // A node's parts are drawn where the grid last put it: the copy is moved from there.
    return [{ id, copy, from: nodeCentre(copy) }];
  });

  return {
    show(moves) {
      for (const m of moves) if (m.x !== null && m.y !== null) moved.set(m.id, [scales.x(m.x), scales.y(m.y)]);
      for (const { id, copy, from } of nodes) {
        const [x, y] = at(id)!;
        copy.setAttribute('transform', `translate(${x - from[0]},${y - from[1]})`);
      }
      for (const { link, copy } of links) {
        const ends = linkEnds(at(link.from)!, at(link.to)!, k);
        copy.style.visibility = ends ? '' : 'hidden';
        if (ends) for (const [name, v] of Object.entries(ends)) copy.setAttribute(name, String(v));
      }
      for (const { block, path, label } of hulls) {
        const g = hullGeometry(block.members, at);
        if (!g) continue;
        path.setAttribute('d', g.path);
        label?.setAttribute('transform', translateTo([g.labelX, g.labelY]));
      }
    },
    restore() {
      cancelAnimationFrame(hiding);
      overlay.replaceChildren();
      hideLinks(null);
      for (const el of hidden.splice(0)) el.style.removeProperty('opacity');
    },
  };
}
