import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { latestYearWithWorldTotal, modelYears, yearsWithWorldTotal } from '../years';

describe('modelYears', () => {
  it('lists the years with figures, ascending', () => {
    expect(modelYears(smallModel())).toEqual([2022, 2023]);
  });
});

describe('years with a world total', () => {
  const model = {
    worldTotals: [
      { mineral: 'gallium', stage: 'refining', year: 2024, value: null },
      { mineral: 'gallium', stage: 'refining', year: 2021, value: 430 },
      { mineral: 'gallium', stage: 'refining', year: 2023, value: 610 },
      { mineral: 'gallium', stage: 'mining', year: 2025, value: 900 },
    ].map((total) => ({ ...total, unit: 't', status: 'reported', source: 'usgs' })),
  } as Parameters<typeof yearsWithWorldTotal>[0];

  it('counts only the years whose total is published, not withheld or unknown', () => {
    expect(yearsWithWorldTotal(model, 'gallium', 'refining')).toEqual([2021, 2023]);
  });

  it('gives the latest of them, or none for a stage without totals', () => {
    expect(latestYearWithWorldTotal(model, 'gallium', 'refining')).toBe(2023);
    expect(latestYearWithWorldTotal(model, 'gallium', 'reserves')).toBeUndefined();
  });
});
