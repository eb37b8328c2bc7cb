import type { Partnership } from '../domain/model-schema';

/** Every country that shares at least one partnership with the given country, sorted by id. */
export function partnersOf(partnerships: readonly Partnership[], country: string): string[] {
  const partners = new Set<string>();
  for (const partnership of partnerships) {
    if (!partnership.countries.includes(country)) continue;
    for (const other of partnership.countries) if (other !== country) partners.add(other);
  }
  return [...partners].sort();
}
