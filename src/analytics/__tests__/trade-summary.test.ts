import { describe, expect, it } from 'vitest';
import type { TradeFlow } from '../../domain/model-schema';
import { countryTradeSummary } from '../trade-summary';

const flow = (overrides: Partial<TradeFlow>): TradeFlow => ({
  mineral: 'gallium',
  exporter: 'CHN',
  importer: 'USA',
  year: 2024,
  value: 100,
  unit: 'USD',
  code: '811292',
  source: 'baci',
  ...overrides,
});

describe('countryTradeSummary', () => {
  it("adds a supplier's flows up and gives shares of the country's imports", () => {
    const [summary] = countryTradeSummary(
      [flow({ value: 300 }), flow({ value: 100 }), flow({ exporter: 'JPN', value: 100 })],
      'USA',
      3,
    );
    // China 300 + 100 = 400 of 500 = 80 %; Japan 100 of 500 = 20 %.
    expect(summary?.suppliers).toEqual([
      { country: 'CHN', value: 400, share: 0.8 },
      { country: 'JPN', value: 100, share: 0.2 },
    ]);
    expect(summary?.customers).toEqual([]);
  });

  it('takes one trade table, never BACI and the reporter’s own figures added together', () => {
    const [summary] = countryTradeSummary(
      [
        flow({ value: 300 }),
        flow({ exporter: 'JPN', value: 100 }),
        flow({ value: 350, source: 'comtrade' }),
      ],
      'USA',
      3,
    );
    // BACI has two flows of the US, Comtrade one: BACI's 300 + 100 = 400, not 750.
    expect(summary).toMatchObject({ source: 'baci', year: 2024 });
    expect(summary?.suppliers.map((row) => [row.country, row.value])).toEqual([
      ['CHN', 300],
      ['JPN', 100],
    ]);
  });

  it('counts a code filed under gallium and germanium once, in its latest year', () => {
    const [summary] = countryTradeSummary(
      [
        flow({ value: 300 }),
        flow({ mineral: 'germanium', value: 300 }),
        flow({ year: 2022, value: 999 }),
        flow({ exporter: 'USA', importer: 'JPN', value: 50 }),
        flow({ mineral: 'germanium', exporter: 'USA', importer: 'JPN', value: 50 }),
      ],
      'USA',
      1,
    );
    expect(summary).toMatchObject({
      year: 2024,
      suppliers: [{ country: 'CHN', value: 300, share: 1 }],
      customers: [{ country: 'JPN', value: 50, share: 1 }],
    });
  });
});
