/**
 * The power-map grid: the screen a committee watches on the projector. React draws the committed
 * map; D3 supplies scales (shared/geometry), zoom (useGridZoom) and drag (useGridDrag). Between
 * commits nothing here re-renders: a drag is shown in the overlay (dragPreview) and a zoom gesture
 * moves the grid and its people as pictures (useZoomLayers).
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { fitTransform, IDENTITY, zoomAround, type PlotScales } from '../../shared/geometry';
import type { Box } from '../../shared/labelLayout';
import { isPlaced, type Actor, type Block } from '../../shared/model';
import { PALETTE } from '../../shared/palette';
import { useMenuEvent } from '../desktop/useMenuEvent';
import { useT } from '../i18n/useT';
import { useApp } from '../store';
import { ActorNodes, NODES_PER_TASK } from './ActorNode';
import { GridTools } from './GridTools';
import { subjectAt } from './gridHit';
import { hullGeometry, type Point } from './shapes';
import { useGridKeys } from './useGridKeys';
import { Axes, ColumnLines, ColumnShading } from './layers';
import { BlockHull, type HullShape } from '../blocks/BlockHull';
import { blockNamePlaces, type BlockNamePlace } from '../blocks/blockName';
import { usePathView } from '../projection/pathStore';
import { selectBlock } from '../blocks/blockSelection';
import { useLinkSelection } from '../links/linkSelection';
import { LinkToolHint } from '../links/LinkToolHint';
import { LinkCanvas } from '../links/LinkCanvas';
import type { LinkShape } from '../links/linkPainter';
import { linkAt } from '../links/linkHit';
import { useGridCursor } from './useGridCursor';
import { PathLayer, pathObstacles } from './pathLayer';
import { useAfterPaint } from './useAfterPaint';
import { useLabelPlaces, type LabelInput } from './useLabelPlaces';
import { ShiftLayer } from '../history/ShiftLayer';
import { releaseHeld } from './dropHandoff';
import { useGridDrag } from './useGridDrag';
import { useGridZoom } from './useGridZoom';
import { useZoomLayers } from './useZoomLayers';
import { useRubberBand } from './useRubberBand';
import { clientToView, useGridView } from './viewStore';
import './grid.css';

type Placed = Actor & { x: number; y: number };

const NOTHING_DRAWN = { actors: undefined, blocks: undefined, links: undefined };
const NOTHING_LAID_OUT = { placed: [] as Placed[], hulls: [] as HullShape[], blockNames: new Map<string, BlockNamePlace>(), pathBoxes: [] as Box[] };

/** Hulls of the blocks whose members are on the grid, in plot coordinates. */
function hullShapes(blocks: Block[], byId: Map<string, Placed>, scales: PlotScales): HullShape[] {
  const at = (id: string): Point | undefined => {
    const a = byId.get(id);
    return a && [scales.x(a.x), scales.y(a.y)];
  };
  return blocks.flatMap((b) => {
    const g = hullGeometry(b.members, at);
    if (!g) return [];
    const bottom = b.members.reduce<Point | undefined>((low, id) => {
      const p = at(id);
      return p && (!low || p[1] > low[1]) ? p : low;
    }, undefined)!;
    return [{ id: b.id, name: b.name, members: b.members, bottom, ...g }];
  });
}

export function GridView() {
  const t = useT();
  // The parts of the map the grid draws, not the map: the host's acknowledgement of a save (a new
  // updatedAt) re-renders nothing here. Nor the selection: the nodes (ActorNodes) and hulls follow
  // it themselves, so a press re-renders none of this.
  const committedActors = useApp((s) => s.map?.actors);
  const committedBlocks = useApp((s) => s.map?.blocks);
  const committedLinks = useApp((s) => s.map?.links);
  // The grid draws a change once the frame that answers it is painted: a drop is already on
  // screen in the drag overlay (dropHandoff), and the release frame is not held by this render.
  const committed = useMemo(() => ({ actors: committedActors, blocks: committedBlocks, links: committedLinks }), [committedActors, committedBlocks, committedLinks]);
  // A large map's first frame shows the screen around the grid, and the grid follows in a
  // transition: rendered in one task with the rest of the screen, it held the page 130 ms. So does
  // the first map a window opens (the grid not yet measured): its code not yet compiled, the screen
  // and a thousand-actor grid took 93 to 201 ms in one task.
  const measured = useGridView((s) => s.measured);
  const drawn = useAfterPaint(committed, (committedActors?.length ?? 0) > NODES_PER_TASK || !measured ? NOTHING_DRAWN : committed);
  const { actors, blocks, links: mapLinks } = drawn;
  const select = useApp((s) => s.select);
  const box = useGridView((s) => s.box);
  const scales = useGridView((s) => s.scales);
  const layoutK = useGridView((s) => s.settledK);
  const setSize = useGridView((s) => s.setSize);
  const setStage = useGridView((s) => s.setStage);
  const size = useGridView((s) => s.size);
  const selectedLink = useLinkSelection((s) => s.link);
  const setSelectedLink = useLinkSelection((s) => s.setLink);
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const peopleRef = useRef<SVGSVGElement>(null);
  const peopleLayerRef = useRef<SVGGElement>(null);
  const hullsRef = useRef<SVGGElement>(null);
  const shadingRef = useRef<SVGGElement>(null);
  const overlayRef = useRef<SVGGElement>(null);
  const linkPreviewRef = useRef<SVGLineElement>(null);
  const bandRef = useRef<SVGRectElement>(null);

  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    // Measured now, before the first paint, so the nodes are drawn once at their place rather than
    // at a guessed size and again when the ResizeObserver reports (a thousand nodes drawn twice).
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) setSize(r.width, r.height);
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      setSize(width, height);
    });
    ro.observe(el);
    setStage(el);
    return () => {
      ro.disconnect();
      setStage(null);
    };
  }, [setSize, setStage]);

  const zoomTo = useGridZoom(containerRef);
  useZoomLayers({
    pictures: [
      { svg: svgRef, drawn: layerRef },
      { svg: peopleRef, drawn: peopleLayerRef },
    ],
    followers: [shadingRef, overlayRef],
    pillLayers: [hullsRef, overlayRef],
  });

  const onClickSubject = useCallback((subject: { type: 'actor' | 'block'; id: string }, shift: boolean) => {
    setSelectedLink(null);
    const { selection, map } = useApp.getState();
    if (subject.type === 'block') return selectBlock(map?.blocks.find((b) => b.id === subject.id) ? subject.id : null);
    if (shift) select(selection.includes(subject.id) ? selection.filter((id) => id !== subject.id) : [...selection, subject.id]);
    else select([subject.id]);
  }, [select]);
  useGridDrag(containerRef, overlayRef, linkPreviewRef, onClickSubject);
  const onBandPointerDown = useRubberBand(bandRef);

  // The grid draws the committed map; a drag moves its nodes directly (dragPreview) until release.
  // Nothing is drawn before the grid knows its size (only the first time a map is opened in this
  // window: it is measured before that render is painted).
  const placed = useMemo(() => (measured ? (actors ?? []).filter(isPlaced) : []), [actors, measured]);
  const byId = useMemo(() => new Map(placed.map((a) => [a.id, a])), [placed]);
  const hulls = useMemo(() => hullShapes(blocks ?? [], byId, scales), [blocks, byId, scales]);
  // The path's arrows and badges keep block names and people's names off them.
  const path = usePathView((s) => s.shown);
  const pathBoxes = useMemo(() => pathObstacles(path, placed, scales, layoutK), [path, placed, scales, layoutK]);
  const blockNames = useMemo(
    () => blockNamePlaces(hulls, box, layoutK, placed.map((a): Point => [scales.x(a.x), scales.y(a.y)]), pathBoxes),
    [hulls, box, layoutK, placed, scales, pathBoxes],
  );
  // People's names are laid out once the frame that shows a change is painted (useAfterPaint): a
  // drop paints the moved actor, its links and hulls at once, and the thousand-name layout follows
  // instead of holding that frame. Each name is drawn around its node, so it moves with it.
  // Opening a map, the first frame shows every actor and block, and the names follow it (on a
  // large map, once the last of its people are drawn: the layout is background work).
  const toLayOut = useMemo(() => ({ placed, hulls, blockNames, pathBoxes }), [placed, hulls, blockNames, pathBoxes]);
  const laidOut = useAfterPaint(toLayOut, NOTHING_LAID_OUT, 'background');

  // Label placement follows the settled zoom, so a zoom gesture never re-lays out a thousand
  // labels per frame, and not the selection, so a press never does either. The name of the one
  // actor selected is shown even where the layout left it out (ActorNodes).
  const labelInput = useMemo<LabelInput>(() => ({ ...laidOut, scales, box, layoutK }), [laidOut, scales, box, layoutK]);
  const { places: labels, pending: laying } = useLabelPlaces(labelInput);
  // Busy (for assistive technology, and tests) until the grid shows the map and its names as they are.
  const catchingUp = drawn !== committed || laidOut !== toLayOut || laying;

  const links = useMemo<LinkShape[]>(() => {
    const out: LinkShape[] = [];
    for (const l of mapLinks ?? []) {
      const a = byId.get(l.from);
      const b = byId.get(l.to);
      if (a && b) out.push({ from: l.from, to: l.to, x1: scales.x(a.x), y1: scales.y(a.y), x2: scales.x(b.x), y2: scales.y(b.y), strength: l.strength });
    }
    return out;
  }, [mapLinks, byId, scales]);

  useGridCursor(svgRef, links, layoutK);

  const fitAll = useCallback(() => zoomTo(fitTransform(scales, box, placed)), [zoomTo, scales, box, placed]);
  const zoomBy = useCallback(
    (factor: number) => zoomTo(zoomAround(useGridView.getState().transform, factor, [size.width / 2, size.height / 2])),
    [zoomTo, size],
  );
  const resetZoom = useCallback(() => zoomTo(IDENTITY), [zoomTo]);
  useMenuEvent({ 'view.zoomIn': () => zoomBy(1.4), 'view.zoomOut': () => zoomBy(1 / 1.4), 'view.zoomFit': fitAll });
  const onKeyDown = useGridKeys({ selectedLink, clearLink: () => setSelectedLink(null), resetZoom });

  // Links are painted on a canvas beneath: a click that is on no actor picks the link drawn there
  // (a click, not the end of a pan or a rubber band: pressed where it was released).
  const pressedAt = useRef<[number, number]>([NaN, NaN]);
  const onLinkClick = (e: React.MouseEvent) => {
    if (subjectAt(e.target, e.clientX, e.clientY)?.type === 'actor') return;
    if (Math.hypot(e.clientX - pressedAt.current[0], e.clientY - pressedAt.current[1]) > 4) return;
    const at = clientToView(e.clientX, e.clientY);
    const { transform } = useGridView.getState();
    const link = at && linkAt(links, at[0], at[1], transform, layoutK);
    if (!link) return;
    setSelectedLink({ from: link.from, to: link.to });
    select([]);
  };
  const onFocusActor = useCallback((id: string) => {
    if (!useApp.getState().selection.includes(id)) select([id]);
  }, [select]);

  // A draw of older nodes may finish its last slices after a newer render: only the newest counts.
  const onNodesDrawn = useCallback(
    (drawnPlaced: Placed[]) => {
      if (drawnPlaced === placed) releaseHeld(actors, useApp.getState().map?.actors);
    },
    [placed, actors],
  );
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  return (
    <div className="grid-view" onKeyDown={onKeyDown}>
      <GridTools onZoomIn={() => zoomBy(1.4)} onZoomOut={() => zoomBy(1 / 1.4)} onFit={fitAll} onReset={resetZoom} />
      <LinkToolHint />
      <div className="grid-stage" ref={containerRef} role="group" aria-label={t('grid.a11y.grid')} aria-busy={catchingUp}>
        {/* Beneath the grid: the column shading, then the links (LinkCanvas, below); hulls, people and headings above. */}
        <svg className="grid-back" width={size.width} height={size.height} aria-hidden="true">
          <g ref={shadingRef}>
            <ColumnShading scales={scales} box={box} />
          </g>
        </svg>
        <svg
          ref={svgRef}
          className="grid-svg"
          width={size.width}
          height={size.height}
          tabIndex={-1}
          onPointerDown={(e) => {
            pressedAt.current = [e.clientX, e.clientY];
            const subject = subjectAt(e.target, e.clientX, e.clientY);
            // Keep keyboard focus on the grid (Delete for a clicked link, arrows after a click).
            if (subject?.type !== 'actor') svgRef.current?.focus({ preventScroll: true });
            if (!subject && !e.shiftKey) {
              setSelectedLink(null);
              if (useApp.getState().selection.length) select([]);
            }
            onBandPointerDown(e);
          }}
          onClick={onLinkClick}
        >
          <g ref={layerRef} className="zoom-layer">
            <ColumnLines scales={scales} box={box} />
            <g className="hulls" ref={hullsRef}>
              {hulls.map((h) => (
                <BlockHull key={h.id} hull={h} name={blockNames.get(h.id)!} label={t('blocks.a11y', { name: h.name, count: h.members.length })} />
              ))}
            </g>
            <PathLayer scales={scales} />
            <ShiftLayer scales={scales} />
            <line ref={linkPreviewRef} className="link-preview" style={{ visibility: 'hidden' }} />
          </g>
        </svg>
        {/* The people, over the grid: a picture that a zoom gesture moves whole (useZoomLayers). Drawn: the overlay's copies of a drop give way to the nodes. */}
        <svg ref={peopleRef} className="grid-people" width={size.width} height={size.height}>
          <g ref={peopleLayerRef}>
            <ActorNodes placed={placed} scales={scales} layoutK={layoutK} labels={labels} t={t} onFocusActor={onFocusActor} onDrawn={onNodesDrawn} />
          </g>
        </svg>
        {/* In screen coordinates over the grid: headings, axis titles, the rubber band. */}
        <svg className="grid-front" width={size.width} height={size.height} aria-hidden="true">
          <Axes width={size.width} height={size.height} t={t} />
          <rect ref={bandRef} className="rubber-band" style={{ visibility: 'hidden' }} />
        </svg>
        {/* After the grid in reading order (its list of links follows the people), beneath it on screen (grid.css). */}
        <LinkCanvas links={links} layoutK={layoutK} selected={selectedLink} nameOf={nameOf} t={t} width={size.width} height={size.height} />
        <svg className="drag-overlay" width={size.width} height={size.height} aria-hidden="true">
          <defs>
            <marker id="drag-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth={10 / layoutK} markerHeight={10 / layoutK} orient="auto">
              <path d="M0,0L10,5L0,10z" fill={PALETTE.link} />
            </marker>
          </defs>
          <g ref={overlayRef} />
        </svg>
        {measured && drawn === committed && placed.length === 0 && <p className="grid-empty">{t('grid.emptyHint')}</p>}
      </div>
    </div>
  );
}
