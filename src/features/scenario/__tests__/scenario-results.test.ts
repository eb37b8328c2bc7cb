import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../../tests/fixtures/small-model';
import { createModelIndex } from '../../../domain/model-index';
import type { TradeFlow } from '../../../domain/model-schema';
import { scenarioResults } from '../scenario-results';

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
      { supplier: 'CHN', stage: 'refining', cut: 50, response: 'none', minerals: ['gallium'] },
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
