import { describe, expect, it } from 'vitest';
import register from '../../../data/curated/export-controls.json';
import { UNNAMED_PARTNERS } from '../../domain/trade-partners';
import {
  exportControlSchema,
  type GovernanceRecord,
  type TradeFlow,
} from '../../domain/model-schema';
import {
  governanceRisk,
  governanceWeightedHhi,
  heldIndicators,
  shareUnderControls,
  singleSupplierGauges,
  supplyRiskScore,
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
        unnamedShare: 0,
        atLeast: false,
        exceedsCeiling: false,
        suppliers: [
          { country: 'CHN', share: expect.closeTo(0.511328, 6) },
          // 327,049 / 923,086 = 0.354300; 124,037 / 923,086 = 0.134372.
          { country: 'GBR', share: expect.closeTo(0.3543, 6) },
          { country: 'JPN', share: expect.closeTo(0.134372, 6) },
        ],
        reporting: ['IND'],
        sources: ['baci'],
      },
    ]);
    // A group of DEU and FRA counts only imports from outside it: China 300 / 300 = 100 %.
    expect(singleSupplierGauges(trade, { importers: ['DEU', 'FRA'], mineral: 'gallium' })).toEqual([
      expect.objectContaining({
        supplier: 'CHN',
        share: 1,
        exceedsCeiling: true,
        total: 300,
        reporting: ['DEU'],
      }),
    ]);
  });

  it('has no gauge for a country with no trade data', () => {
    expect(singleSupplierGauges(trade, { importers: ['KAZ'], mineral: 'gallium' })).toEqual([]);
    expect(
      shareUnderControls([], controls, { mineral: 'gallium', date: '2026-11-29', viewAs: 'KAZ' }),
    ).toMatchObject({ share: 0, countries: [] });
  });
});

describe('singleSupplierGauges with partners the reporter does not name', () => {
  const comtrade = (importer: string, exporter: string, value: number): TradeFlow => ({
    mineral: 'rare-earths',
    exporter,
    importer,
    year: 2024,
    value,
    unit: 'USD',
    code: '2846',
    source: 'comtrade',
  });

  it('never names the unnamed remainder as the largest supplier (China reporting HS 2846)', () => {
    // China's 2846 imports: unnamed 987 of 1,000, the United States 13: the largest named supplier
    // has 1.3 %, but one unnamed partner could hold up to 98.7 %: a lower bound, the ceiling open.
    const [gauge] = singleSupplierGauges(
      [comtrade('CHN', UNNAMED_PARTNERS, 987), comtrade('CHN', 'USA', 13)],
      { importers: ['CHN'], mineral: 'rare-earths' },
    );
    expect(gauge).toMatchObject({
      supplier: 'USA',
      share: 0.013,
      unnamedShare: 0.987,
      atLeast: true,
      exceedsCeiling: null,
      suppliers: [{ country: 'USA', share: 0.013 }],
    });
  });

  it('settles the ceiling when the named supplier is larger than the remainder (US, HS 2846)', () => {
    // China 681 of 1,000 = 68.1 % > 65 %; the unnamed 31.9 % cannot hold a larger one.
    const [gauge] = singleSupplierGauges(
      [comtrade('USA', 'CHN', 681), comtrade('USA', UNNAMED_PARTNERS, 319)],
      { importers: ['USA'], mineral: 'rare-earths' },
    );
    expect(gauge).toMatchObject({
      supplier: 'CHN',
      share: 0.681,
      atLeast: false,
      exceedsCeiling: true,
    });
  });
});

describe('supplyRiskScore: Japan and India gallium, and the United States', () => {
  // WGI 2023 (CC, GE, PV, RQ, VA), 4 places; Taiwan ("Taiwan, China") filed under XAS, BACI's 490.
  const suppliersGovernance = [
    ...estimates('CHN', [-0.0054, 0.679, -0.5131, -0.3565, -1.5046]), // risk 5.68024
    ...estimates('JPN', [1.3957, 1.6313, 0.9511, 1.4693, 1.1055]), // risk 2.37884
    // Taiwan: mean 5.9932 / 5 = 1.19864; (2.5 − 1.19864) × 2 = 2.60272.
    ...estimates('XAS', [1.2034, 1.4777, 0.7638, 1.4517, 1.0966]),
    // Korea: mean 4.8908 / 5 = 0.97816; (2.5 − 0.97816) × 2 = 3.04368.
    ...estimates('KOR', [0.8941, 1.4048, 0.6098, 1.1225, 0.8596]),
    // United Kingdom: mean 5.9551 / 5 = 1.19102; (2.5 − 1.19102) × 2 = 2.61796.
    ...estimates('GBR', [1.4809, 1.1611, 0.5149, 1.5366, 1.2616]),
  ];
  const supplierRisk = (country: string) =>
    governanceRisk(suppliersGovernance, country, FIVE).value;
  const sourcing = (importer: string) =>
    governanceWeightedHhi(
      singleSupplierGauges(trade, { importers: [importer], mineral: 'gallium' })[0]!.suppliers,
      0,
      supplierRisk,
    );
  // World gallium refining 2025 (USGS): China 1, Japan 3,000 / 900,000:
  // 1² × 5.68024 + 0.003333² × 2.37884 = 5.680266.
  const world = governanceWeightedHhi(
    [
      { country: 'CHN', share: 1 },
      { country: 'JPN', share: 3000 / 900000 },
    ],
    0,
    supplierRisk,
  );
  const published = {
    country: 'USA',
    mineral: 'gallium',
    stage: 'refining' as const,
    subject: { en: 'US net import reliance', ja: '米国の純輸入依存度' },
    year: 2025,
    value: 100,
    status: 'estimated' as const,
    source: 'usgs',
  };

  it("weights Japan's sourcing by governance: Taiwan, China, Korea", () => {
    // Shares of 46,608,030: Taiwan 0.349248, China 0.346493, Korea 0.304260.
    // 0.349248² × 2.60272 + 0.346493² × 5.68024 + 0.304260² × 3.04368
    // = 0.317464 + 0.681953 + 0.281766 = 1.281183.
    expect(sourcing('JPN').value).toBeCloseTo(1.281183, 5);
  });

  it("weights India's sourcing by governance: China, United Kingdom, Japan", () => {
    // 0.511328² × 5.68024 + 0.354300² × 2.61796 + 0.134372² × 2.37884
    // = 1.485136 + 0.328628 + 0.042952 = 1.856716.
    expect(sourcing('IND').value).toBeCloseTo(1.856716, 5);
  });

  it('is n/a for Japan and India, whose net import reliance is published nowhere in the data', () => {
    expect(supplyRiskScore({ world, sourcing: sourcing('JPN'), reliance: null })).toEqual({
      value: null,
      atLeast: false,
      missing: ['reliance'],
    });
    expect(supplyRiskScore({ world, sourcing: sourcing('IND'), reliance: null }).value).toBeNull();
  });

  it('combines the components where all exist: IR 100 % gives half of each', () => {
    // IR 1: 5.680266 × 0.5 + 1.856716 × (1 − 0.5) = 2.840133 + 0.928358 = 3.768491.
    expect(
      supplyRiskScore({ world, sourcing: sourcing('IND'), reliance: published }).value,
    ).toBeCloseTo(3.768491, 5);
  });

  it('names every missing component, and a reliance published as a bound leaves it n/a', () => {
    expect(supplyRiskScore({ world: null, sourcing: null, reliance: null })).toEqual({
      value: null,
      atLeast: false,
      missing: ['world', 'sourcing', 'reliance'],
    });
    expect(
      supplyRiskScore({
        world,
        sourcing: sourcing('IND'),
        reliance: { ...published, value: 50, bound: 'lower' },
      }),
    ).toMatchObject({ value: null, missing: ['reliance-bound'] });
  });

  it('is a lower bound when a concentration is', () => {
    // 0.6² × 5.68024 = 2.044886 with 40 % unattributed; IR 1:
    // 2.044886 × 0.5 + 1.856716 × 0.5 = 1.022443 + 0.928358 = 1.950801, at least.
    const partial = governanceWeightedHhi([{ country: 'CHN', share: 0.6 }], 0.4, supplierRisk);
    expect(
      supplyRiskScore({ world: partial, sourcing: sourcing('IND'), reliance: published }),
    ).toEqual({ value: expect.closeTo(1.950801, 5), atLeast: true, missing: [] });
  });
});
