import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  governanceRiskOf,
  importerRisk,
  worldSupplyRisk,
} from '../../src/analytics/supply-risk-lens';
import { validateModel, validateTradeFile } from '../../src/domain/validate-model';

/** The built-in model and trade, read through the lens as the timeline does on 29 Nov 2026. */
const checked = validateModel(JSON.parse(readFileSync('data/model.json', 'utf8')));
if (!checked.ok) throw new Error('invalid model');
const model = checked.model;
const tradeFile = validateTradeFile(JSON.parse(readFileSync('data/trade.json', 'utf8')), model);
if (!tradeFile.ok) throw new Error('invalid trade');
const trade = tradeFile.trade;
const risk = governanceRiskOf(model.governance);
const world = worldSupplyRisk(model, { mineral: 'gallium', stage: 'refining' }, risk);
const lens = (id: string, importers = [id]) =>
  importerRisk(model, trade, world, risk, {
    id,
    importers,
    mineral: 'gallium',
    stage: 'refining',
    asOf: '2026-11-29',
  });

describe('the supply-risk lens on the built-in data: gallium refining, 29 Nov 2026', () => {
  it('weights world supply 2025 (USGS) by governance (WGI 2023, five indicators)', () => {
    // China 900,000 kg, Japan 3,000, Russia 6,000 of a world 900,000 (rounded, so > 100 %):
    // 1² × 5.680206 + 0.003333² × 2.378843 + 0.006667² × 7.143634 = 5.680206 + 0.000026 + 0.000318.
    expect(world.year).toBe(2025);
    expect(world.concentration?.value).toBeCloseTo(5.68055, 5);
  });

  it("reads Japan: 811292 in 2024, Taiwan the largest at 19 %, China's 19 % under controls", () => {
    const japan = lens('JPN');
    expect(japan.reliance).toEqual({
      kind: 'not-available',
      reason: 'trade-in-usd-only',
      codes: ['811292'],
      years: [],
    });
    const [code] = japan.codes;
    // Of 84,289,230 USD: Taiwan (BACI 490) 16,277,744 = 0.193118; China 16,149,339 = 0.191594.
    expect(code!.gauge).toMatchObject({
      code: '811292',
      year: 2024,
      total: 84289230,
      supplier: 'XAS',
      share: expect.closeTo(0.193118, 6),
      exceedsCeiling: false,
    });
    // XAS 0.1931²×2.603 + CHN 0.1916²×5.680 + KOR 0.1682²×3.044 + USA 0.1258²×3.143
    // + DEU 0.1118²×2.458 + CAN 0.0649²×2.146 + EST 0.0587²×2.555 + FRA 0.0348²×3.007
    // + BRA 0.0166²×5.549 + POL 0.0101²×3.819 + SVK 0.0075²×3.956 + RUS 0.0072²×7.144
    // + GBR 0.0063²×2.618 + BEL 0.0031²×2.891 + HKG 0.0002²×2.945 = 0.496346.
    expect(code!.sourcing.value).toBeCloseTo(0.496346, 5);
    // China's share, under No. 23 [2023] (all destinations) and Nos. 1 and 11/12 [2026] (Japan).
    expect(code!.controlled).toEqual({
      share: expect.closeTo(0.191594, 6),
      countries: ['CHN'],
      controls: ['cn-2023-23', 'cn-2026-1', 'cn-2026-11'],
    });
    expect(japan.worldControlled?.controls).toEqual(['cn-2023-23', 'cn-2026-1', 'cn-2026-11']);
    expect(code!.score).toEqual({ value: null, atLeast: false, missing: ['reliance'] });
  });

  it("reads India: China the largest at 27 %, more concentrated than Japan's sourcing", () => {
    const india = lens('IND');
    expect(india.reliance).toMatchObject({ reason: 'trade-in-usd-only' });
    const [code] = india.codes;
    // Of 1,735,923 USD: China 472,000 = 0.271901.
    expect(code!.gauge).toMatchObject({
      total: 1735923,
      supplier: 'CHN',
      share: expect.closeTo(0.271901, 6),
    });
    // CHN 0.2719²×5.680 + GBR 0.1884²×2.618 + DEU 0.1638²×2.458 + CAN 0.1484²×2.146
    // + JPN 0.0715²×2.379 + ITA 0.0472²×3.598 + USA 0.0456²×3.143 + EST 0.0310²×2.555
    // + CHE 0.0101²×1.551 + FRA 0.0092²×3.007 + HKG 0.0049²×2.945 + SGP 0.0046²×1.790
    // + KOR 0.0033²×3.044 + BEL 0.0003²×2.891 + MYS 0.0000²×4.165 = 0.655777.
    expect(code!.sourcing.value).toBeCloseTo(0.655777, 5);
    expect(code!.controlled).toMatchObject({ share: expect.closeTo(0.271901, 6) });
    expect(code!.controlled.controls).toEqual(['cn-2023-23']);
    expect(code!.score.value).toBeNull();
  });

  it('computes the score for the United States, whose reliance USGS publishes (100 %, 2025e)', () => {
    const us = lens('USA');
    expect(us.reliance).toMatchObject({
      kind: 'published',
      record: { year: 2025, value: 100, status: 'estimated' },
    });
    // Sourcing 2024 (BACI, 331,484,011 USD; Germany 41.0 %, China 19.2 %, …) = 0.668011.
    // IR 1: 5.680550 × 0.5 + 0.668011 × 0.5 = 2.840275 + 0.334005 = 3.174280.
    expect(us.codes[0]!.sourcing.value).toBeCloseTo(0.668011, 5);
    expect(us.codes[0]!.score).toEqual({
      value: expect.closeTo(3.17428, 5),
      atLeast: false,
      missing: [],
    });
  });

  it('gauges the EU27 on its imports from outside it: China 44 %, 23 of 27 members reporting', () => {
    const eu = model.groups.find((group) => group.id === 'EU27')!;
    const [code] = lens('EU27', eu.members).codes;
    // 57,394,630 of 130,476,869 USD = 0.439884.
    expect(code!.gauge).toMatchObject({
      total: 130476869,
      supplier: 'CHN',
      share: expect.closeTo(0.439884, 6),
      exceedsCeiling: false,
    });
    expect(eu.members.filter((member) => !code!.gauge.reporting.includes(member))).toEqual([
      'LTU',
      'LUX',
      'MLT',
      'ROU',
    ]);
  });

  it('is n/a with its reason for a country with no trade data (Kyrgyzstan)', () => {
    const kyrgyzstan = lens('KGZ');
    expect(kyrgyzstan.reliance).toMatchObject({ kind: 'not-available', reason: 'no-trade' });
    expect(kyrgyzstan.codes).toEqual([]);
  });
});
