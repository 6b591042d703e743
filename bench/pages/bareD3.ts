/**
 * The bare-D3 reference page (DESIGN.md §9): the same 1,000 actors, 500 links and 20 hulls drawn
 * with d3-selection, dragged with d3-drag and zoomed with d3-zoom, no framework. Each drag move
 * rewrites only the dragged nodes, their links and their hulls: the practical limit for the grid.
 * Bundled by bench/grid.ts and injected into a blank page with the map's JSON text in
 * window.__MAP_TEXT__; clicking the page's "Open" button parses and draws it (as PowerMap draws a
 * map opened from "Your maps"), so both pages' open times run from a click to the painted frame.
 */
import { drag } from 'd3-drag';
import { polygonHull } from 'd3-polygon';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import type { PowerMap } from '../../shared/model';

function open(map: PowerMap) {
  const W = 1000;
  const H = 800;
  const sx = scaleLinear().domain([-1, 1]).range([40, W - 20]);
  const sy = scaleLinear().domain([0, 1]).range([H - 40, 40]);
  const pos = new Map(map.actors.map((a) => [a.id, { x: sx(a.x!), y: sy(a.y!) }]));
  const blockOf = new Map<string, string>();
  for (const b of map.blocks) for (const m of b.members) blockOf.set(m, b.id);

  const svg = select(document.body).append('svg').attr('width', W).attr('height', H);
  const layer = svg.append('g');
  ['#f6d5c4', '#fbe9dc', '#eeeeee', '#d9e8f5', '#c3dcf0'].forEach((c, i) =>
    layer.append('rect').attr('x', sx(-1 + i * 0.4)).attr('y', 40).attr('width', sx(-0.6) - sx(-1)).attr('height', H - 80).attr('fill', c),
  );
  const hullPath = (id: string) => {
    const pts = map.blocks.find((b) => b.id === id)!.members.map((m) => [pos.get(m)!.x, pos.get(m)!.y] as [number, number]);
    return `M${(polygonHull(pts) ?? pts).join('L')}Z`;
  };
  const hulls = layer
    .append('g')
    .selectAll<SVGPathElement, (typeof map.blocks)[number]>('path')
    .data(map.blocks)
    .join('path')
    .attr('data-block-id', (b) => b.id)
    .attr('d', (b) => hullPath(b.id))
    .attr('fill', '#009e73')
    .attr('stroke', '#009e73')
    .attr('stroke-width', 40)
    .attr('stroke-linejoin', 'round')
    .attr('opacity', 0.16);
  const links = layer
    .append('g')
    .selectAll('line')
    .data(map.links)
    .join('line')
    .attr('stroke', '#5b6575')
    .attr('x1', (l) => pos.get(l.from)!.x)
    .attr('y1', (l) => pos.get(l.from)!.y)
    .attr('x2', (l) => pos.get(l.to)!.x)
    .attr('y2', (l) => pos.get(l.to)!.y);
  const nodes = layer
    .append('g')
    .selectAll<SVGGElement, (typeof map.actors)[number]>('g')
    .data(map.actors)
    .join('g')
    .attr('data-actor-id', (a) => a.id)
    .attr('transform', (a) => `translate(${pos.get(a.id)!.x},${pos.get(a.id)!.y})`);
  nodes.append('circle').attr('r', 9).attr('fill', (a) => (a.kind === 'influencer' ? '#cc79a7' : '#1d3557')).attr('stroke', '#fff');
  nodes.append('text').attr('x', 14).attr('y', 4).attr('font-size', 13).text((a) => a.name);

  function redraw(ids: Set<string>) {
    nodes.filter((a) => ids.has(a.id)).attr('transform', (a) => `translate(${pos.get(a.id)!.x},${pos.get(a.id)!.y})`);
    links
      .filter((l) => ids.has(l.from) || ids.has(l.to))
      .attr('x1', (l) => pos.get(l.from)!.x)
      .attr('y1', (l) => pos.get(l.from)!.y)
      .attr('x2', (l) => pos.get(l.to)!.x)
      .attr('y2', (l) => pos.get(l.to)!.y);
    const touched = new Set([...ids].map((id) => blockOf.get(id)).filter(Boolean));
    hulls.filter((b) => touched.has(b.id)).attr('d', (b) => hullPath(b.id));
  }

  const move = (ids: string[]) => (event: { dx: number; dy: number }) => {
    for (const id of ids) {
      const p = pos.get(id)!;
      // d3-drag reports dx/dy in the dragged element's parent space, already un-zoomed.
      p.x += event.dx;
      p.y += event.dy;
    }
    redraw(new Set(ids));
  };
  nodes.call(drag<SVGGElement, (typeof map.actors)[number]>().on('drag', function (event, a) {
    move([a.id])(event);
  }));
  hulls.call(drag<SVGPathElement, (typeof map.blocks)[number]>().on('drag', function (event, b) {
    move(b.members)(event);
  }));
  svg.call(
    zoom<SVGSVGElement, unknown>().on('zoom', (event) => {
      layer.attr('transform', event.transform.toString());
    }),
  );
}

const page = window as unknown as { __MAP_TEXT__: string | null };
document.getElementById('open')!.addEventListener('click', (e) => {
  (e.currentTarget as HTMLElement).remove();
  const text = page.__MAP_TEXT__!;
  // Like PowerMap, the page keeps the map, not the text it came in.
  page.__MAP_TEXT__ = null;
  open(JSON.parse(text) as PowerMap);
});
