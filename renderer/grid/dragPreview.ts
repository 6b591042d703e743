/**
 * Moves dragged actors on screen without React, the way a bare D3 page would: each frame rewrites
 * only their nodes, the links that touch them and the hulls of their blocks, so nothing re-renders
 * while a thousand-actor map is dragged. On release the preview is undone and the committed move
 * draws the same positions through React, so the DOM never disagrees with React's last render.
 */
import type { PlotScales } from '../../shared/geometry';
import { isPlaced, type PowerMap } from '../../shared/model';
import type { Move } from '../../shared/ops';
import { hullGeometry, linkEnds, nodeTransform, type Point } from './shapes';

export interface DragPreview {
  show(moves: readonly Move[]): void;
  /** Puts every attribute the preview changed back as React left it. */
  restore(): void;
}

const byAttr = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

export function dragPreview(layer: SVGGElement, map: PowerMap, scales: PlotScales, k: number, ids: readonly string[]): DragPreview {
  const dragged = new Set(ids);
  const base = new Map<string, Point>();
  for (const a of map.actors) if (isPlaced(a)) base.set(a.id, [scales.x(a.x), scales.y(a.y)]);
  const moved = new Map<string, Point>();
  const at = (id: string) => moved.get(id) ?? base.get(id);

  const nodes = ids.flatMap((id) => {
    const el = layer.querySelector(byAttr('data-actor-id', id));
    return el ? [{ id, el }] : [];
  });
  const links = map.links.flatMap((l) => {
    if (!dragged.has(l.from) && !dragged.has(l.to)) return [];
    // A link too short to draw has no element; it appears on release.
    const el = layer.querySelector(`${byAttr('data-link-from', l.from)}${byAttr('data-link-to', l.to)}`);
    return el ? [{ link: l, el, lines: Array.from(el.querySelectorAll('line')) }] : [];
  });
  const hulls = map.blocks.flatMap((b) => {
    if (!b.members.some((m) => dragged.has(m))) return [];
    const el = layer.querySelector(byAttr('data-block-id', b.id));
    const path = el?.querySelector('.hull-shape');
    return el && path ? [{ block: b, path, label: el.querySelector(':scope > g') }] : [];
  });

  const saved = new Map<Element, Map<string, string | null>>();
  const set = (el: Element, name: string, value: string) => {
    let attrs = saved.get(el);
    if (!attrs) saved.set(el, (attrs = new Map()));
    if (!attrs.has(name)) attrs.set(name, el.getAttribute(name));
    el.setAttribute(name, value);
  };

  return {
    show(moves) {
      for (const m of moves) if (m.x !== null && m.y !== null) moved.set(m.id, [scales.x(m.x), scales.y(m.y)]);
      for (const { id, el } of nodes) set(el, 'transform', nodeTransform(at(id)!));
      for (const { link, el, lines } of links) {
        const ends = linkEnds(at(link.from)!, at(link.to)!, k);
        set(el, 'visibility', ends ? 'visible' : 'hidden');
        if (!ends) continue;
        for (const line of lines) for (const [name, v] of Object.entries(ends)) set(line, name, String(v));
      }
      for (const { block, path, label } of hulls) {
        const g = hullGeometry(block.members, at);
        if (!g) continue;
        set(path, 'd', g.path);
        if (label) set(label, 'transform', nodeTransform([g.labelX, g.labelY]));
      }
    },
    restore() {
      for (const [el, attrs] of saved) {
        for (const [name, v] of attrs) {
          if (v === null) el.removeAttribute(name);
          else el.setAttribute(name, v);
        }
      }
      saved.clear();
    },
  };
}
