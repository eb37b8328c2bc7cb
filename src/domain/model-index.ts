import type { Country, CountryGroup, Mineral, Model, Source, TradeCode } from './model-schema';

/** Lookups by id, built once per model. */
export interface ModelIndex {
  model: Model;
  country: (id: string) => Country | undefined;
  mineral: (id: string) => Mineral | undefined;
  group: (id: string) => CountryGroup | undefined;
  source: (id: string) => Source | undefined;
  tradeCode: (code: string) => TradeCode | undefined;
}

export function createModelIndex(model: Model): ModelIndex {
  const byKey = <T>(items: readonly T[], key: (item: T) => string) => {
    const map = new Map(items.map((item) => [key(item), item]));
    return (id: string) => map.get(id);
  };
  const byId = <T extends { id: string }>(items: readonly T[]) => byKey(items, (item) => item.id);
  return {
    model,
    country: byId(model.countries),
    mineral: byId(model.minerals),
    group: byId(model.groups),
    source: byId(model.sources),
    tradeCode: byKey(model.tradeCodes, (entry) => entry.code),
  };
}
