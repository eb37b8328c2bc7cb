import type { Source } from '../../src/domain/model-schema.ts';
import type { LongPriceSeries, LongWorldTable, PublishedCorrection } from './usgs-mcs-long.ts';
import type { NetImportRelianceSpec } from './net-import-reliance.ts';
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

/** MCS 2026 (data years 2021–2025, 2025 estimated): one long-format file for every chapter. */
export const MCS2026 = {
  year: 2026,
  doi: '10.5066/P1WKQ63T',
  file: 'MCS2026_Commodities_Data.csv',
};

const WORLD_SECTION = 'World Mine Production and Reserves';
function mcs2026Source(
  idPart: string,
  chapterTitle: string,
  table: string,
  extraNote = '',
): Source {
  return {
    id: `usgs-mcs-${MCS2026.year}-${idPart}`,
    publisher: 'U.S. Geological Survey',
    title: `Mineral Commodity Summaries ${MCS2026.year}: ${chapterTitle}`,
    year: MCS2026.year,
    table: `${table}, data release file ${MCS2026.file}`,
    url: `https://doi.org/${MCS2026.doi}`,
    license: 'Public domain (U.S. Government work)',
    note: `MCS 2026 revises MCS 2025: its figures replace the earlier editions' for every year it covers (2024 revised, 2025 estimated).${extraNote}`,
  };
}

export const MCS2026_WORLD_TABLES: LongWorldTable[] = [
  {
    chapter: 'RARE EARTHS',
    section: WORLD_SECTION,
    mineral: 'rare-earths',
    stage: 'mining',
    unitLabel: 't REO',
    source: mcs2026Source(
      'rare-earths',
      'Rare Earths',
      WORLD_SECTION,
      ' The corrections USGS made to this table after posting the data release (versions 1.1 of 5 March 2026 and 1.3 of 27 May 2026) are applied; each corrected figure names its version.',
    ),
  },
  {
    chapter: 'GALLIUM',
    section: 'World Low-Purity Production and Production Capacity',
    mineral: 'gallium',
    stage: 'refining',
    unitLabel: 'kg',
    source: mcs2026Source(
      'gallium',
      'Gallium',
      'World Low-Purity Production and Production Capacity',
    ),
  },
  {
    chapter: 'GRAPHITE (NATURAL)',
    section: WORLD_SECTION,
    mineral: 'graphite',
    stage: 'mining',
    unitLabel: 't',
    source: mcs2026Source('graphite', 'Graphite (Natural)', WORLD_SECTION),
  },
];

const heavyRareEarthsSource = mcs2026Source(
  'heavy-rare-earths',
  'Rare Earths (Heavy)',
  'Salient Statistics—United States (prices)',
);

/** The chapter's import sources (2021–24); USGS lists terbium's, not dysprosium's. */
export const MCS2026_IMPORT_SOURCES = {
  chapter: 'RARE EARTHS (Heavy)',
  commodity: 'Terbium',
  mineral: 'terbium',
  detail: 'Terbium compounds and metals',
  subject: {
    en: 'US imports of terbium compounds and metals',
    ja: '米国のテルビウム化合物・金属の輸入',
  },
  source: mcs2026Source(
    'heavy-rare-earths-imports',
    'Rare Earths (Heavy)',
    'Import Sources (2021–24), from shipping records',
  ),
};

const netImportRelianceSource = mcs2026Source(
  'us-net-import-reliance',
  'Gallium, Germanium, Graphite (Natural), Rare Earths',
  'Salient Statistics—United States, Net import reliance as a percentage of consumption',
);

/** The US net import reliance USGS publishes, by chapter, with the stage it is set against. */
export const MCS2026_NET_IMPORT_RELIANCE: NetImportRelianceSpec[] = [
  {
    chapter: 'GALLIUM',
    detail: 'Net import reliance as a percentage of reported consumption',
    mineral: 'gallium',
    stage: 'refining',
    subject: {
      en: 'US net import reliance, gallium (gallium content; excludes gallium arsenide wafers), % of reported consumption',
      ja: '米国の純輸入依存度：ガリウム（ガリウム含有量、ヒ化ガリウムウェーハを除く）、報告消費量に対する割合',
    },
    source: netImportRelianceSource.id,
  },
  {
    chapter: 'GERMANIUM',
    detail: 'Net import reliance as a percentage of estimated consumption',
    mineral: 'germanium',
    stage: 'refining',
    subject: {
      en: 'US net import reliance, germanium (germanium content), % of estimated consumption',
      ja: '米国の純輸入依存度：ゲルマニウム（ゲルマニウム含有量）、推定消費量に対する割合',
    },
    source: netImportRelianceSource.id,
  },
  {
    chapter: 'GRAPHITE (NATURAL)',
    detail: 'Net import reliance as a percentage of apparent consumption',
    mineral: 'graphite',
    stage: 'mining',
    subject: {
      en: 'US net import reliance, natural graphite, % of apparent consumption',
      ja: '米国の純輸入依存度：天然黒鉛、見掛け消費量に対する割合',
    },
    source: netImportRelianceSource.id,
  },
  {
    chapter: 'RARE EARTHS',
    detail: 'Net import reliance as a percentage of apparent consumption: Compounds and metals',
    mineral: 'rare-earths',
    stage: 'refining',
    subject: {
      en: 'US net import reliance, rare-earth compounds and metals (REO equivalent), % of apparent consumption',
      ja: '米国の純輸入依存度：レアアース化合物・金属（REO換算）、見掛け消費量に対する割合',
    },
    source: netImportRelianceSource.id,
  },
];
export const MCS2026_NET_IMPORT_RELIANCE_SOURCE = netImportRelianceSource;

export const MCS2026_PRICES: LongPriceSeries[] = [
  {
    chapter: 'RARE EARTHS (Heavy)',
    commodity: 'Dysprosium',
    mineral: 'dysprosium',
    product: 'Dysprosium oxide',
    unit: 'USD/kg',
    source: heavyRareEarthsSource,
  },
  {
    chapter: 'RARE EARTHS (Heavy)',
    commodity: 'Terbium',
    mineral: 'terbium',
    product: 'Terbium oxide',
    unit: 'USD/kg',
    source: heavyRareEarthsSource,
  },
];

const RESERVES_DEFINITION =
  'See Appendix C for resource and reserve definitions and information concerning data sources.';

/**
 * The corrections of the printed MCS 2026 after the data release was posted, as the USGS revision
 * history describes them (p. 153, the rare-earths world table).
 */
export const MCS2026_CORRECTIONS: PublishedCorrection[] = [
  {
    version: '1.1',
    date: '5 March 2026',
    chapter: 'RARE EARTHS',
    section: WORLD_SECTION,
    country: 'China',
    statistics: 'Production',
    year: '2024',
    description:
      'footnote 14 ("Production quota; does not include undocumented production") removed from China’s 2024 mine production.',
    field: 'notes',
    from: 'Estimated. -- Production quota; does not include undocumented production.',
    to: 'Estimated.',
  },
  {
    version: '1.1',
    date: '5 March 2026',
    chapter: 'RARE EARTHS',
    section: WORLD_SECTION,
    country: 'India',
    statistics: 'Reserves',
    year: '2025',
    description: 'footnote 14, with this text, added to India’s reserves.',
    field: 'notes',
    from: RESERVES_DEFINITION,
    to: `${RESERVES_DEFINITION} -- A 2015 report from OSCOM indicated that monazite reserves from their operations were 256,000 tons; rare-earth reserves were not reported.`,
  },
  {
    version: '1.3',
    date: '27 May 2026',
    chapter: 'RARE EARTHS',
    section: WORLD_SECTION,
    country: 'Brazil',
    statistics: 'Reserves',
    year: '2025',
    description: 'Brazil’s reserves revised from 21,000,000 t to 11,000,000 t.',
    field: 'value',
    from: '21,000,000',
    to: '11,000,000',
  },
  {
    version: '1.3',
    date: '27 May 2026',
    chapter: 'RARE EARTHS',
    section: WORLD_SECTION,
    country: 'World total',
    statistics: 'Reserves',
    year: '2025',
    description: 'world reserves revised from more than 85,000,000 t to more than 75,000,000 t.',
    field: 'value',
    from: '>85,000,000',
    to: '>75,000,000',
  },
];
