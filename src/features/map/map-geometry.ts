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
