/**
 * How the grid follows a zoom or pan. Shapes and labels keep their readable size through the
 * settled zoom (actors in their parts' coordinates and sizes, block names through --inv-k); during
 * a wheel or pinch gesture the grid scales like a picture, and when the gesture ends they return to
 * their size and the labels are laid out again.
 *
 * The grid (columns, hulls, the path) and the people are `pictures`: each an SVG of its own and a
 * compositor layer (grid.css), which a gesture moves with a CSS transform, relative to the view
 * its layer (`drawn`) was drawn at, so the compositor scales the bitmap it already has. Moving the
 * layers themselves on every frame made the browser lay out, pre-paint and paint every person again
 * (60 ms a frame at ten thousand) and re-raster every hull; with the slices that follow a settled
 * zoom, frames of 100 to 280 ms. Once the gesture ends (settledAt), the layers are given the new
 * view and drawn sharp. The `followers` (the column shading, the drag overlay) hold a few elements
 * and follow every frame exactly.
 *
 * --inv-k is set on the layers that hold block names (`pillLayers`) and nowhere above them: a
 * custom property restyles every element under the one it is set on, and set on the stage, each
 * settled zoom of ten thousand people restyled them all in one frame (190 ms).
 */
import { useLayoutEffect } from 'react';
import type { ViewTransform } from '../../shared/geometry';
import { useGridView } from './viewStore';

type Ref<T> = React.RefObject<T | null>;

/** An SVG of its own (a compositor layer, grid.css) and the layer inside it that is drawn at a view. */
export interface Picture {
  svg: Ref<SVGSVGElement>;
  drawn: Ref<SVGGElement>;
}

const attribute = ({ k, x, y }: ViewTransform) => `translate(${x},${y}) scale(${k})`;

/** The CSS transform that shows a picture drawn at the view `at` as it would be drawn at `t` (transform-origin 0 0). */
export function pictureTransform(t: ViewTransform, at: ViewTransform): string {
  const k = t.k / at.k;
  return `translate(${t.x - at.x * k}px, ${t.y - at.y * k}px) scale(${k})`;
}

export function useZoomLayers({ pictures, followers, pillLayers }: { pictures: readonly Picture[]; followers: readonly Ref<SVGGElement>[]; pillLayers: readonly Ref<SVGGElement>[] }) {
  useLayoutEffect(() => {
    const { transform, settledK } = useGridView.getState();
    /** The view the pictures are drawn at. */
    let at = transform;
    const draw = (t: ViewTransform) => {
      for (const { svg, drawn } of pictures) {
        drawn.current?.setAttribute('transform', attribute(t));
        svg.current?.style.removeProperty('transform');
      }
      at = t;
    };
    const move = (t: ViewTransform) => {
      for (const ref of followers) ref.current?.setAttribute('transform', attribute(t));
      if (t === at) return;
      const css = pictureTransform(t, at);
      for (const { svg } of pictures) svg.current?.style.setProperty('transform', css);
    };
    const resize = (settledK: number) => {
      for (const ref of pillLayers) ref.current?.style.setProperty('--inv-k', String(1 / settledK));
    };
    // A grid mounted mid-gesture draws the view as it is; the gesture's end draws it again.
    draw(transform);
    move(transform);
    resize(settledK);
    return useGridView.subscribe((s, prev) => {
      if (s.settledAt !== prev.settledAt) draw(s.settledAt);
      if (s.transform !== prev.transform || s.settledAt !== prev.settledAt) move(s.transform);
      if (s.settledK !== prev.settledK) resize(s.settledK);
    });
  }, [...pictures.flatMap((p) => [p.svg, p.drawn]), ...followers, ...pillLayers]);
}
