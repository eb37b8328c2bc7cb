import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { NetImportReliance, Stage, TradeFlow } from '../../domain/model-schema';
import { importReliance, netImportRelianceOn } from '../import-reliance';

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

describe('netImportRelianceOn', () => {
  const record = (year: number): NetImportReliance => ({
    country: 'USA',
    mineral: 'gallium',
    stage: 'refining',
    subject: { en: 'US net import reliance, gallium', ja: '米国の純輸入依存度：ガリウム' },
    year,
    value: 100,
    status: year === 2025 ? 'estimated' : 'reported',
    source: 'usgs',
  });
  const published = [record(2024), record(2025)];
  const flow = (
    importer: string,
    exporter: string,
    unit: TradeFlow['unit'],
    code = '811292',
    mineral = 'gallium',
  ): TradeFlow => ({ mineral, importer, exporter, year: 2024, value: 1, unit, code, source: 's' });
  // Japan and India: BACI values only (USD); the United States also reports tonnes (Comtrade).
  const trade = [
    flow('JPN', 'CHN', 'USD'),
    flow('IND', 'CHN', 'USD'),
    flow('USA', 'CHN', 'USD'),
    flow('USA', 'CHN', 't'),
    flow('USA', 'CHN', 't', '2846', 'rare-earths'),
    flow('DEU', 'FRA', 'USD'),
  ];
  const query = (country: string, year = 2025, stage: Stage = 'refining') => ({
    country,
    importers: [country],
    mineral: 'gallium',
    stage,
    year,
  });

  it("carries the publisher's figure for the year, as published", () => {
    expect(netImportRelianceOn(published, trade, query('USA'))).toEqual({
      kind: 'published',
      record: record(2025),
    });
  });

  it('says which years are published rather than borrowing another year', () => {
    expect(netImportRelianceOn(published, trade, query('USA', 2023))).toEqual({
      kind: 'not-available',
      reason: 'published-for-other-years',
      codes: [],
      years: [2024, 2025],
    });
  });

  it('is n/a for Japan and India gallium: imports in USD only, set against production in kg', () => {
    for (const country of ['JPN', 'IND']) {
      expect(netImportRelianceOn(published, trade, query(country))).toEqual({
        kind: 'not-available',
        reason: 'trade-in-usd-only',
        codes: ['811292'],
        years: [],
      });
    }
  });

  it('is n/a for a country with no trade data', () => {
    expect(netImportRelianceOn(published, trade, query('KAZ'))).toMatchObject({
      reason: 'no-trade',
      codes: [],
    });
  });

  it('does not set tonnes of a traded product against a stage it is not (US rare-earth mining)', () => {
    expect(
      netImportRelianceOn(published, trade, {
        ...query('USA', 2024, 'mining'),
        mineral: 'rare-earths',
      }),
    ).toMatchObject({ reason: 'tonnes-not-production-form', codes: ['2846'] });
  });

  it("reads a group's imports from outside it (EU27 as DEU and FRA): France's to Germany do not count", () => {
    expect(
      netImportRelianceOn(published, trade, {
        ...query('EU27'),
        importers: ['DEU', 'FRA'],
      }),
    ).toMatchObject({ reason: 'no-trade' });
    expect(
      netImportRelianceOn(published, trade, { ...query('EU27'), importers: ['DEU'] }),
    ).toMatchObject({ reason: 'trade-in-usd-only', codes: ['811292'] });
  });
});
