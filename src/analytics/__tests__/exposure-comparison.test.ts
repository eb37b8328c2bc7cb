import { describe, expect, it } from 'vitest';
import type { TradeFlow } from '../../domain/model-schema';
import { exposureScorecard } from '../exposure';
import { compareExposures, pairExposures } from '../exposure-comparison';

const flow = (overrides: Partial<TradeFlow>): TradeFlow => ({
  mineral: 'gallium',
  exporter: 'CHN',
  importer: 'JPN',
  year: 2022,
  value: 100,
  unit: 'USD',
  code: '811292',
  source: 'baci',
  ...overrides,
});

const scorecard = (trade: TradeFlow[], year: number) =>
  exposureScorecard(trade, { importer: 'JPN', year, partners: [], tradeCodes: [] });

// 2022: China 300, Korea 100 (of 400). 2024: China 450, Vietnam 50 (of 500).
const trade = [
  flow({ value: 300 }),
  flow({ exporter: 'KOR', value: 100 }),
  flow({ year: 2024, value: 450 }),
  flow({ year: 2024, exporter: 'VNM', value: 50 }),
];

describe('compareExposures', () => {
  it('sets two years of one code side by side, supplier by supplier', () => {
    const comparison = compareExposures(scorecard(trade, 2022)[0]!, scorecard(trade, 2024)[0]!);
    // Total 400 → 500: +100 USD, +100 / 400 = +25 %.
    expect(comparison.totalChange).toBe(100);
    expect(comparison.relativeTotalChange).toBe(0.25);
    // China 300 of 400 = 75 % → 450 of 500 = 90 %: +150 USD, +15 points.
    const [china, vietnam, korea] = comparison.suppliers;
    expect(china).toMatchObject({
      exporter: 'CHN',
      earlier: { value: 300, share: 0.75 },
      later: { value: 450, share: 0.9 },
      valueChange: 150,
    });
    expect(china!.shareChange).toBeCloseTo(0.15, 12);
    // Vietnam is not reported in 2022 and Korea not in 2024: no change is computed against zero.
    expect(vietnam).toEqual({
      exporter: 'VNM',
      earlier: null,
      later: { exporter: 'VNM', value: 50, share: 0.1 },
      valueChange: null,
      shareChange: null,
    });
    expect(korea).toEqual({
      exporter: 'KOR',
      earlier: { exporter: 'KOR', value: 100, share: 0.25 },
      later: null,
      valueChange: null,
      shareChange: null,
    });
  });

  it('orders the years itself, whichever is chosen first', () => {
    const comparison = compareExposures(scorecard(trade, 2024)[0]!, scorecard(trade, 2022)[0]!);
    expect([comparison.earlier.year, comparison.later.year]).toEqual([2022, 2024]);
    expect(comparison.totalChange).toBe(100);
  });

  it('refuses two different tables', () => {
    const comtrade = scorecard([flow({ year: 2024, source: 'comtrade' })], 2024)[0]!;
    expect(() => compareExposures(scorecard(trade, 2022)[0]!, comtrade)).toThrow(/one table/);
  });
});

describe('pairExposures', () => {
  it('pairs each code and table with the same in the other year, or with nothing', () => {
    const withGraphite = [...trade, flow({ year: 2024, mineral: 'graphite', code: '250490' })];
    const pairs = pairExposures(scorecard(withGraphite, 2024), scorecard(withGraphite, 2022));
    // Graphite (China 100 %) ranks first in 2024 and has no 2022 figure to compare with.
    expect(
      pairs.map((pair) => [pair.exposure.code, pair.comparison?.earlier.year ?? null]),
    ).toEqual([
      ['250490', null],
      ['811292', 2022],
    ]);
  });
});
