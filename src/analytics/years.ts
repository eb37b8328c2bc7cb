import type { Measure, Model } from '../domain/model-schema';

/** The years that have figures in the model, ascending. */
export function modelYears(model: Pick<Model, 'supply' | 'worldTotals'>): number[] {
  const years = new Set<number>();
  for (const record of model.supply) years.add(record.year);
  for (const total of model.worldTotals) years.add(total.year);
  return [...years].sort((a, b) => a - b);
}

/** The years with a published world total for a mineral's stage, ascending; shares exist only there. */
export function yearsWithWorldTotal(
  model: Pick<Model, 'worldTotals'>,
  mineral: string,
  stage: Measure,
): number[] {
  return model.worldTotals
    .filter((total) => total.mineral === mineral && total.stage === stage && total.value !== null)
    .map((total) => total.year)
    .sort((a, b) => a - b);
}

/** The latest year with a published world total for a mineral's stage, if any. */
export function latestYearWithWorldTotal(
  model: Pick<Model, 'worldTotals'>,
  mineral: string,
  stage: Measure,
): number | undefined {
  return yearsWithWorldTotal(model, mineral, stage).at(-1);
}
