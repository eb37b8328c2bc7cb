import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { createModelIndex } from '../../domain/model-index';
import type { Model, TradeFlow } from '../../domain/model-schema';
import { scenarioResults, type ScenarioQuery } from '../scenario-results';

const spec: ScenarioQuery = {
  supplier: 'CHN',
  stage: 'refining',
  cut: 1,
  response: { kind: 'none' },
  minerals: ['gallium'],
};
const context = { year: 2023, viewAs: 'JPN', partners: ['AUS', 'USA'] };

/** The small model with gallium refining 2023 given another world total. */
function withTotal(value: number): Model {
  const model = smallModel();
  const total = model.worldTotals.find(
    (row) => row.mineral === 'gallium' && row.stage === 'refining' && row.year === 2023,
  )!;
  total.value = value;
  return model;
}

const outcome = (model: Model) => scenarioResults(createModelIndex(model), [], spec, context)[0]!;

describe('scenarioResults when the inputs exceed the world total', () => {
  it('gives a result when the figures can carry the cut', () => {
    const { result, inputsExceedTotal } = outcome(withTotal(1000));
    // China's 900 of 1,000 cut: 100 left.
    expect(result?.worldAfter).toBe(100);
    expect(inputsExceedTotal).toBeNull();
  });

  it('says so instead of negative shares when a country is above the total', () => {
    // China 900 of a total of 870 (within 5 % rounding): cutting all of it leaves 870 − 900 = −30.
    const { result, inputsExceedTotal } = outcome(withTotal(870));
    expect(result).toBeNull();
    // The countries listed hold 980 of the published 870; 2022's figures carry the same cut.
    expect(inputsExceedTotal).toEqual({
      worldAfter: -30,
      unit: 'kg',
      worldTotal: 870,
      listedTotal: 980,
      carryingYear: 2022,
    });
  });

  it('says so instead of an infinite share when the listed countries hold the whole total', () => {
    const model = withTotal(900);
    model.supply = model.supply.filter(
      (row) => !(row.mineral === 'gallium' && row.year === 2023 && row.country !== 'CHN'),
    );
    // China alone holds the whole 900: a full cut leaves a world of 0.
    const { result, inputsExceedTotal } = outcome(model);
    expect(result).toBeNull();
    expect(inputsExceedTotal).toEqual({
      worldAfter: 0,
      unit: 'kg',
      worldTotal: 900,
      listedTotal: 900,
      carryingYear: 2022,
    });
  });
});

const flow = (overrides: Partial<TradeFlow>): TradeFlow => ({
  mineral: 'gallium',
  exporter: 'CHN',
  importer: 'USA',
  year: 2023,
  value: 200,
  unit: 'USD',
  code: '811292',
  source: 'baci',
  ...overrides,
});

describe('scenarioResults', () => {
  it("puts imports at risk from one trade table, not BACI and the importer's own figures added up", () => {
    const trade = [
      flow({}),
      flow({ exporter: 'KOR', value: 100 }),
      flow({ value: 350, source: 'comtrade' }),
    ];
    const [gallium] = scenarioResults(
      createModelIndex(smallModel()),
      trade,
      {
        supplier: 'CHN',
        stage: 'refining',
        cut: 0.5,
        response: { kind: 'none' },
        minerals: ['gallium'],
      },
      { year: 2023, viewAs: 'USA', partners: [] },
    );
    // BACI: China 200 of 300 USD; a 50 % cut puts 100 USD at risk (not 550 of 650).
    expect(gallium?.imports).toEqual([
      {
        code: '811292',
        year: 2023,
        sources: ['baci'],
        fromSupplier: 200,
        shareOfImports: 200 / 300,
        atRisk: 100,
        totalImports: 300,
      },
    ]);
  });
});
