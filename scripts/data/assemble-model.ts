import type {
  CountryGroup,
  Mineral,
  Model,
  Partnership,
  PolicyEvent,
  ReserveRecord,
  Source,
  SupplyRecord,
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
  partnerships: Partnership[];
}

export interface TableRecords {
  sources: Source[];
  supply: SupplyRecord[];
  worldTotals: WorldTotal[];
  reserves: ReserveRecord[];
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
 * Picks, for each mineral, measure and year, the whole table of the newest edition that gives at
 * least one figure for it: a newer edition revises the older one, and mixing editions within one
 * year would set countries against a total they were not counted in. An edition that gives no
 * figure at all for a year (all "NA") does not erase an older edition's published estimates.
 */
export function assembleModel(curated: CuratedInputs, tablesOldestFirst: TableRecords[]): Model {
  const chosen = new Map<string, TableRecords>();
  const hasFigures = new Map<string, boolean>();
  for (const tables of tablesOldestFirst) {
    const keys = new Map<string, boolean>();
    const note = (key: string, value: number | null) =>
      keys.set(key, (keys.get(key) ?? false) || value !== null);
    for (const record of tables.supply)
      note(tableKey(record.mineral, record.stage, record.year), record.value);
    for (const total of tables.worldTotals)
      note(tableKey(total.mineral, total.stage, total.year), total.value);
    for (const record of tables.reserves)
      note(tableKey(record.mineral, 'reserves', record.year), record.value);
    for (const [key, figures] of keys) {
      if (figures || !hasFigures.get(key)) {
        chosen.set(key, tables);
        hasFigures.set(key, figures);
      }
    }
  }
  const isChosen = (tables: TableRecords, key: string) => chosen.get(key) === tables;
  const supply = tablesOldestFirst.flatMap((tables) =>
    tables.supply.filter((r) => isChosen(tables, tableKey(r.mineral, r.stage, r.year))),
  );
  const worldTotals = tablesOldestFirst.flatMap((tables) =>
    tables.worldTotals.filter((r) => isChosen(tables, tableKey(r.mineral, r.stage, r.year))),
  );
  const reserves = tablesOldestFirst.flatMap((tables) =>
    tables.reserves.filter((r) => isChosen(tables, tableKey(r.mineral, 'reserves', r.year))),
  );
  const usedSources = new Set(
    [...supply, ...worldTotals, ...reserves].map((record) => record.source),
  );
  const tableSources = tablesOldestFirst
    .flatMap((tables) => tables.sources)
    .filter((source) => usedSources.has(source.id));

  return {
    schemaVersion: SCHEMA_VERSION,
    edition: curated.edition,
    sources: [...curated.sources, ...tableSources],
    countries: curated.countries.map((country) => ({
      id: country.id,
      name: { en: country.en, ja: country.ja },
      groups: curated.groups
        .filter((group) => group.members.includes(country.id))
        .map((group) => group.id),
    })),
    groups: curated.groups,
    minerals: curated.minerals,
    supply: sortBy(supply, (r) => [r.mineral, r.stage, r.year, r.country]),
    worldTotals: sortBy(worldTotals, (r) => [r.mineral, r.stage, r.year]),
    reserves: sortBy(reserves, (r) => [r.mineral, r.year, r.country]),
    trade: [],
    partnerships: curated.partnerships,
    events: sortBy(curated.events, (event) => [event.date, event.id]),
  };
}

function tableKey(mineral: string, measure: string, year: number): string {
  return `${mineral}/${measure}/${year}`;
}

function sortBy<T>(items: T[], key: (item: T) => (string | number)[]): T[] {
  return items.sort((a, b) => {
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
