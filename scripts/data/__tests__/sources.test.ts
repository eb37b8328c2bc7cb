import { describe, expect, it } from 'vitest';
import { parseBaciFlows } from '../baci-trade';
import { parseComtradeImports } from '../comtrade-trade';
import { readCountryTable } from '../country-table';
import { parseIeaSupply } from '../iea-explorer';
import { parseMcs2025RareEarths } from '../mcs2025-facts';
import { readBgsCompiledShares, shareTableRecords } from '../share-tables';
import { parseUsgsSalientPrices } from '../usgs-salient';
import { fixtureJson, fixtureText } from './fixture';

const curated = [{ id: 'MMR', en: 'Myanmar', ja: 'ミャンマー', aliases: ['Burma (Myanmar)'] }];
const countries = readCountryTable(fixtureText('baci-countries.csv'), curated);
const byName = (name: string) =>
  (
    ({
      china: 'CHN',
      mozambique: 'MOZ',
      malaysia: 'MYS',
      'burma (myanmar)': 'MMR',
      nigeria: 'NGA',
      vietnam: 'VNM',
    }) as Record<string, string>
  )[name.toLowerCase()];

describe('readCountryTable', () => {
  it('maps BACI ISO3 and numeric codes to model ids, with user-assigned codes for non-countries', () => {
    expect(countries.idOf('CHN')).toBe('CHN');
    expect(countries.idOf('842')).toBe('USA');
    expect(countries.idOf('S19')).toBe('XAS');
    expect(countries.iso2To3('NA')).toBe('NAM');
  });

  it('names countries from the curated list first, then from CLDR in both languages', () => {
    expect(countries.describe('MMR')).toMatchObject({ en: 'Myanmar', ja: 'ミャンマー' });
    expect(countries.describe('NGA')).toEqual({ id: 'NGA', en: 'Nigeria', ja: 'ナイジェリア' });
    expect(countries.describe('XAS')).toMatchObject({
      en: 'Other Asia, n.e.s.',
      ja: 'その他アジア',
    });
    expect(countries.idByName('Nigeria')).toBe('NGA');
  });
});

describe('parseIeaSupply', () => {
  const result = parseIeaSupply(
    fixtureJson('iea-explorer.json'),
    [
      { ieaMineral: 'Graphite', stage: 'mining', minerals: ['graphite'] },
      {
        ieaMineral: 'Rare Earth Elements',
        stage: 'refining',
        minerals: ['dysprosium', 'terbium'],
        proxyNote: 'Proxy: magnet rare earths.',
      },
    ],
    { baseYear: 2024, source: 'iea', resolveCountry: byName },
  );

  it('keeps the base year as observed supply, unrounded, with the world total', () => {
    expect(result.supply).toContainEqual(
      expect.objectContaining({
        mineral: 'graphite',
        country: 'MOZ',
        year: 2024,
        value: 100.25,
        unit: 'kt',
        status: 'reported',
      }),
    );
    expect(result.worldTotals).toContainEqual(
      expect.objectContaining({ mineral: 'graphite', stage: 'mining', year: 2024, value: 1500 }),
    );
  });

  it('leaves "Rest of world" and footnote rows to the unattributed gap', () => {
    expect(result.supply.filter((r) => r.mineral === 'graphite').map((r) => r.country)).toEqual([
      'CHN',
      'MOZ',
    ]);
  });

  it('puts later years into projections, never into supply', () => {
    expect(result.supply.every((r) => r.year === 2024)).toBe(true);
    expect(result.projections).toContainEqual(
      expect.objectContaining({
        mineral: 'graphite',
        year: 2030,
        kind: 'projection',
        world: 2000,
        countries: [
          { country: 'CHN', value: 1500 },
          { country: 'MOZ', value: 200 },
        ],
      }),
    );
    expect(result.projections.some((p) => p.year === 2040)).toBe(false);
  });

  it('files the magnet group under Dy and Tb as a proxy with its note', () => {
    const dy = result.supply.filter((r) => r.mineral === 'dysprosium');
    expect(dy).toHaveLength(2);
    expect(
      dy.every((r) => r.status === 'proxy' && r.note?.en === 'Proxy: magnet rare earths.'),
    ).toBe(true);
    expect(result.supply.filter((r) => r.mineral === 'terbium')).toHaveLength(2);
    expect(result.projections).toContainEqual(
      expect.objectContaining({ mineral: 'terbium', kind: 'proxy-projection' }),
    );
  });

  it('lists names it cannot place', () => {
    expect(result.unknownNames).toContain('Atlantis');
  });
});

describe('parseBaciFlows', () => {
  const { trade, unknownCodes } = parseBaciFlows(
    fixtureText('baci-flows.csv'),
    {
      year: 2024,
      codes: {
        '850511': ['rare-earths'],
        '811292': ['gallium', 'germanium'],
        '250490': ['graphite'],
      },
      source: 'baci',
    },
    countries.idOf,
  );

  it('keeps the asked codes with values in USD as published', () => {
    expect(trade).toContainEqual({
      mineral: 'rare-earths',
      exporter: 'CHN',
      importer: 'JPN',
      year: 2024,
      value: 156879570,
      unit: 'USD',
      code: '850511',
      source: 'baci',
    });
    expect(trade.some((flow) => flow.code === '283691')).toBe(false);
  });

  it('files a mixed code under each mineral it carries', () => {
    const mixed = trade.filter((flow) => flow.code === '811292');
    expect(mixed.map((flow) => [flow.mineral, flow.importer])).toEqual([
      ['gallium', 'XAS'],
      ['germanium', 'XAS'],
    ]);
  });

  it('reports codes it cannot place instead of guessing', () => {
    expect(unknownCodes).toEqual(['ZZZ']);
  });
});

describe('parseComtradeImports', () => {
  const flows = parseComtradeImports(
    fixtureText('comtrade.csv'),
    {
      codes: { '2846': ['rare-earths'], '811292': ['gallium'] },
      source: 'comtrade',
      skip: (code, year) => code === '811292' && year === 2022,
    },
    countries.idOf,
  );

  it("reads imports as the importer reports them, in USD and tonnes, 'World' less the named partners as unnamed", () => {
    // World 90,000,000 USD and 9,000,000 kg; China 45,649,703 USD and 4,322,339.354 kg: the
    // rest, 44,350,297 USD and 4,677,660.646 kg, comes from partners the extract does not name.
    expect(
      flows
        .filter((f) => f.code === '2846')
        .map((f) => [f.exporter, f.importer, f.year, f.value, f.unit]),
    ).toEqual([
      ['CHN', 'USA', 2020, 45649703, 'USD'],
      ['CHN', 'USA', 2020, 4322.339354, 't'],
      ['XNP', 'USA', 2020, 44350297, 'USD'],
      ['XNP', 'USA', 2020, 4677.660646, 't'],
    ]);
  });

  it('skips what another source covers and keeps the rest', () => {
    expect(flows.filter((f) => f.code === '811292').map((f) => [f.year, f.unit])).toEqual([
      [2023, 'USD'],
      [2023, 't'],
    ]);
  });
});

describe('parseUsgsSalientPrices', () => {
  const prices = parseUsgsSalientPrices(
    fixtureText('salient.csv'),
    [
      {
        column: /^Price_Dy2O3_dkg$/,
        mineral: 'dysprosium',
        product: 'Dysprosium oxide',
        unit: 'USD/kg',
      },
      { column: /^Price_TbO2_dkg$/, mineral: 'terbium', product: 'Terbium oxide', unit: 'USD/kg' },
    ],
    'usgs',
  );
  it('reads each year, marks the edition’s latest year estimated, and keeps NA and W unknown', () => {
    expect(
      prices.filter((p) => p.mineral === 'dysprosium').map((p) => [p.year, p.value, p.status]),
    ).toEqual([
      [2096, 239, 'reported'],
      [2097, null, 'not-available'],
      [2098, 1300, 'estimated'],
    ]);
    expect(prices.find((p) => p.mineral === 'terbium' && p.year === 2097)?.status).toBe('withheld');
  });
});

describe('parseMcs2025RareEarths', () => {
  const result = parseMcs2025RareEarths(fixtureText('facts.csv'), byName);

  it('reads the production table with its footnotes, both years estimated as printed, leaving "Other" to the gap', () => {
    expect(result.supply).toEqual([
      expect.objectContaining({
        country: 'CHN',
        year: 2023,
        value: 255000,
        // The printed column is "2023e"; facts.csv marks only 2024.
        status: 'estimated',
        note: { en: 'Footnote 14: production quota; does not include undocumented production.' },
      }),
      expect.objectContaining({ country: 'MMR', year: 2024, value: 31000, status: 'estimated' }),
      expect.objectContaining({ country: 'NGA', year: 2023, value: 7200, status: 'estimated' }),
      expect.objectContaining({ country: 'VNM', year: 2023, value: 300, status: 'estimated' }),
    ]);
    expect(result.worldTotals).toContainEqual(
      expect.objectContaining({ stage: 'mining', year: 2023, value: 376000 }),
    );
  });

  it('puts each footnote under the measure it belongs to, though facts.csv repeats them on every row', () => {
    const reserves = (country: string) => result.reserves.find((r) => r.country === country);
    const mining = (country: string) => result.supply.find((r) => r.country === country);
    expect(reserves('CHN')).toMatchObject({ value: 44000000, status: 'reported' });
    expect(reserves('CHN')?.note).toBeUndefined();
    expect(mining('VNM')?.note?.en).toBe(
      'Footnote 12: estimated based on reported import data for China (source: Zen Innovations, Global Trade Tracker).',
    );
    expect(reserves('VNM')).toMatchObject({
      value: 3500000,
      status: 'reported',
      note: { en: 'Reserves revised in MCS2025.' },
    });
  });

  it('keeps a lower bound as a bound, and NA as unknown', () => {
    const total = result.worldTotals.find((t) => t.stage === 'reserves');
    expect(total).toMatchObject({ year: 2024, value: 90000000, bound: 'lower' });
    expect(total?.note).toBeUndefined();
    expect(result.reserves).toContainEqual(
      expect.objectContaining({ country: 'MMR', value: null, status: 'not-available' }),
    );
  });

  it('reads the oxide prices and ignores other editions and secondary rows', () => {
    expect(result.prices).toEqual([
      expect.objectContaining({
        mineral: 'dysprosium',
        product: 'Dysprosium oxide',
        year: 2024,
        value: 260,
        status: 'estimated',
      }),
    ]);
    expect(result.supply.some((r) => r.year === 2025)).toBe(false);
  });
});

describe('shareTableRecords', () => {
  it('turns percentage shares into a table whose world total is 100 %', () => {
    const table = shareTableRecords(
      {
        mineral: 'germanium',
        stage: 'refining',
        year: 2022,
        shares: readBgsCompiledShares(
          {
            germanium: {
              '2022': [
                { c: 'CN', v: 94 },
                { c: 'XX', v: 3 },
              ],
            },
          },
          'germanium',
          2022,
        ),
        source: 'bgs',
        note: 'shares',
      },
      countries.iso2To3,
    );
    expect(table.worldTotals).toEqual([
      expect.objectContaining({ value: 100, unit: '% of world' }),
    ]);
    expect(table.supply).toEqual([
      expect.objectContaining({ country: 'CHN', value: 94, unit: '% of world' }),
    ]);
    expect(table.unknownCodes).toEqual(['XX']);
  });
});
