import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { createModelIndex } from '../../domain/model-index';
import type { Model, TradeFlow } from '../../domain/model-schema';
import { builtInModel, builtInTrade } from '../../../tests/fixtures/built-in';
import { partnersOf } from '../partners';
import { mixedFigureYears, scenarioResults, type ScenarioQuery } from '../scenario-results';

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
      carryingYearWithCapacity: false,
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
      carryingYearWithCapacity: false,
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

describe('mixedFigureYears', () => {
  it('says nothing when production, capacity and imports are of one year', () => {
    expect(
      mixedFigureYears({
        year: 2024,
        productionSources: ['usgs'],
        capacitySources: ['usgs'],
        imports: [{ code: '811292', year: 2024, sources: ['baci'] }],
      }),
    ).toEqual([]);
  });

  it('names each year with what it is used for and its sources, the production year first', () => {
    expect(
      mixedFigureYears({
        year: 2023,
        productionSources: ['usgs-2024', 'usgs-2024'],
        capacitySources: ['usgs-2024'],
        imports: [
          { code: '811292', year: 2024, sources: ['baci'] },
          { code: '280530', year: 2023, sources: ['comtrade'] },
        ],
      }),
    ).toEqual([
      {
        year: 2023,
        uses: [{ kind: 'production' }, { kind: 'capacity' }, { kind: 'imports', code: '280530' }],
        sourceIds: ['usgs-2024', 'comtrade'],
      },
      { year: 2024, uses: [{ kind: 'imports', code: '811292' }], sourceIds: ['baci'] },
    ]);
  });
});

describe('scenarioResults on the built-in model: a full cut of Chinese gallium refining, seen from Japan', () => {
  const index = createModelIndex(builtInModel());
  const trade = builtInTrade();
  const partners = ['JPN', ...partnersOf(index.model.partnerships, 'JPN')];
  const gallium = (year: number, response: ScenarioQuery['response']) =>
    scenarioResults(index, trade, { ...spec, response }, { year, viewAs: 'JPN', partners })[0]!;

  it('goes from 2025 straight to 2023 when partners answer up to capacity', () => {
    // USGS MCS 2026 lists 909,000 kg for 2025 against a rounded world of 900,000 kg; 2024 carries
    // the cut but has no capacities, 2023 (MCS 2024) has both.
    const outcome = gallium(2025, { kind: 'capacity' });
    expect(outcome.result).toBeNull();
    expect(outcome.inputsExceedTotal).toMatchObject({
      worldTotal: 900_000,
      listedTotal: 909_000,
      carryingYear: 2023,
      carryingYearWithCapacity: true,
    });
  });

  it('offers 2024 from 2025 when the partners do not answer: no capacity is needed', () => {
    expect(gallium(2025, { kind: 'none' }).inputsExceedTotal?.carryingYear).toBe(2024);
  });

  it('offers 2023, not 2025 (which cannot carry the cut), when 2024 has no capacities', () => {
    const outcome = gallium(2024, { kind: 'capacity' });
    expect(outcome.result?.partnerHeadroom).toBeNull();
    expect(outcome.capacityYear).toBe(2023);
  });

  it('says that 2023 production and capacity meet 2024 trade', () => {
    const outcome = gallium(2023, { kind: 'capacity' });
    // Japan 7,000 kg, South Korea 14,000 kg, the United States 0 kg of room (MCS 2024).
    expect(outcome.result?.partnerHeadroom).toBe(21_000);
    expect(outcome.capacityYear).toBeNull();
    expect(outcome.mixedYears).toEqual([
      {
        year: 2023,
        uses: [{ kind: 'production' }, { kind: 'capacity' }],
        sourceIds: ['usgs-mcs-2024-gallium'],
      },
      {
        year: 2024,
        uses: [{ kind: 'imports', code: '811292' }],
        sourceIds: ['cepii-baci-hs17-v202601'],
      },
    ]);
  });

  it('says nothing of years when production and trade are both of 2024', () => {
    expect(gallium(2024, { kind: 'none' }).mixedYears).toEqual([]);
  });
});
