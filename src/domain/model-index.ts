import type { Country, CountryGroup, Mineral, Model, Source } from './model-schema';

/** Lookups by id, built once per model. */
export interface ModelIndex {
  model: Model;
  country: (id: string) => Country | undefined;
  mineral: (id: string) => Mineral | undefined;
  group: (id: string) => CountryGroup | undefined;
  source: (id: string) => Source | undefined;
}

export function createModelIndex(model: Model): ModelIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => {
    const map = new Map(items.map((item) => [item.id, item]));
    return (id: string) => map.get(id);
  };
  return {
    model,
    country: byId(model.countries),
    mineral: byId(model.minerals),
    group: byId(model.groups),
    source: byId(model.sources),
  };
}
