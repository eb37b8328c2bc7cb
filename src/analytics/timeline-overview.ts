/**
 * What a slide about no one event lists: the items naming one of the chosen minerals (a mineral's
 * export controls, say, before the agreements on critical minerals in general), newest first; all
 * the items, newest first, when no mineral is chosen or none names one.
 */
export function slideOverview<T extends { minerals: readonly string[] }>(
  items: readonly T[],
  minerals: readonly string[],
): T[] {
  const named = items.filter((item) => item.minerals.some((m) => minerals.includes(m)));
  return [...(named.length > 0 ? named : items)].reverse();
}
