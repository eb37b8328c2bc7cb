import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { TradeCode, TradeFlow } from '../../domain/model-schema';
import { UNNAMED_PARTNERS } from '../../domain/trade-partners';
import { exposureScorecard } from '../exposure';

const flow = (overrides: Partial<TradeFlow>): TradeFlow => ({
  mineral: 'gallium',
  exporter: 'CHN',
  importer: 'JPN',
  year: 2023,
  value: 100,
  unit: 'USD',
  code: '811292',
  source: 'baci',
  ...overrides,
});

const code = (id: string, minerals: string[]): TradeCode => ({
  code: id,
  label: { en: `HS ${id}`, ja: `HS ${id}` },
  minerals,
});

const query = { importer: 'JPN', year: 2023, partners: ['AUS'], tradeCodes: [] };

describe('exposureScorecard', () => {
  it("gives the importer's reliance on its largest supplier and the suppliers' HHI", () => {
    const model = smallModel();
    const [gallium] = exposureScorecard(model.trade, {
      ...query,
      partners: ['KOR'],
      tradeCodes: model.tradeCodes,
    });
    // Japan 2023 under HS 811292: China 300 + 100 = 400, Korea 100, of 500 USD.
    // HHI = 80² + 20² = 6,400 + 400 = 6,800; Korea (taken as the partner here) 100 / 500 = 20 %.
    expect(gallium).toMatchObject({
      minerals: ['gallium'],
      code: '811292',
      total: 500,
      top: { exporter: 'CHN', value: 400, share: 0.8 },
      partnersShare: 0.2,
      source: 'news-test',
      missingCodes: [],
    });
    expect(gallium?.supplierHhi).toBeCloseTo(6800, 9);
  });

  it('does not add coded flows to the flows without a code (50 stays 50, not 150)', () => {
    const scorecard = exposureScorecard(
      [flow({ value: 100 }), flow({ exporter: 'KOR', value: 50, code: undefined })],
      query,
    );
    expect(scorecard.map((row) => [row.code, row.total])).toEqual([
      ['811292', 100],
      [null, 50],
    ]);
  });

  it('counts a code filed under gallium and germanium once, for both', () => {
    const scorecard = exposureScorecard(
      [
        flow({ value: 300 }),
        flow({ mineral: 'germanium', value: 300 }),
        flow({ exporter: 'AUS', value: 100 }),
        flow({ mineral: 'germanium', exporter: 'AUS', value: 100 }),
      ],
      query,
    );
    // One row of 300 + 100 = 400 USD, not two rows (or 800): China 75 %, Australia (partner) 25 %.
    expect(scorecard).toHaveLength(1);
    expect(scorecard[0]).toMatchObject({
      minerals: ['gallium', 'germanium'],
      total: 400,
      top: { exporter: 'CHN', share: 0.75 },
      partnersShare: 0.25,
    });
  });

  it('never adds two trade tables together', () => {
    const scorecard = exposureScorecard(
      [flow({ value: 100 }), flow({ value: 120, source: 'comtrade' })],
      query,
    );
    expect(scorecard.map((row) => [row.source, row.total])).toEqual([
      ['baci', 100],
      ['comtrade', 120],
    ]);
  });

  it('marks a mineral whose data hold only some of its codes, even when it tops the ranking', () => {
    const scorecard = exposureScorecard(
      [
        flow({ mineral: 'graphite', code: '250490', value: 8 }),
        flow({ exporter: 'KOR', value: 50 }),
        flow({ value: 50 }),
      ],
      {
        ...query,
        tradeCodes: [
          code('250410', ['graphite']),
          code('250490', ['graphite']),
          code('380110', ['graphite']),
          code('811292', ['gallium', 'germanium']),
        ],
      },
    );
    // Graphite: China 8 of 8 USD = 100 %, ranked first; gallium: China 50 of 100 = 50 %.
    expect(scorecard.map((row) => [row.minerals, row.top?.share, row.missingCodes])).toEqual([
      [['graphite'], 1, ['250410', '380110']],
      [['gallium'], 0.5, []],
    ]);
  });

  it('takes shares of all the importer reports, and never takes unnamed partners for one supplier', () => {
    // A Comtrade extract naming China only: 116 from China of a reported 170 from the world.
    const [exposure] = exposureScorecard(
      [
        flow({ exporter: 'CHN', value: 116, source: 'comtrade' }),
        flow({ exporter: UNNAMED_PARTNERS, value: 54, source: 'comtrade' }),
      ],
      query,
    );
    // China 116 / 170 = 68.2 %, not 100 %; the HHI counts China alone: 68.2² = 4,656, at least.
    expect(exposure?.total).toBe(170);
    expect(exposure?.top).toMatchObject({ exporter: 'CHN', share: 116 / 170 });
    expect(exposure?.supplierHhi).toBeCloseTo((116 / 170) ** 2 * 10000, 9);
    expect(exposure?.supplierHhiIsLowerBound).toBe(true);

    const [named] = exposureScorecard(
      [
        flow({ exporter: 'CHN', value: 10, source: 'comtrade' }),
        flow({ exporter: UNNAMED_PARTNERS, value: 90, source: 'comtrade' }),
      ],
      query,
    );
    // The unnamed 90 % may hold a supplier larger than China's 10 %: the largest is unknown.
    expect(named?.top).toBeNull();
    expect(named?.supplierHhiIsLowerBound).toBe(true);
  });

  it('is empty for a year without imports', () => {
    expect(exposureScorecard(smallModel().trade, { ...query, year: 2020 })).toEqual([]);
  });
});
