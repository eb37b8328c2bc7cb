import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useEffect, useRef, useState } from 'react';

interface ZoomOptions {
  /** The drawing's own coordinates (its viewBox), in which the transform is expressed. */
  width: number;
  height: number;
  minScale: number;
  maxScale: number;
  /** Keep the drawing's edges in view: it cannot be panned away. */
  clampToView?: boolean;
  /** Elements (a CSS selector) that take their own pointer gestures, such as draggable nodes. */
  ignore?: string;
}

/**
 * Wheel and drag zoom for one element, with d3-zoom as the one owner of the transform: React draws
 * with the transform d3 reports, and every change (a reset, a fit) goes through d3, so the next
 * gesture starts from what the reader sees. Bound again whenever the element is replaced (give
 * `attach` as the element's ref), and a new element takes up the transform shown so far.
 */
export function useZoom<E extends Element>({
  width,
  height,
  minScale,
  maxScale,
  clampToView = false,
  ignore,
}: ZoomOptions) {
  const [element, setElement] = useState<E | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const shown = useRef(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<E, unknown> | null>(null);

  useEffect(() => {
    if (!element) return;
    const view: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    const bound = zoom<E, unknown>()
      .extent(view)
      .scaleExtent([minScale, maxScale])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        shown.current = event.transform;
        setTransform(event.transform);
      });
    if (clampToView) bound.translateExtent(view);
    if (ignore) {
      const gesture = bound.filter();
      bound.filter(function (this: E, event: Event, datum: unknown) {
        return gesture.call(this, event, datum) && !(event.target as Element).closest(ignore);
      });
    }
    const selection = select(element);
    selection.call(bound).call(bound.transform, shown.current);
    behaviour.current = bound;
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [element, width, height, minScale, maxScale, clampToView, ignore]);

  /**
   * Moves the view to a transform (identity to reset) the way a gesture would; false while no
   * element is bound, when nothing moves.
   */
  const zoomTo = useCallback(
    (to: ZoomTransform) => {
      if (!element || !behaviour.current) return false;
      select(element).call(behaviour.current.transform, to);
      return true;
    },
    [element],
  );

  return { attach: setElement, transform, zoomTo };
}
