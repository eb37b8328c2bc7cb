/**
 * Where the bars of a horizontal bar chart go: rows of equal bands between `top` and `bottom`, a
 * fraction `gap` of each step left between neighbours (d3's `scaleBand().paddingInner(gap)`), and
 * shares of 0–1 mapped onto `[left, right]` (d3's `scaleLinear().domain([0, 1])`).
 *
 * Written out rather than taken from d3-scale: d3-scale is one module, and the trend charts'
 * library (recharts) reads every scale of it by name, so importing it here would put its time
 * scales, formats and colour interpolators (about 16 KB gzip) on the route of every link's first chart.
 * The unit test holds these positions to d3's.
 */
export interface BarRows {
  /** The top of row `index`'s band. */
  top: (index: number) => number;
  /** The height of every band. */
  bandHeight: number;
  /** The horizontal position of a share (0 at `left`, 1 at `right`). */
  at: (share: number) => number;
}

export function barRows(
  count: number,
  [top, bottom]: [number, number],
  [left, right]: [number, number],
  gap: number,
): BarRows {
  const step = (bottom - top) / Math.max(1, count - gap);
  // Centred like d3's default alignment when there are fewer rows than the room holds (one row).
  const start = top + (bottom - top - step * (count - gap)) / 2;
  return {
    top: (index) => start + step * index,
    bandHeight: step * (1 - gap),
    at: (share) => left + share * (right - left),
  };
}
