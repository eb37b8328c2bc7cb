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
      listedShare: 0,
      sharesExceedTotal: false,
    });
  });

  it('gives no top-3 share or HHI when the listed countries exceed the total beyond rounding', () => {
    const query = { mineral: 'gallium', measure: 'refining', year: 2023 } as const;
    const totals = model.worldTotals.map((total) =>
      total.mineral === 'gallium' && total.stage === 'refining' && total.year === 2023
        ? { ...total, value: 900 }
        : total,
    );
    const result = concentration(countryShares(model.supply, totals, query));
    // China 900, Japan 50, Korea 30 of 900: 980 / 900 ≈ 1.089, 8.9 % over (each within the rules).
    expect(result.listedShare).toBeCloseTo(980 / 900, 12);
    expect(result.sharesExceedTotal).toBe(true);
    expect(result).toMatchObject({ top3Share: null, hhi: null, band: null });
    expect(result.top1?.country).toBe('CHN');
  });

  it('still reads a total the listed countries pass by no more than rounding', () => {
    const totals = model.worldTotals.map((total) =>
      total.mineral === 'gallium' && total.stage === 'refining' && total.year === 2023
        ? { ...total, value: 950 }
        : total,
    );
    const result = concentration(
      countryShares(model.supply, totals, { mineral: 'gallium', measure: 'refining', year: 2023 }),
    );
    // 980 / 950 ≈ 1.032: 3.2 % over, within the 5 % that rounded totals allow.
    expect(result.sharesExceedTotal).toBe(false);
    expect(result.hhi).not.toBeNull();
  });
});
