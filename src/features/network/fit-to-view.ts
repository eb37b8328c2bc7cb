import { extent } from 'd3';
import type { Positions } from './layout';

/**
 * The zoom (scale k, then translation x, y) that shows every node of a layout inside a view of
 * the given size with a margin, for a layout larger than the view; null when it fits as it is,
 * unless it should `grow` to fill the view (a slide, where nobody can zoom in).
 * Positions are centred on the origin, which the view draws at its middle.
 */
export function fitToView(
  positions: Positions,
  view: { width: number; height: number; margin: number; grow?: boolean },
): { k: number; x: number; y: number } | null {
  const points = Object.values(positions);
  if (points.length === 0) return null;
  const [minX, maxX] = extent(points.map(([x]) => x)) as [number, number];
  const [minY, maxY] = extent(points.map(([, y]) => y)) as [number, number];
  const k = Math.min(
    (view.width - 2 * view.margin) / Math.max(maxX - minX, 1),
    (view.height - 2 * view.margin) / Math.max(maxY - minY, 1),
  );
  if (k >= 1 && !view.grow) return null;
  const centre = (low: number, high: number, size: number) =>
    size / 2 - k * ((low + high) / 2 + size / 2);
  return { k, x: centre(minX, maxX, view.width), y: centre(minY, maxY, view.height) };
}
