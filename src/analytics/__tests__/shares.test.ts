import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { alternativeShares, countryShares } from '../shares';

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
