import type { Source } from '../../src/domain/model-schema.ts';
import type { UsgsWorldTable } from './usgs-mcs-world.ts';
import type { PriceColumn } from './usgs-salient.ts';

/** The USGS MCS data releases the built-in model reads, oldest edition first. */
export const USGS_EDITIONS = [
  { year: 2022, doi: '10.5066/P9KKMCP4' },
  { year: 2023, doi: '10.5066/P9WCYUI6' },
  { year: 2024, doi: '10.5066/P144BA54' },
] as const;

interface Commodity {
  code: string;
  title: string;
  table: Omit<UsgsWorldTable, 'source'>;
}

export const USGS_COMMODITIES: Commodity[] = [
  {
    code: 'raree',
    title: 'Rare Earths',
    table: { mineral: 'rare-earths', stage: 'mining', unitLabel: 't REO' },
  },
  {
    code: 'galli',
    title: 'Gallium',
    table: { mineral: 'gallium', stage: 'refining', unitLabel: 'kg' },
  },
  {
    code: 'germa',
    title: 'Germanium',
    table: { mineral: 'germanium', stage: 'refining', unitLabel: 'kg' },
  },
  {
    code: 'graph',
    title: 'Graphite (natural)',
    table: { mineral: 'graphite', stage: 'mining', unitLabel: 't' },
  },
];

export function usgsWorldFileName(editionYear: number, commodityCode: string): string {
  return `mcs${editionYear}-${commodityCode}_world.csv`;
}

export function usgsSource(edition: (typeof USGS_EDITIONS)[number], commodity: Commodity): Source {
  return {
    id: `usgs-mcs-${edition.year}-${commodity.table.mineral}`,
    publisher: 'U.S. Geological Survey',
    title: `Mineral Commodity Summaries ${edition.year}: ${commodity.title}`,
    year: edition.year,
    table: `World production and reserves, data release file ${usgsWorldFileName(edition.year, commodity.code)}`,
    url: `https://doi.org/${edition.doi}`,
    license: 'Public domain (U.S. Government work)',
  };
}

/** The price series read from each commodity's salient-statistics CSV (names vary by edition). */
export const SALIENT_PRICE_COLUMNS: Record<string, PriceColumn[]> = {
  raree: [
    {
      column: /^Price_Dy2O3_dkg$/,
      mineral: 'dysprosium',
      product: 'Dysprosium oxide',
      unit: 'USD/kg',
    },
    { column: /^Price_TbO2_dkg$/, mineral: 'terbium', product: 'Terbium oxide', unit: 'USD/kg' },
  ],
  galli: [
    {
      column: /^Price_Low-purity_?dkg$/,
      mineral: 'gallium',
      product: 'Gallium, low purity',
      unit: 'USD/kg',
    },
    {
      column: /^Price_High-purity_?dkg$/,
      mineral: 'gallium',
      product: 'Gallium, high purity',
      unit: 'USD/kg',
    },
  ],
  germa: [
    {
      column: /^Price_Metal_dkg$/,
      mineral: 'germanium',
      product: 'Germanium metal',
      unit: 'USD/kg',
    },
    {
      column: /^Price_GeO2_dkg$/,
      mineral: 'germanium',
      product: 'Germanium dioxide',
      unit: 'USD/kg',
    },
  ],
  graph: [
    {
      column: /^Price_Flake_d?t$/,
      mineral: 'graphite',
      product: 'Natural graphite, flake',
      unit: 'USD/t',
    },
  ],
};
