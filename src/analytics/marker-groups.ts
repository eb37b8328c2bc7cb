export interface MarkerGroup<T> {
  /** Where the group's marker sits: the middle of its members' span. */
  x: number;
  /** The members, in the order of their positions. */
  members: T[];
}

/**
 * Markers on one line gathered so that no two of the markers drawn are closer than `minDistance`
 * (a marker's width and a gap): the two closest neighbours are merged, again and again, until every
 * pair is far enough apart. A group sits at the middle of its members' span, so it stays among the
 * dates it stands for.
 */
export function groupMarkers<T>(
  items: readonly T[],
  positionOf: (item: T) => number,
  minDistance: number,
): MarkerGroup<T>[] {
  const spans = [...items]
    .map((item) => ({ item, x: positionOf(item) }))
    .sort((a, b) => a.x - b.x)
    .map(({ item, x }) => ({ from: x, to: x, members: [item] }));
  const middle = (span: { from: number; to: number }) => (span.from + span.to) / 2;
  for (;;) {
    let closest = -1;
    let closestDistance = minDistance;
    for (let position = 0; position + 1 < spans.length; position++) {
      const distance = middle(spans[position + 1]!) - middle(spans[position]!);
      if (distance < closestDistance) {
        closest = position;
        closestDistance = distance;
      }
    }
    if (closest < 0) break;
    const [left, right] = [spans[closest]!, spans[closest + 1]!];
    spans.splice(closest, 2, {
      from: left.from,
      to: right.to,
      members: [...left.members, ...right.members],
    });
  }
  return spans.map((span) => ({ x: middle(span), members: span.members }));
}
