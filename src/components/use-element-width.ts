import { useEffect, useState } from 'react';

/**
 * The width of an element on screen, followed as it changes; `initial` until it is first measured.
 * Give `attach` as the element's ref.
 */
export function useElementWidth(initial: number) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { attach: setElement, width };
}
