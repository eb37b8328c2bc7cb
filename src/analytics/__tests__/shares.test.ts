import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { MAX_VALUE } from '../../domain/model-schema';
import { concentration } from '../concentration';
import { alternativeShares, countryShares, foldBeyondTop } from '../shares';

const model = smallModel();
const gallium2023 = () =>
  countryShares(model.supply, model.worldTotals, {
    mineral: 'gallium',
    measure: 'refining',
    year: 2023,
  });

describe('countryShares', () => {
  it('divides each country by the published world total, largest first, unknown last', () => {
    const breakdown = gallium2023();
    expect(breakdown.countries.map((row) => [row.country, row.share])).toEqual([
      ['CHN', 0.9],
      ['JPN', 0.05],
      ['KOR', 0.03],
      ['USA', null],
    ]);
    expect(breakdown.worldTotal?.value).toBe(1000);
  });

  it('keeps the gap to the world total as unattributed instead of spreading it', () => {
    expect(gallium2023().unattributed).toEqual({ value: 20, share: 0.02 });
  });

  it('keeps status and source on each row', () => {
    const japan = gallium2023().countries.find((row) => row.country === 'JPN');
    expect(japan).toMatchObject({ status: 'estimated', source: 'usgs-test', value: 50 });
  });

  it('gives no shares when there is no world total', () => {
    const breakdown = countryShares(model.supply, [], {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(breakdown.countries.every((row) => row.share === null)).toBe(true);
    expect(breakdown.unattributed).toBeNull();
  });

  it('never makes the unattributed part negative when a rounded total is below the sum', () => {
    const totals = [{ ...model.worldTotals[0]!, value: 970 }];
    const breakdown = countryShares(model.supply, totals, {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(breakdown.unattributed).toEqual({ value: 0, share: 0 });
  });

  it('marks shares against a total published as a lower bound as at most', () => {
    // World total "more than 1,000": China's 900 is at most 900 / 1,000 = 90 %.
    const totals = [{ ...model.worldTotals[0]!, bound: 'lower' as const }];
    const breakdown = countryShares(model.supply, totals, {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(breakdown.shareBound).toBe('at-most');
    expect(breakdown.countries[0]).toMatchObject({ country: 'CHN', share: 0.9 });
    expect(gallium2023().shareBound).toBeUndefined();
  });

  it('says when the listed countries add up to more than a rounded world total', () => {
    // Listed: 900 + 50 + 30 = 980 kg (the US is withheld) against a published 970 kg.
    const totals = [{ ...model.worldTotals[0]!, value: 970 }];
    const breakdown = countryShares(model.supply, totals, {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(breakdown.listedExceedTotal).toEqual({ listed: 980, total: 970 });
    expect(gallium2023().listedExceedTotal).toBeNull();
  });

  it('clamps the unattributed rest at zero, never negative, when the listed countries pass the total', () => {
    // 970 − 980 = −10 kg would be a negative "other": it is 0 kg and 0 %, and the excess is said.
    const totals = [{ ...model.worldTotals[0]!, value: 970 }];
    const breakdown = countryShares(model.supply, totals, {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(breakdown.unattributed).toEqual({ value: 0, share: 0 });
    expect(breakdown.countries[0]?.share).toBeCloseTo(900 / 970, 12);
  });

  it('keeps every figure finite with 1,000 countries at the contract’s largest value', () => {
    const countries = Array.from({ length: 1000 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const supply = countries.map((country) => ({
      ...model.supply[0]!,
      country,
      value: MAX_VALUE,
    }));
    const totals = [{ ...model.worldTotals[0]!, value: MAX_VALUE }];
    const query = { mineral: 'gallium', measure: 'refining', year: 2023 } as const;
    const breakdown = countryShares(supply, totals, query);
    // 1,000 × 1e15 = 1e18 listed against 1e15: each share 1, the rest clamped at 0, the sum said.
    expect(breakdown.listedExceedTotal).toEqual({ listed: 1e18, total: MAX_VALUE });
    expect(breakdown.unattributed).toEqual({ value: 0, share: 0 });
    expect(breakdown.countries.every((row) => row.share === 1)).toBe(true);
    // The 990 beyond the largest ten: 990 × 1e15 = 9.9e17, and shares 990 × 1 = 990.
    expect(foldBeyondTop(breakdown, 10).otherListed).toEqual({
      count: 990,
      value: 9.9e17,
      share: 990,
    });
    expect(concentration(breakdown)).toMatchObject({
      listedShare: 1000,
      sharesExceedTotal: true,
      hhi: null,
    });
  });

  it('does not call a lower-bound total exceeded: "more than 970" may well be 980', () => {
    const totals = [{ ...model.worldTotals[0]!, value: 970, bound: 'lower' as const }];
    const breakdown = countryShares(model.supply, totals, {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(breakdown.listedExceedTotal).toBeNull();
    expect(breakdown.shareBound).toBe('at-most');
  });

  it('returns nothing for a stage with no records', () => {
    const breakdown = countryShares(model.supply, model.worldTotals, {
      mineral: 'gallium',
      measure: 'mining',
      year: 2023,
    });
    expect(breakdown.countries).toEqual([]);
  });
});

describe('alternativeShares', () => {
  it('gives each second reading of the year as its own breakdown, against its own total', () => {
    // BGS-like shares: China 68 of 100 (% of world) = 0.68, beside the main table's 900 of 1,000 kg.
    const second = { source: 'bgs', unit: '% of world' };
    const withAlternative = {
      alternatives: {
        supply: [{ ...model.supply[0]!, ...second, value: 68 }],
        worldTotals: [{ ...model.worldTotals[0]!, ...second, value: 100 }],
        reserves: [],
      },
    };
    const [reading, ...rest] = alternativeShares(withAlternative, {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(rest).toEqual([]);
    expect(reading!.worldTotal?.source).toBe('bgs');
    expect(reading!.countries.map((row) => [row.country, row.share])).toEqual([['CHN', 0.68]]);
    expect(
      alternativeShares(withAlternative, { mineral: 'gallium', measure: 'refining', year: 2022 }),
    ).toEqual([]);
  });

  it('gives nothing for a model without alternatives', () => {
    expect(
      alternativeShares(model, { mineral: 'gallium', measure: 'refining', year: 2023 }),
    ).toEqual([]);
  });
});
