import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { concentration, concentrationBand, herfindahlIndex } from '../concentration';
import { countryShares } from '../shares';

describe('herfindahlIndex', () => {
  it('is 10,000 for a monopoly', () => {
    expect(herfindahlIndex([1])).toBe(10000);
  });
  it('sums squared percentage shares', () => {
    // 50² + 30² + 20² = 2500 + 900 + 400
    expect(herfindahlIndex([0.5, 0.3, 0.2])).toBeCloseTo(3800, 9);
  });
  it('is 0 with no shares', () => {
    expect(herfindahlIndex([])).toBe(0);
  });
});

describe('concentrationBand', () => {
  it.each([
    [0, 'unconcentrated'],
    [1499.9, 'unconcentrated'],
    [1500, 'moderate'],
    [2500, 'moderate'],
    [2500.1, 'high'],
    [10000, 'high'],
  ] as const)('%d is %s', (hhi, band) => {
    expect(concentrationBand(hhi)).toBe(band);
  });
});

describe('concentration', () => {
  const model = smallModel();
  it('reads top-1, top-3 and the HHI of the known shares', () => {
    const result = concentration(
      countryShares(model.supply, model.worldTotals, {
        mineral: 'gallium',
        measure: 'refining',
        year: 2023,
      }),
    );
    expect(result.top1?.country).toBe('CHN');
    expect(result.top1?.share).toBe(0.9);
    expect(result.top3Share).toBeCloseTo(0.98, 12);
    // 90² + 5² + 3² = 8100 + 25 + 9
    expect(result.hhi).toBeCloseTo(8134, 9);
    expect(result.band).toBe('high');
    // The US is withheld and 2 % is unattributed, so the index is a lower bound.
    expect(result.hhiIsLowerBound).toBe(true);
  });

  it('is exact when the listed countries make up the whole total', () => {
    const result = concentration(
      countryShares(model.supply, model.worldTotals, {
        mineral: 'graphite',
        measure: 'mining',
        year: 2023,
      }),
    );
    // 60² + 40² = 3600 + 1600
    expect(result.hhi).toBeCloseTo(5200, 9);
    expect(result.hhiIsLowerBound).toBe(false);
  });

  it('has nothing to say when no share is known', () => {
    const result = concentration(
      countryShares(model.supply, [], { mineral: 'gallium', measure: 'refining', year: 2023 }),
    );
    expect(result).toEqual({
      top1: null,
      top3Share: null,
      hhi: null,
      band: null,
      hhiIsLowerBound: false,
    });
  });
});
