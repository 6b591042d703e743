/**
 * Dragging on the grid, with d3-drag: an actor (or the selection it belongs to), a block's hull
 * (all its members), or, with Alt or the link tool, a new influence link. The dragged nodes follow
 * the pointer in the drag preview's overlay (one update per animation frame, no re-render); the
 * store's draft changes only when an actor crosses into another column, so the vote projection
 * follows live. Releasing commits one operation, so every drag is one undo step; the overlay keeps
 * showing the drop until the grid has drawn it (dropHandoff).
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { useEffect } from 'react';
import { dropPoint, fromScreen } from '../../shared/geometry';
import { column, isPlaced, type PowerMap } from '../../shared/model';
import type { Move } from '../../shared/ops';
import { useApp } from '../store';
import { dragPreview, type DragPreview } from './dragPreview';
import { holdUntilDrawn, releaseHeld } from './dropHandoff';
import { frameThrottle } from './frameThrottle';
import { pointerOf, subjectAt, subjectOf, type Subject } from './gridHit';
import { clientToView, useGridView } from './viewStore';

interface MoveGesture {
  mode: 'move';
  ids: string[];
  /** The actor under the pointer follows it exactly, so it lands in the column under the pointer. */
  primary: string | null;
  /**
   * Screen offset from the pointer to the primary actor's dot when it was grabbed by its name or
   * beside its dot: the dot keeps its distance instead of jumping under the pointer (and lands in
   * the column under the dot).
   */
  grab: [number, number];
  starts: Map<string, { x: number; y: number }>;
  origin: { x: number; y: number };
  last: Move[];
  /** The columns of `last`, to update the projection's draft only when one changes. */
  columns: string;
  preview: DragPreview | null;
  moved: boolean;
  roster: DOMRect | null;
  /** A Shift-press joins the selection only once the pointer moves; a Shift-click toggles instead. */
  selectOnMove: string[] | null;
}

interface LinkGesture {
  mode: 'link';
  from: string;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const round = (v: number) => Math.round(v * 1e4) / 1e4;

function inside(r: DOMRect | null, x: number, y: number) {
  return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

const columnsOf = (points: { x: number | null }[]) => points.map((p) => (p.x === null ? '-' : column(p.x))).join();

function startMove(map: PowerMap, subject: Subject, shift: boolean, at: { x: number; y: number }, roster: DOMRect | null): MoveGesture | null {
  const { selection, select: setSelection } = useApp.getState();
  let ids: string[];
  let primary: string | null = null;
  let selectOnMove: string[] | null = null;
  if (subject.type === 'block') {
    ids = map.blocks.find((b) => b.id === subject.id)?.members ?? [];
    setSelection(ids);
  } else {
    primary = subject.id;
    if (selection.includes(subject.id)) ids = selection;
    else if (shift) selectOnMove = ids = [...selection, subject.id];
    else setSelection((ids = [subject.id]));
  }
  const starts = new Map<string, { x: number; y: number }>();
  for (const a of map.actors) if (ids.includes(a.id) && isPlaced(a)) starts.set(a.id, { x: a.x, y: a.y });
  if (starts.size === 0) return null;
  if (starts.size > 1) primary = null;
  const columns = columnsOf([...starts.values()]);
  return { mode: 'move', ids: [...starts.keys()], primary, grab: [0, 0], starts, origin: at, last: [], columns, preview: null, moved: false, roster, selectOnMove };
}

export function useGridDrag(
  /** The grid's stage: its hulls and its people are in separate layers (GridView). */
  stageRef: React.RefObject<HTMLElement | null>,
  overlayRef: React.RefObject<SVGGElement | null>,
  linkPreviewRef: React.RefObject<SVGLineElement | null>,
  onClickSubject: (subject: Subject, shift: boolean) => void,
) {
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const frame = frameThrottle<MoveGesture>((g) => {
      if (!g.preview) {
        const { map } = useApp.getState();
        const { scales, settledK } = useGridView.getState();
        const overlay = overlayRef.current;
        if (!map || !overlay) return;
        g.preview = dragPreview(stage, overlay, map, scales, settledK, g.ids);
      }
      g.preview.show(g.last);
      const columns = columnsOf(g.last);
      if (columns !== g.columns) {
        g.columns = columns;
        useApp.getState().setDraftMoves(g.last);
      }
    });
    let gesture: MoveGesture | LinkGesture | null = null;
    let subject: Subject | null = null;
    let shift = false;

    const viewPoint = (e: MouseEvent | TouchEvent) => {
      const p = pointerOf(e);
      return clientToView(p.clientX, p.clientY, false) ?? [0, 0];
    };

    const behaviour = drag<HTMLElement, unknown>()
      .filter((event: MouseEvent | TouchEvent) => !('button' in event && event.button) && !!subjectOf(event) && !(event as MouseEvent).ctrlKey)
      .on('start', (event) => {
        const src = event.sourceEvent as MouseEvent | TouchEvent;
        subject = subjectOf(src);
        shift = src.shiftKey;
        const map = useApp.getState().map;
        if (!subject || !map || useApp.getState().readOnly) return (gesture = null);
        const { scales, transform, linkTool } = useGridView.getState();
        if (subject.type === 'actor' && (src.altKey || linkTool)) {
          gesture = { mode: 'link', from: subject.id };
          return;
        }
        const [vx, vy] = viewPoint(src);
        const roster = document.querySelector('[data-roster-drop]')?.getBoundingClientRect() ?? null;
        const move = startMove(map, subject, shift, fromScreen(scales, transform, vx, vy), roster);
        // Taken by the name, or beside the dot: not by the dot itself.
        const besideDot = !(src.target instanceof Element && src.target.closest('[data-actor-id] .shape, [data-actor-id] .seat-ring'));
        const dot = move?.primary ? map.actors.find((a) => a.id === move.primary) : null;
        if (move && besideDot && dot && isPlaced(dot)) {
          move.grab = [scales.x(dot.x) * transform.k + transform.x - vx, scales.y(dot.y) * transform.k + transform.y - vy];
        }
        gesture = move;
      })
      .on('drag', (event) => {
        if (!gesture) return;
        const src = event.sourceEvent as MouseEvent | TouchEvent;
        const [vx, vy] = viewPoint(src);
        const { scales, transform } = useGridView.getState();
        if (gesture.mode === 'link') {
          const line = linkPreviewRef.current;
          const from = useApp.getState().map?.actors.find((a) => a.id === (gesture as LinkGesture).from);
          if (line && from && isPlaced(from)) {
            const [px, py] = [(vx - transform.x) / transform.k, (vy - transform.y) / transform.k];
            line.setAttribute('x1', String(scales.x(from.x)));
            line.setAttribute('y1', String(scales.y(from.y)));
            line.setAttribute('x2', String(px));
            line.setAttribute('y2', String(py));
            line.style.visibility = 'visible';
          }
          return;
        }
        const g = gesture;
        g.moved = true;
        if (g.selectOnMove) {
          useApp.getState().select(g.selectOnMove);
          g.selectOnMove = null;
        }
        const p = pointerOf(src);
        const overRoster = inside(g.roster, p.clientX, p.clientY);
        useGridView.getState().setOverRoster(overRoster);
        const at = fromScreen(scales, transform, vx, vy);
        const exact = g.primary ? dropPoint(scales, transform, vx + g.grab[0], vy + g.grab[1]) : null;
        g.last = g.ids.map((id) => {
          if (exact) return { id, ...exact };
          const s = g.starts.get(id)!;
          return { id, x: round(clamp(s.x + at.x - g.origin.x, -1, 1)), y: round(clamp(s.y + at.y - g.origin.y, 0, 1)) };
        });
        frame.push(g);
      })
      .on('end', (event) => {
        const g = gesture;
        gesture = null;
        frame.cancel();
        const src = event.sourceEvent as MouseEvent | TouchEvent;
        const { perform, setDraftMoves } = useApp.getState();
        if (g?.mode === 'move') setDraftMoves(null);
        if (g?.mode === 'link') {
          if (linkPreviewRef.current) linkPreviewRef.current.style.visibility = 'hidden';
          const p = pointerOf(src);
          const target = subjectAt(document.elementFromPoint(p.clientX, p.clientY), p.clientX, p.clientY);
          if (target?.type === 'actor' && target.id !== g.from) void addLink(g.from, target.id);
          else if (subject) onClickSubject(subject, shift);
          return;
        }
        if (!g || !g.moved) {
          g?.preview?.restore();
          if (subject) onClickSubject(subject, shift);
          return;
        }
        const p = pointerOf(src);
        useGridView.getState().setOverRoster(false);
        const before = useApp.getState().map;
        if (inside(g.roster, p.clientX, p.clientY)) {
          void perform({ type: 'actors.move', moves: g.ids.map((id) => ({ id, x: null, y: null })) });
          useApp.getState().select([]);
        } else void perform({ type: 'actors.move', moves: g.last });
        // The copies show the drop until the grid draws it; a move refused at once changed nothing to draw.
        if (useApp.getState().map !== before) holdUntilDrawn(g.preview, useApp.getState().map?.actors);
        else g.preview?.restore();
      });

    select(stage).call(behaviour);
    return () => {
      frame.cancel();
      releaseHeld();
      if (gesture?.mode === 'move') gesture.preview?.restore();
      select(stage).on('.drag', null);
    };
  }, [stageRef, overlayRef, linkPreviewRef, onClickSubject]);
}

/** Links run from influencer to decision-maker whichever way they were drawn. */
export async function addLink(a: string, b: string): Promise<boolean> {
  const { map, perform } = useApp.getState();
  const kind = (id: string) => map?.actors.find((x) => x.id === id)?.kind;
  const [from, to] = kind(a) === 'decision-maker' && kind(b) === 'influencer' ? [b, a] : [a, b];
  return perform({ type: 'link.add', link: { from, to, strength: 0.5 } });
}
