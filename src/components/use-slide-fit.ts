import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useSlideFrame } from './slide-frame';

const overflows = (element: Element | null | undefined) =>
  !!element && element.scrollHeight > element.clientHeight + 1;

/**
 * How many of `count` items a slide holds: all at first, then one fewer each time the layout,
 * measured before paint, overflows the element `box` is set on, the slide's body (which would run
 * into the page number under it) or the stage, until it fits or none is left. Measured afresh when
 * `key` (what is drawn) or the stage's size changes; all on the dashboard and until `ready`.
 */
export function useSlideFit<E extends Element>(
  count: number,
  key: string,
  ready = true,
): { limit: number; box: RefObject<E | null> } {
  const box = useRef<E>(null);
  const frame = useSlideFrame();
  const fitKey = `${frame?.width}x${frame?.height}:${count}:${key}`;
  const [fit, setFit] = useState({ key: '', limit: 0 });
  const limit = !frame ? count : fit.key === fitKey ? fit.limit : count;
  useLayoutEffect(() => {
    const element = box.current;
    if (!frame || !element || !ready || limit <= 0) return;
    if (
      overflows(element) ||
      overflows(element.closest('.slide-body')) ||
      overflows(element.closest('.slide-stage'))
    )
      setFit({ key: fitKey, limit: limit - 1 });
  }, [frame, fitKey, limit, ready]);
  return { limit: Math.max(0, limit), box };
}
