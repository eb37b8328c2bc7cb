import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { importReliance } from '../import-reliance';

const { trade } = smallModel();

describe('importReliance', () => {
  it("gives each supplier's part of the importer's recorded imports", () => {
    // Japan imports 300 + 100 from China and 100 from Korea: 500 in all.
    const result = importReliance(trade, {
      importer: 'JPN',
      mineral: 'gallium',
      year: 2023,
      unit: 'USD',
    });
    expect(result.total).toBe(500);
    expect(result.suppliers).toEqual([
      { exporter: 'CHN', value: 400, share: 0.8 },
      { exporter: 'KOR', value: 100, share: 0.2 },
    ]);
    expect(result.sources).toEqual(['news-test']);
  });

  it('filters by HS code', () => {
    const result = importReliance(trade, {
      importer: 'JPN',
      mineral: 'gallium',
      year: 2023,
      unit: 'USD',
      code: '850511',
    });
    expect(result).toEqual({ total: 0, suppliers: [], sources: [] });
  });

  it('has no suppliers for a country that imports nothing', () => {
    const result = importReliance(trade, {
      importer: 'KOR',
      mineral: 'gallium',
      year: 2023,
      unit: 'USD',
    });
    expect(result.suppliers).toEqual([]);
  });
});
