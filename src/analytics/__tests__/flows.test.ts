import { describe, expect, it } from 'vitest';
import type { TradeFlow } from '../../domain/model-schema';
import { UNNAMED_PARTNERS } from '../../domain/trade-partners';
import { REST_OF_WORLD, sankeyInput, topFlows, tradeCodesWithYears } from '../flows';

const flow = (exporter: string, importer: string, value: number, year = 2024): TradeFlow => ({
  mineral: 'graphite',
  exporter,
  importer,
  year,
  value,
  unit: 'USD',
  code: '250490',
  source: 's',
});
const trade = [
  flow('CHN', 'JPN', 500),
  flow('CHN', 'USA', 300),
  flow('CHN', 'DEU', 100),
  flow('MOZ', 'CHN', 80),
  flow('BRA', 'USA', 20),
  flow('BRA', 'DEU', 10),
  flow('CHN', 'JPN', 999, 2022),
];
const query = { mineral: 'graphite', code: '250490', year: 2024 };

describe('topFlows', () => {
  it('keeps the largest flows of the code and year', () => {
    expect(topFlows(trade, query, 2).map((f) => [f.exporter, f.importer, f.value])).toEqual([
      ['CHN', 'JPN', 500],
      ['CHN', 'USA', 300],
    ]);
  });
});

describe('tradeCodesWithYears', () => {
  it('lists the codes of a mineral with their years, fullest first', () => {
    expect(tradeCodesWithYears([...trade, { ...trade[0]!, code: '250410' }], 'graphite')).toEqual([
      { code: '250490', years: [2022, 2024], flows: 7 },
      { code: '250410', years: [2024], flows: 1 },
    ]);
  });
});

describe('sankeyInput', () => {
  it('keeps the top exporters and importers and folds the rest into "Rest of world" on each side', () => {
    const result = sankeyInput(trade, query, { topExporters: 1, topImporters: 2 });
    // Exporters: CHN 900 kept; MOZ 80 and BRA 30 fold. Importers: JPN 500 and USA 320 kept; DEU 110 and CHN 80 fold.
    expect(result.links).toEqual([
      { source: 'e:CHN', target: 'i:JPN', value: 500 },
      { source: 'e:CHN', target: 'i:USA', value: 300 },
      { source: 'e:CHN', target: `i:${REST_OF_WORLD}`, value: 100 },
      { source: `e:${REST_OF_WORLD}`, target: `i:${REST_OF_WORLD}`, value: 90 },
      { source: `e:${REST_OF_WORLD}`, target: 'i:USA', value: 20 },
    ]);
    expect(result.total).toBe(1010);
    expect(result.nodes.map((node) => node.id)).toEqual([
      'e:CHN',
      'e:REST',
      'i:JPN',
      'i:REST',
      'i:USA',
    ]);
  });

  it('sets the unnamed partners apart as a remainder of the total, never as an exporter', () => {
    const withUnnamed = [
      ...trade,
      { ...trade[0]!, exporter: UNNAMED_PARTNERS, importer: 'USA', value: 70 },
    ];
    const result = sankeyInput(withUnnamed, query, { topExporters: 5, topImporters: 5 });
    expect(result.nodes.some((node) => node.key === UNNAMED_PARTNERS)).toBe(false);
    // The total is still every reported flow: 1,010 named + 70 unnamed = 1,080.
    expect(result.total).toBe(1080);
    expect(result.unnamed).toEqual({ value: 70, importers: ['USA'] });
    expect(sankeyInput(trade, query, { topExporters: 5, topImporters: 5 }).unnamed).toBeNull();
  });

  it('gathers countries into their groups first', () => {
    const groupOf = (country: string) => ({ JPN: 'G7', USA: 'G7', DEU: 'G7' })[country];
    const result = sankeyInput(trade, query, { topExporters: 5, topImporters: 5, groupOf });
    expect(result.links.filter((link) => link.target === 'i:G7')).toEqual([
      { source: 'e:CHN', target: 'i:G7', value: 900 },
      { source: 'e:BRA', target: 'i:G7', value: 30 },
    ]);
  });
});
