import { useEffect, useState } from 'react';

/**
 * The size of an element on screen, followed as it changes; `initial` until it is first measured.
 * Give `attach` as the element's ref.
 */
export function useElementSize(initial: { width: number; height: number }) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState(initial);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      const height = Math.floor(entry?.contentRect.height ?? 0);
      if (width > 0)
        setSize((current) =>
          current.width === width && current.height === height ? current : { width, height },
        );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { attach: setElement, ...size };
}

/** The width of an element on screen, as `useElementSize` follows it. */
export function useElementWidth(initial: number) {
  const { attach, width } = useElementSize({ width: initial, height: 0 });
  return { attach, width };
}
