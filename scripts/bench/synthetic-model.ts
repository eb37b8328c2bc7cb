import { randomLcg } from 'd3';
import type { Model, TradeFlow } from '../../src/domain/model-schema.ts';

/**
 * A model `scale` times the size of the built-in one, for measuring how cost grows: up to 250
 * countries, 60 minerals, 5 years and 100,000 trade rows. Seeded, so every run measures the same
 * data. The figures are synthetic and never shipped as data.
 */
export function syntheticModel(base: Model, scale: 10 | 100, seed = 7): Model {
  const random = randomLcg(seed);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const extraCountries = Array.from(
    { length: Math.max(0, 250 - base.countries.length) },
    (_, i) => ({
      id: `X${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`,
      name: { en: `Synthetic country ${i + 1}`, ja: `合成国${i + 1}` },
      groups: [] as string[],
    }),
  ).filter((country) => !base.countries.some((existing) => existing.id === country.id));
  const countries = [...base.countries, ...extraCountries];
  const mineralCount = scale === 100 ? 60 : 20;
  const minerals = [
    ...base.minerals,
    ...Array.from({ length: mineralCount - base.minerals.length }, (_, i) => ({
      id: `synthetic-${i + 1}`,
      name: { en: `Synthetic mineral ${i + 1}`, ja: `合成鉱物${i + 1}` },
    })),
  ];
  const source = {
    id: 'synthetic',
    publisher: 'Lodestone benchmark',
    title: 'Synthetic data',
    year: 2026,
  };
  const years = [2020, 2021, 2022, 2023, 2024];
  const supply: Model['supply'] = [];
  const worldTotals: Model['worldTotals'] = [];
  const producersPerTable = scale === 100 ? 40 : 25;
  for (const mineral of minerals) {
    for (const stage of ['mining', 'refining'] as const) {
      for (const year of years) {
        const producers = [...countries].sort(() => random() - 0.5).slice(0, producersPerTable);
        let total = 0;
        for (const country of producers) {
          const value = Math.round(1 + random() * 10_000);
          total += value;
          supply.push({
            mineral: mineral.id,
            stage,
            country: country.id,
            year,
            value,
            unit: 't',
            status: 'reported',
            source: 'synthetic',
          });
        }
        worldTotals.push({
          mineral: mineral.id,
          stage,
          year,
          value: Math.round(total * 1.05),
          unit: 't',
          status: 'reported',
          source: 'synthetic',
        });
      }
    }
  }
  const tradeRows = scale === 100 ? 100_000 : 10_000;
  const trade: TradeFlow[] = [];
  const pairs = new Set<string>();
  while (trade.length < tradeRows) {
    const exporter = countries[Math.floor(random() * countries.length)]!.id;
    const importer = countries[Math.floor(random() * countries.length)]!.id;
    const mineral = minerals[Math.floor(random() * minerals.length)]!.id;
    const year = years[Math.floor(random() * years.length)]!;
    const key = `${exporter}${importer}${mineral}${year}`;
    if (exporter === importer || pairs.has(key)) continue;
    pairs.add(key);
    trade.push({
      mineral,
      exporter,
      importer,
      year,
      value: Math.round(random() * 1e7),
      unit: 'USD',
      code: '999999',
      source: 'synthetic',
    });
  }
  return {
    ...base,
    edition: { label: { en: `Synthetic ×${scale}`, ja: `合成 ×${scale}` }, date: '2026-11-22' },
    sources: [...base.sources, source],
    countries,
    minerals,
    supply,
    worldTotals,
    reserves: [],
    trade,
    tradeCodes: [
      ...base.tradeCodes,
      {
        code: '999999',
        label: { en: 'Synthetic code', ja: '合成コード' },
        minerals: minerals.map((m) => m.id),
      },
    ],
    projections: [],
    capacities: [],
    prices: [],
  };
}

/**
 * A valid but pathological model: the built-in one with 1,800 countries, each a member of all of
 * 1,800 groups (3.2 million memberships, listed on both sides as the contract asks), the case of a
 * model that is large in its membership lists rather than in its rows.
 */
export function manyGroupsModel(base: Model, size = 1800): Model {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const taken = new Set(base.countries.map((country) => country.id));
  const extraIds: string[] = [];
  for (let i = 0; extraIds.length < size - base.countries.length; i += 1) {
    const id = `${letters[Math.floor(i / 676) % 26]}${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`;
    if (!taken.has(id)) extraIds.push(id);
  }
  const groupIds = Array.from({ length: size - base.groups.length }, (_, i) => `SG${i + 1}`);
  const countries = [
    ...base.countries.map((country) => ({ ...country, groups: [...country.groups, ...groupIds] })),
    ...extraIds.map((id, i) => ({
      id,
      name: { en: `Synthetic country ${i + 1}`, ja: `合成国${i + 1}` },
      groups: groupIds,
    })),
  ];
  const everyCountry = countries.map((country) => country.id);
  return {
    ...base,
    edition: { label: { en: 'Synthetic groups', ja: '合成グループ' }, date: '2026-11-22' },
    countries,
    groups: [
      ...base.groups,
      ...groupIds.map((id, i) => ({
        id,
        name: { en: `Synthetic group ${i + 1}`, ja: `合成グループ${i + 1}` },
        members: everyCountry,
      })),
    ],
  };
}
