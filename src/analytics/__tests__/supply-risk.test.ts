import { describe, expect, it } from 'vitest';
import register from '../../../data/curated/export-controls.json';
import {
  exportControlSchema,
  type GovernanceRecord,
  type TradeFlow,
} from '../../domain/model-schema';
import {
  euSupplyRisk,
  governanceRisk,
  governanceWeightedHhi,
  heldIndicators,
  shareUnderControls,
  singleSupplierGauges,
} from '../supply-risk';

const controls = exportControlSchema.array().parse(register);
const FIVE = ['CC', 'GE', 'PV', 'RQ', 'VA'] as const;
const estimates = (country: string, values: number[]): GovernanceRecord[] =>
  FIVE.map((indicator, i) => ({
    country,
    year: 2023,
    indicator,
    value: values[i]!,
    source: 'wgi',
  }));

// WGI 2023 estimates as the World Bank publishes them (CC, GE, PV, RQ, VA), rounded to 4 places here.
const governance = [
  ...estimates('CHN', [-0.0054, 0.679, -0.5131, -0.3565, -1.5046]),
  ...estimates('JPN', [1.3957, 1.6313, 0.9511, 1.4693, 1.1055]),
  ...estimates('IND', [-0.366, 0.4751, -0.6351, -0.137, 0.0944]),
  ...estimates('GBR', [1.5, 1.2, 0.5, 1.4, 1.2]),
];
const risk = (country: string) => governanceRisk(governance, country, FIVE).value;

describe('governanceRisk (EU rescaling 0–10 of the mean estimate)', () => {
  it('computes China, Japan and India from their five estimates', () => {
    // China: mean (−0.0054 + 0.679 − 0.5131 − 0.3565 − 1.5046) / 5 = −1.7006 / 5 = −0.34012;
    // (2.5 − (−0.34012)) × 2 = 5.68024.
    expect(risk('CHN')).toBeCloseTo(5.68024, 5);
    // Japan: mean 6.5529 / 5 = 1.31058; (2.5 − 1.31058) × 2 = 2.37884.
    expect(risk('JPN')).toBeCloseTo(2.37884, 5);
    // India: mean −0.5686 / 5 = −0.11372; (2.5 + 0.11372) × 2 = 5.22744.
    expect(risk('IND')).toBeCloseTo(5.22744, 5);
  });

  it('gives n/a, not a default, to a country without estimates or missing one', () => {
    expect(risk('XAS')).toBeNull();
    const partial = governance.filter((r) => !(r.country === 'GBR' && r.indicator === 'PV'));
    expect(governanceRisk(partial, 'GBR', FIVE)).toMatchObject({
      value: null,
      indicators: ['CC', 'GE', 'RQ', 'VA'],
    });
  });

  it('lists the indicators the data holds, Rule of Law absent', () => {
    expect(heldIndicators(governance)).toEqual(['CC', 'GE', 'PV', 'RQ', 'VA']);
  });
});

describe('governanceWeightedHhi', () => {
  it('weights the squared shares of world gallium refining 2025 (USGS) by governance', () => {
    // China 900,000 / 900,000 kg = 1; Japan 3,000 / 900,000 = 0.003333; Russia left out here.
    // 1² × 5.68024 + 0.003333² × 2.37884 = 5.68024 + 0.0000264 = 5.68027.
    const hhi = governanceWeightedHhi(
      [
        { country: 'CHN', share: 1 },
        { country: 'JPN', share: 3000 / 900000 },
      ],
      0,
      risk,
    );
    expect(hhi.value).toBeCloseTo(5.68027, 5);
    expect(hhi.atLeast).toBe(false);
  });

  it('is a lower bound when some supply is unattributed, and n/a when a supplier has no governance value', () => {
    // 0.6² × 5.68024 = 2.04489, with 40 % unattributed: at least that.
    expect(governanceWeightedHhi([{ country: 'CHN', share: 0.6 }], 0.4, risk)).toEqual({
      value: expect.closeTo(2.04489, 5),
      atLeast: true,
      missingGovernance: [],
    });
    expect(
      governanceWeightedHhi(
        [
          { country: 'XAS', share: 0.2 },
          { country: 'CHN', share: 0.8 },
        ],
        0,
        risk,
      ),
    ).toEqual({ value: null, atLeast: false, missingGovernance: ['XAS'] });
  });
});

describe('euSupplyRisk', () => {
  it('combines global and own sourcing by import reliance, and is n/a without it', () => {
    // IR 0.8: 5 × 0.4 + 3 × (1 − 0.4) = 2 + 1.8 = 3.8.
    expect(euSupplyRisk({ worldHhiWgi: 5, sourcingHhiWgi: 3, importReliance: 0.8 })).toBeCloseTo(
      3.8,
    );
    expect(euSupplyRisk({ worldHhiWgi: 5, sourcingHhiWgi: 3, importReliance: null })).toBeNull();
  });
});

// Japan's and India's imports under HS 811292 in 2024 (BACI, USD), the five largest suppliers.
const flow = (importer: string, exporter: string, value: number): TradeFlow => ({
  mineral: 'gallium',
  exporter,
  importer,
  year: 2024,
  value,
  unit: 'USD',
  code: '811292',
  source: 'baci',
});
const trade: TradeFlow[] = [
  flow('JPN', 'XAS', 16277744),
  flow('JPN', 'CHN', 16149339),
  flow('JPN', 'KOR', 14180947),
  flow('IND', 'CHN', 472000),
  flow('IND', 'GBR', 327049),
  flow('IND', 'JPN', 124037),
  flow('DEU', 'FRA', 100),
  flow('DEU', 'CHN', 300),
];

describe('shareUnderControls and singleSupplierGauges, Japan and India', () => {
  const imports = (importer: string) => {
    const own = trade.filter((f) => f.importer === importer);
    const total = own.reduce((a, f) => a + f.value, 0);
    return own.map((f) => ({ country: f.exporter, share: f.value / total }));
  };

  it("counts China's share of India's gallium imports on 29 Nov 2026 (No. 23 [2023] in force)", () => {
    // 472,000 / (472,000 + 327,049 + 124,037 = 923,086) = 0.511328.
    const covered = shareUnderControls(imports('IND'), controls, {
      mineral: 'gallium',
      date: '2026-11-29',
      viewAs: 'IND',
    });
    expect(covered.share).toBeCloseTo(0.511328, 6);
    expect(covered.countries).toEqual(['CHN']);
    expect(covered.controls).toEqual(['cn-2023-23']);
  });

  it('adds the measures aimed at Japan for Japan, and none before 3 Jul 2023', () => {
    // 16,149,339 / (16,277,744 + 16,149,339 + 14,180,947 = 46,608,030) = 0.346493.
    const japan = shareUnderControls(imports('JPN'), controls, {
      mineral: 'gallium',
      date: '2026-11-29',
      viewAs: 'JPN',
    });
    expect(japan.share).toBeCloseTo(0.346493, 6);
    expect(japan.controls).toEqual(['cn-2023-23', 'cn-2026-1', 'cn-2026-11']);
    const before = shareUnderControls(imports('JPN'), controls, {
      mineral: 'gallium',
      date: '2023-07-02',
      viewAs: 'JPN',
    });
    expect(before).toEqual({ share: 0, countries: [], controls: [] });
  });

  it('gauges the largest supplier against the 65 % ceiling, for a country and for a group', () => {
    // India: China 472,000 / 923,086 = 51.1 %, under 65 %.
    expect(singleSupplierGauges(trade, { importers: ['IND'], mineral: 'gallium' })).toEqual([
      {
        code: '811292',
        year: 2024,
        total: 923086,
        supplier: 'CHN',
        share: expect.closeTo(0.511328, 6),
        exceedsCeiling: false,
        sources: ['baci'],
      },
    ]);
    // A group of DEU and FRA counts only imports from outside it: China 300 / 300 = 100 %.
    expect(singleSupplierGauges(trade, { importers: ['DEU', 'FRA'], mineral: 'gallium' })).toEqual([
      expect.objectContaining({ supplier: 'CHN', share: 1, exceedsCeiling: true, total: 300 }),
    ]);
  });

  it('has no gauge for a country with no trade data', () => {
    expect(singleSupplierGauges(trade, { importers: ['KAZ'], mineral: 'gallium' })).toEqual([]);
    expect(
      shareUnderControls([], controls, { mineral: 'gallium', date: '2026-11-29', viewAs: 'KAZ' }),
    ).toMatchObject({ share: 0, countries: [] });
  });
});
