import type { TradeFlow } from '../../domain/model-schema';
import type { CountryShape } from './world-query';

/** A curved path from one point to another, bowing to the left of the direction of travel. */
export function arcPath(
  [x1, y1]: [number, number],
  [x2, y2]: [number, number],
  bend = 0.2,
): string {
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const cx = mx - dy * bend;
  const cy = my + dx * bend;
  const round = (value: number) => Math.round(value * 10) / 10;
  return `M${round(x1)},${round(y1)} Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`;
}

/** The flows whose exporter or importer the map has no shape for. */
export function flowsNotDrawn(flows: TradeFlow[], shapes: CountryShape[]): TradeFlow[] {
  const drawn = new Set(shapes.map((shape) => shape.properties.iso3));
  return flows.filter((flow) => !drawn.has(flow.exporter) || !drawn.has(flow.importer));
}

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The point an arrow key moves to from `from`: the nearest one lying in that direction, where
 * straying sideways counts double so that Right stays on roughly the same latitude. Undefined at
 * the edge of the map.
 */
export function neighbourInDirection<K>(
  from: [number, number],
  points: ReadonlyMap<K, [number, number]>,
  direction: ArrowDirection,
): K | undefined {
  let best: K | undefined;
  let bestScore = Infinity;
  for (const [key, [x, y]] of points) {
    const dx = x - from[0];
    const dy = y - from[1];
    const ahead =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = key;
    }
  }
  return best;
}
