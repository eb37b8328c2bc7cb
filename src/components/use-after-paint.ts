import { startTransition, useEffect, useState } from 'react';

/**
 * The value as of the last painted frame: a change shows up only after the browser has painted
 * the frame that answers the click that caused it, and is then rendered in a transition.
 * `useDeferredValue` alone renders the change at once, and committing a row of charts (or taking
 * one down) could land before that frame and hold it back by 20–40 ms.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer set from an animation frame callback runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}

/**
 * False until the browser has painted a frame with the component on screen: what is wrapped in it
 * (a chart library fetched on demand, say) starts only after the first figures are visible.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
