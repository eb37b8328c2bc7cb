import { describe, expect, it } from 'vitest';
import { smallModel, smallModelWithSourceChange } from '../../../tests/fixtures/small-model';
import { partnersOf } from '../partners';
import { countryShares, foldBeyondTop } from '../shares';
import { concentrationTrend, trendSegments } from '../trend';

const model = smallModel();

describe('concentrationTrend', () => {
  it('gives top-1 share and HHI for each observed year, oldest first', () => {
    const trend = concentrationTrend(model, 'gallium', 'refining');
    expect(trend.map((point) => [point.year, point.top1Country, point.top1Share])).toEqual([
      [2022, 'CHN', 0.8],
      [2023, 'CHN', 0.9],
    ]);
    // 2022: 80² + 10² = 6500 (10 % unattributed, so a lower bound)
    expect(trend[0]?.hhi).toBeCloseTo(6500, 9);
    expect(trend[0]?.hhiIsLowerBound).toBe(true);
    expect(trend.every((point) => !point.projected)).toBe(true);
  });

  it('adds projections after the observed years, marked as projected', () => {
    const trend = concentrationTrend(model, 'graphite', 'mining');
    expect(trend.map((point) => [point.year, point.projected])).toEqual([
      [2023, false],
      [2030, true],
    ]);
    // 2030: China 1000 of a projected world of 2000
    expect(trend[1]).toMatchObject({
      top1Country: 'CHN',
      top1Share: 0.5,
      hhi: 2500,
      hhiIsLowerBound: true,
    });
  });

  it('carries "at most" on the share of a year whose world total is a lower bound', () => {
    const bounded = {
      ...model,
      worldTotals: model.worldTotals.map((total) =>
        total.year === 2023 && total.mineral === 'gallium'
          ? { ...total, bound: 'lower' as const }
          : total,
      ),
    };
    const trend = concentrationTrend(bounded, 'gallium', 'refining');
    // 2023: China 900 of more than 1,000 kg, so at most 90 %; 2022's total is exact.
    expect(trend.map((point) => [point.year, point.top1Share, point.shareBound])).toEqual([
      [2022, 0.8, undefined],
      [2023, 0.9, 'at-most'],
    ]);
  });

  it('is empty for a measure without world totals', () => {
    expect(concentrationTrend(model, 'gallium', 'reserves')).toEqual([]);
  });
});

describe('trendSegments', () => {
  it('keeps the editions of one publication in one unit as one segment', () => {
    const segments = trendSegments(concentrationTrend(model, 'gallium', 'refining'));
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({
      publication: { publisher: 'U.S. Geological Survey', title: 'Mineral Commodity Summaries' },
      unit: 'kg',
    });
  });

  it('breaks where the publication and unit change, so 90 % → 87 % is never one line', () => {
    // 2023: China 900 of 1,000 kg = 90 %; 2024: China 87 of 100 "% of world" = 87 %, another table.
    const trend = concentrationTrend(smallModelWithSourceChange(), 'gallium', 'refining');
    expect(trend.map((point) => [point.year, point.top1Share])).toEqual([
      [2022, 0.8],
      [2023, 0.9],
      [2024, 0.87],
    ]);
    const segments = trendSegments(trend);
    expect(
      segments.map((segment) => [
        segment.publication.title,
        segment.unit,
        segment.points.map((point) => point.year),
      ]),
    ).toEqual([
      ['Mineral Commodity Summaries', 'kg', [2022, 2023]],
      ['World Minerals Outlook to 2029', '% of world', [2024]],
    ]);
  });

  it('keeps a projection with the observed years of the same publication', () => {
    // graphite mining: 2023 observed and the 2030 projection both from the test USGS source, in t.
    const segments = trendSegments(concentrationTrend(model, 'graphite', 'mining'));
    expect(segments.map((segment) => segment.points.map((point) => point.year))).toEqual([
      [2023, 2030],
    ]);
  });
});

describe('partnersOf', () => {
  it('lists the countries that share a partnership with the given one', () => {
    expect(partnersOf(model.partnerships, 'JPN')).toEqual(['AUS']);
    expect(partnersOf(model.partnerships, 'AUS')).toEqual(['JPN']);
    expect(partnersOf(model.partnerships, 'CHN')).toEqual([]);
  });
});

describe('foldBeyondTop', () => {
  const breakdown = countryShares(model.supply, model.worldTotals, {
    mineral: 'gallium',
    measure: 'refining',
    year: 2023,
  });

  it('keeps the largest countries, adds the rest up and keeps unknown values visible', () => {
    const folded = foldBeyondTop(breakdown, 1);
    expect(folded.shown.map((row) => row.country)).toEqual(['CHN', 'USA']);
    expect(folded.otherListed).toEqual({ count: 2, value: 80, share: expect.closeTo(0.08, 12) });
  });

  it('folds nothing when all countries fit', () => {
    expect(foldBeyondTop(breakdown, 10).otherListed).toBeNull();
  });
});
