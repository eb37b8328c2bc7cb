import type {
  Capacity,
  CountryGroup,
  Mineral,
  MineralFact,
  NetImportReliance,
  Model,
  Partnership,
  PolicyEvent,
  ExportControl,
  GovernanceRecord,
  Price,
  Projection,
  ReserveRecord,
  Source,
  SupplyRecord,
  TradeCode,
  TradeFlow,
  WorldTotal,
} from '../../src/domain/model-schema.ts';
import { SCHEMA_VERSION } from '../../src/domain/model-schema.ts';

export interface CuratedCountry {
  id: string;
  en: string;
  ja: string;
  /** Other spellings used by publishers (e.g. USGS "Burma", "Korea, Republic of"). */
  aliases?: string[];
}

export interface CuratedInputs {
  edition: Model['edition'];
  countries: CuratedCountry[];
  groups: CountryGroup[];
  minerals: Mineral[];
  sources: Source[];
  events: PolicyEvent[];
  exportControls: ExportControl[];
  partnerships: Partnership[];
  tradeCodes: TradeCode[];
  capacities: Capacity[];
}

/** The records one publication gives; the build lists them from lowest to highest priority. */
export interface TableRecords {
  sources: Source[];
  supply: SupplyRecord[];
  worldTotals: WorldTotal[];
  reserves: ReserveRecord[];
  capacities?: Capacity[];
  prices?: Price[];
}

export interface Extras {
  /** Kept for the model's countries only. */
  governance: GovernanceRecord[];
  projections: Projection[];
  trade: TradeFlow[];
  /** Groups derived from partnerships: id, names, and the country whose partners they are. */
  partnerGroups: { id: string; name: CountryGroup['name']; of: string }[];
  describeCountry: (id: string) => CuratedCountry | undefined;
  /** Figures specific to one element, with the sources they cite. */
  mineralFacts?: { facts: MineralFact[]; sources: Source[] };
  netImportReliance?: { records: NetImportReliance[]; sources: Source[] };
}

export function countryResolver(countries: readonly CuratedCountry[]) {
  const byName = new Map<string, string>();
  for (const country of countries) {
    for (const name of [country.id, country.en, ...(country.aliases ?? [])]) {
      byName.set(name.toLowerCase(), country.id);
    }
  }
  return (name: string) => byName.get(name.trim().toLowerCase());
}

/**
 * Picks, for each mineral, measure and year, the whole table of the highest-priority publication
 * that gives at least one figure for it: a newer edition revises an older one, and mixing
 * publications within one year would set countries against a total they were not counted in. A
 * publication that gives no figure at all for a year (all "NA") does not erase another's.
 *
 * A table of another series (another publisher, or the same publisher in another unit) that gives
 * figures for the same year is kept apart as an alternative, the highest-priority one of each
 * series; an older edition of the chosen series is superseded and dropped.
 */
export function selectTables(
  tablesByPriority: readonly TableRecords[],
  publisherOf: (sourceId: string) => string = (sourceId) => sourceId,
) {
  const chosen = new Map<string, TableRecords>();
  const hasFigures = new Map<string, boolean>();
  const seriesOf = new Map<TableRecords, Map<string, string>>();
  for (const tables of tablesByPriority) {
    const keys = new Map<string, boolean>();
    const series = new Map<string, string>();
    const note = (key: string, record: { value: number | null; source: string; unit: string }) => {
      keys.set(key, (keys.get(key) ?? false) || record.value !== null);
      if (!series.has(key)) series.set(key, `${publisherOf(record.source)} | ${record.unit}`);
    };
    for (const r of tables.supply) note(tableKey(r.mineral, r.stage, r.year), r);
    for (const r of tables.worldTotals) note(tableKey(r.mineral, r.stage, r.year), r);
    for (const r of tables.reserves) note(tableKey(r.mineral, 'reserves', r.year), r);
    seriesOf.set(tables, series);
    for (const [key, figures] of keys) {
      if (figures || !hasFigures.get(key)) {
        chosen.set(key, tables);
        hasFigures.set(key, figures);
      }
    }
  }
  // For each key, the highest-priority table of every other series that gives figures.
  const alternative = new Map<string, Set<TableRecords>>();
  for (const [key, table] of chosen) {
    const chosenSeries = seriesOf.get(table)!.get(key);
    const bySeries = new Map<string, TableRecords>();
    for (const tables of tablesByPriority) {
      const series = seriesOf.get(tables)!.get(key);
      if (series === undefined || series === chosenSeries || tables === table) continue;
      const givesFigures = [...tables.supply, ...tables.worldTotals, ...tables.reserves].some(
        (r) => recordTableKey(r) === key && r.value !== null,
      );
      if (givesFigures) bySeries.set(series, tables);
    }
    if (bySeries.size > 0) alternative.set(key, new Set(bySeries.values()));
  }
  const pick = <T>(
    select: (tables: TableRecords) => T[],
    key: (record: T) => string,
    keep: (tables: TableRecords, key: string) => boolean,
  ) =>
    tablesByPriority.flatMap((tables) =>
      select(tables).filter((record) => keep(tables, key(record))),
    );
  const isChosen = (tables: TableRecords, key: string) => chosen.get(key) === tables;
  const isAlternative = (tables: TableRecords, key: string) =>
    alternative.get(key)?.has(tables) ?? false;
  const lists = (keep: (tables: TableRecords, key: string) => boolean) => ({
    supply: pick((t) => t.supply, recordTableKey, keep),
    worldTotals: pick((t) => t.worldTotals, recordTableKey, keep),
    reserves: pick((t) => t.reserves, recordTableKey, keep),
  });
  return { ...lists(isChosen), alternatives: lists(isAlternative) };
}

function recordTableKey(record: SupplyRecord | WorldTotal | ReserveRecord): string {
  return tableKey(record.mineral, 'stage' in record ? record.stage : 'reserves', record.year);
}

/** Later entries replace earlier ones with the same key; unknown values never replace known ones. */
function newestByKey<T extends { value: number | null }>(
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const existing = byKey.get(key(item));
    if (existing && existing.value !== null && item.value === null) continue;
    byKey.set(key(item), item);
  }
  return [...byKey.values()];
}

export function assembleModel(
  curated: CuratedInputs,
  tablesByPriority: TableRecords[],
  extras: Extras,
): { model: Model; trade: TradeFlow[] } {
  const allSources = [
    ...curated.sources,
    ...tablesByPriority.flatMap((tables) => tables.sources),
    ...(extras.mineralFacts?.sources ?? []),
    ...(extras.netImportReliance?.sources ?? []),
  ];
  const mineralFacts = extras.mineralFacts?.facts ?? [];
  const netImportReliance = extras.netImportReliance?.records ?? [];
  const publishers = new Map(allSources.map((source) => [source.id, source.publisher]));
  const { supply, worldTotals, reserves, alternatives } = selectTables(
    tablesByPriority,
    (sourceId) => publishers.get(sourceId) ?? sourceId,
  );
  const prices = newestByKey(
    tablesByPriority.flatMap((tables) => tables.prices ?? []),
    (p) => `${p.mineral}/${p.product}/${p.year}`,
  );
  const capacities = [
    ...newestByKey(
      tablesByPriority.flatMap((tables) => tables.capacities ?? []),
      (c) =>
        `${c.minerals.join('+')}/${c.stage}/${c.country}/${c.company ?? ''}/${c.year}/${c.kind}`,
    ),
    ...curated.capacities,
  ];

  const partnerGroups: CountryGroup[] = extras.partnerGroups.map((group) => ({
    id: group.id,
    name: group.name,
    members: [
      ...new Set(
        curated.partnerships
          .filter((partnership) => partnership.countries.includes(group.of))
          .flatMap((partnership) => partnership.countries)
          .filter((country) => country !== group.of),
      ),
    ].sort(),
  }));
  const groups = [...curated.groups, ...partnerGroups];

  const usedCountries = new Set<string>([
    ...curated.countries.map((c) => c.id),
    ...groups.flatMap((g) => g.members),
    ...supply.map((r) => r.country),
    ...reserves.map((r) => r.country),
    ...alternatives.supply.map((r) => r.country),
    ...alternatives.reserves.map((r) => r.country),
    ...capacities.map((c) => c.country),
    ...extras.projections.flatMap((p) => p.countries.map((row) => row.country)),
    ...extras.trade.flatMap((flow) => [flow.exporter, flow.importer]),
    ...curated.partnerships.flatMap((p) => p.countries),
    ...curated.events.flatMap((e) => e.countries),
    ...mineralFacts.flatMap((fact) => (fact.country ? [fact.country] : [])),
    ...netImportReliance.map((record) => record.country),
    ...curated.exportControls.flatMap((c) => [c.country, ...c.target.countries]),
  ]);
  const countries = [...usedCountries].sort().map((id) => {
    const names = extras.describeCountry(id);
    if (!names)
      throw new Error(`No names for country "${id}": add it to data/curated/countries.json`);
    return {
      id,
      name: { en: names.en, ja: names.ja },
      groups: groups.filter((group) => group.members.includes(id)).map((group) => group.id),
    };
  });

  const modelCountries = new Set(countries.map((country) => country.id));
  const governance = extras.governance.filter((record) => modelCountries.has(record.country));

  const alternativeRecords = [
    ...alternatives.supply,
    ...alternatives.worldTotals,
    ...alternatives.reserves,
  ];
  const records = [
    ...supply,
    ...worldTotals,
    ...reserves,
    ...alternativeRecords,
    ...prices,
    ...capacities,
    ...mineralFacts,
    ...netImportReliance,
  ];
  const usedSources = new Set([
    ...records.map((record) => record.source),
    ...extras.projections.map((p) => p.source),
    ...extras.trade.map((flow) => flow.source),
    ...governance.map((record) => record.source),
    ...curated.events.map((e) => e.source),
    ...curated.partnerships.map((p) => p.source),
    ...curated.exportControls.flatMap((control) =>
      [control.announced, control.effective, control.until, control.lifted].flatMap((fact) =>
        fact ? [fact.source, ...(fact.copy ? [fact.copy] : [])] : [],
      ),
    ),
  ]);
  const sources = [...new Map(allSources.map((source) => [source.id, source])).values()].filter(
    (source) => usedSources.has(source.id),
  );

  const model: Model = {
    schemaVersion: SCHEMA_VERSION,
    edition: curated.edition,
    sources,
    countries,
    groups,
    minerals: curated.minerals,
    supply: sortBy(supply, (r) => [r.mineral, r.stage, r.year, r.country]),
    worldTotals: sortBy(worldTotals, (r) => [r.mineral, r.stage, r.year]),
    reserves: sortBy(reserves, (r) => [r.mineral, r.year, r.country]),
    trade: [],
    tradeCodes: curated.tradeCodes,
    capacities: sortBy(capacities, (c) => [c.minerals.join('+'), c.country, c.year]),
    prices: sortBy(prices, (p) => [p.mineral, p.product, p.year]),
    ...(mineralFacts.length > 0 ? { mineralFacts } : {}),
    ...(netImportReliance.length > 0
      ? {
          netImportReliance: sortBy(netImportReliance, (r) => [
            r.country,
            r.mineral,
            r.stage,
            r.year,
          ]),
        }
      : {}),
    projections: sortBy(extras.projections, (p) => [p.mineral, p.stage, p.year]),
    partnerships: sortBy(curated.partnerships, (p) => [p.date, p.id]),
    events: sortBy(curated.events, (event) => [event.date, event.id]),
    governance: sortBy(governance, (r) => [r.country, r.indicator, r.year]),
    exportControls: sortBy(curated.exportControls, (control) => [
      control.announced.date,
      control.id,
    ]),
    ...(alternativeRecords.length > 0
      ? {
          alternatives: {
            supply: sortBy(alternatives.supply, (r) => [r.mineral, r.stage, r.year, r.country]),
            worldTotals: sortBy(alternatives.worldTotals, (r) => [r.mineral, r.stage, r.year]),
            reserves: sortBy(alternatives.reserves, (r) => [r.mineral, r.year, r.country]),
          },
        }
      : {}),
  };
  const trade = sortBy(extras.trade, (f) => [
    f.code ?? '',
    f.mineral,
    f.year,
    f.exporter,
    f.importer,
    f.unit,
  ]);
  return { model, trade };
}

function tableKey(mineral: string, measure: string, year: number): string {
  return `${mineral}/${measure}/${year}`;
}

function sortBy<T>(items: T[], key: (item: T) => (string | number)[]): T[] {
  return [...items].sort((a, b) => {
    const keyA = key(a);
    const keyB = key(b);
    for (let i = 0; i < keyA.length; i += 1) {
      const x = keyA[i]!;
      const y = keyB[i]!;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
