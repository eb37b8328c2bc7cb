import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { TradeFlow } from '../../domain/model-schema';
import { timelineItems, tradeAroundEvent } from '../timeline';

const model = smallModel();

describe('timelineItems', () => {
  it('puts events and partnerships on one line, oldest first', () => {
    expect(
      timelineItems(model, { minerals: [], countries: [] }).map((item) => [
        item.date,
        item.category,
        item.origin,
      ]),
    ).toEqual([
      ['2023-03-07', 'investment', 'partnership'],
      ['2023-08-01', 'export-control', 'event'],
    ]);
  });

  it('filters by mineral and by country, keeping items that name no mineral', () => {
    const general = { ...model, partnerships: [{ ...model.partnerships[0]!, minerals: [] }] };
    expect(
      timelineItems(general, { minerals: ['graphite'], countries: [] }).map((i) => i.id),
    ).toEqual(['jp-au']);
    expect(
      timelineItems(model, { minerals: ['gallium'], countries: ['CHN'] }).map((i) => i.id),
    ).toEqual(['cn-controls']);
  });
});

describe('tradeAroundEvent', () => {
  const flow = (importer: string, year: number, value: number, mineral = 'gallium'): TradeFlow => ({
    mineral,
    exporter: 'CHN',
    importer,
    year,
    value,
    unit: 'USD',
    code: '811292',
    source: 's',
  });
  const trade = [
    flow('JPN', 2022, 100),
    flow('USA', 2022, 300),
    flow('JPN', 2024, 50),
    flow('USA', 2024, 150),
    flow('JPN', 2022, 100, 'germanium'),
    flow('JPN', 2024, 50, 'germanium'),
  ];

  it('compares the last year before and the first after, in all and to one importer, once per code', () => {
    expect(
      tradeAroundEvent(trade, {
        exporter: 'CHN',
        importer: 'JPN',
        minerals: ['gallium', 'germanium'],
        date: '2023-08-01',
      }),
    ).toEqual([
      {
        code: '811292',
        mineral: 'gallium',
        before: { year: 2022, total: 400, toImporter: 100 },
        after: { year: 2024, total: 200, toImporter: 50 },
        change: -0.5,
        sources: ['s'],
      },
    ]);
  });

  it('takes both years from one source, never a full table against a partial one', () => {
    const before = [flow('JPN', 2022, 100), flow('USA', 2022, 300)];
    const partialAfter = [{ ...flow('USA', 2024, 10), source: 'partial' }];
    expect(
      tradeAroundEvent([...before, ...partialAfter], {
        exporter: 'CHN',
        importer: 'JPN',
        minerals: ['gallium'],
        date: '2023-08-01',
      }),
    ).toEqual([]);
  });

  it('gives nothing when the data has no year on one side of the event', () => {
    expect(
      tradeAroundEvent(trade, {
        exporter: 'CHN',
        importer: 'JPN',
        minerals: ['gallium'],
        date: '2025-04-04',
      }),
    ).toEqual([]);
  });
});
