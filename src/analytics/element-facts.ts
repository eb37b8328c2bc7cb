import type {
  Capacity,
  Measure,
  MineralFact,
  Model,
  Partnership,
  PolicyEvent,
  Price,
} from '../domain/model-schema';

export interface PriceSeries {
  product: string;
  source: string;
  /** The years the newest publication of this product's price gives, oldest first. */
  prices: Price[];
}

export interface ElementFacts {
  prices: PriceSeries[];
  importSources: MineralFact[];
  demand: MineralFact[];
  /** Highest grade first; deposits without a published grade last. */
  oreGrades: MineralFact[];
  /** Capacities that produce the element, alone or with others (as published, never as shares). */
  capacities: Capacity[];
  /** Dated production events and partnerships about the element, oldest first. */
  milestones: ({ kind: 'event'; item: PolicyEvent } | { kind: 'partnership'; item: Partnership })[];
}

/**
 * What the model says about one element on its own, beside any group that stands in for it:
 * null when it holds no element-specific figures for it.
 */
export function elementFacts(model: Model, mineral: string): ElementFacts | null {
  const facts = (model.mineralFacts ?? []).filter((fact) => fact.mineral === mineral);
  if (facts.length === 0) return null;
  const ofKind = (kind: MineralFact['kind']) => facts.filter((fact) => fact.kind === kind);
  return {
    prices: latestPriceSeries(model.prices.filter((price) => price.mineral === mineral)),
    importSources: ofKind('import-source').sort((a, b) => (b.value ?? -1) - (a.value ?? -1)),
    demand: ofKind('demand'),
    oreGrades: ofKind('ore-grade').sort((a, b) => (b.value ?? -1) - (a.value ?? -1)),
    capacities: model.capacities.filter((capacity) => capacity.minerals.includes(mineral)),
    milestones: [
      ...model.events
        .filter(
          (event) =>
            event.minerals.includes(mineral) &&
            (event.kind === 'production' || event.kind === 'investment'),
        )
        .map((item) => ({ kind: 'event' as const, item })),
      ...model.partnerships
        .filter((partnership) => partnership.minerals.includes(mineral))
        .map((item) => ({ kind: 'partnership' as const, item })),
    ].sort((a, b) => a.item.date.localeCompare(b.item.date)),
  };
}

/**
 * One series per product, from the publication of its latest year: earlier editions priced the
 * product on other terms, so their years are not set beside the newest one's.
 */
function latestPriceSeries(prices: readonly Price[]): PriceSeries[] {
  const products = [...new Set(prices.map((price) => price.product))];
  return products.map((product) => {
    const ofProduct = prices.filter((price) => price.product === product);
    const latest = ofProduct.reduce((a, b) => (b.year > a.year ? b : a));
    return {
      product,
      source: latest.source,
      prices: ofProduct
        .filter((price) => price.source === latest.source)
        .sort((a, b) => a.year - b.year),
    };
  });
}

/** Other studies' largest supplier of a mineral at a stage, to be offered beside the main table. */
export function mainSupplierOpinions(
  model: Model,
  mineral: string,
  measure: Measure,
): MineralFact[] {
  return (model.mineralFacts ?? []).filter(
    (fact) => fact.kind === 'main-supplier' && fact.mineral === mineral && fact.stage === measure,
  );
}
