import { describe, expect, it } from 'vitest';
import { smallModel, smallModelWithSourceChange } from '../../../tests/fixtures/small-model';
import type { Capacity } from '../../domain/model-schema';
import { importReliance } from '../import-reliance';
import { importsAtRisk, nearestYearWithCapacity, supplyCut } from '../scenario';
import { countryShares } from '../shares';

const model = smallModel();
// Gallium refining 2023: world 1,000 kg; China 900, Japan 50, Korea 30, US withheld, 20 unattributed.
const gallium = countryShares(model.supply, model.worldTotals, {
  mineral: 'gallium',
  measure: 'refining',
  year: 2023,
});
const capacity = (country: string, value: number, year = 2023): Capacity => ({
  minerals: ['gallium'],
  stage: 'refining',
  country,
  year,
  value,
  unit: 'kg',
  kind: 'operating',
  status: 'reported',
  source: 'usgs-test',
});

describe('supplyCut', () => {
  it('takes a full cut of the largest supplier out of world supply', () => {
    const result = supplyCut(gallium, [], {
      supplier: 'CHN',
      cut: 1,
      partners: ['JPN', 'KOR'],
      response: { kind: 'none' },
    });
    expect(result).toMatchObject({
      worldBefore: 1000,
      worldAfter: 100,
      lost: 900,
      lostShareOfWorld: 0.9,
      partnerCover: 0,
      shortfall: 900,
      top1After: { country: 'JPN', share: 0.5 },
    });
    // After: Japan 50 of 100, Korea 30 of 100 (the 20 unattributed stay out of the index): 50² + 30²
    expect(result?.hhiAfter).toBeCloseTo(3400, 9);
    expect(result?.hhiBefore).toBeCloseTo(8134, 9);
    expect(result?.partnersShareAfter).toBeCloseTo(0.8, 12);
  });

  it('marks every share "at most" when the world total is a lower bound', () => {
    const moreThan = countryShares(
      model.supply,
      model.worldTotals.map((total) => ({ ...total, bound: 'lower' as const })),
      { mineral: 'gallium', measure: 'refining', year: 2023 },
    );
    const input = { supplier: 'CHN', cut: 1, partners: [], response: { kind: 'none' as const } };
    // China's 900 kg of more than 1,000 kg: at most 90 % lost; the exact total gives no bound.
    expect(supplyCut(moreThan, [], input)).toMatchObject({
      lostShareOfWorld: 0.9,
      sharesAtMost: true,
    });
    expect(supplyCut(gallium, [], input)?.sharesAtMost).toBe(false);
  });

  it('loses nothing when the supplier does not produce', () => {
    const result = supplyCut(gallium, [], {
      supplier: 'AUS',
      cut: 1,
      partners: [],
      response: { kind: 'none' },
    });
    expect(result).toMatchObject({
      supplierListed: false,
      lost: 0,
      shortfall: 0,
      worldAfter: 1000,
    });
    expect(result?.hhiAfter).toBeCloseTo(result?.hhiBefore ?? NaN, 9);
  });

  it('uses only as much partner room as the gap needs when the room is larger', () => {
    const result = supplyCut(gallium, [], {
      supplier: 'CHN',
      cut: 0.1,
      partners: ['JPN', 'KOR'],
      response: { kind: 'percent', percent: 5000 },
    });
    // Room: Japan 2,500 and Korea 1,500; the gap is 90, so each uses 90/4,000 of its room.
    expect(result).toMatchObject({
      lost: 90,
      partnerHeadroom: 4000,
      partnerCover: 90,
      shortfall: 0,
      worldAfter: 1000,
    });
    expect(result?.partnersShareAfter).toBeCloseTo((50 + 56.25 + 30 + 33.75) / 1000, 12);
  });

  it('raises partners up to their operating capacity of the same year', () => {
    const result = supplyCut(
      gallium,
      [capacity('JPN', 40, 2021), capacity('JPN', 60), capacity('KOR', 25)],
      {
        supplier: 'CHN',
        cut: 1,
        partners: ['JPN', 'KOR'],
        response: { kind: 'capacity' },
      },
    );
    // Japan: capacity 60 against output 50, room 10; Korea already above its capacity, room 0.
    expect(result?.capacityHeadroom).toEqual([
      { country: 'JPN', capacity: 60, production: 50, headroom: 10, source: 'usgs-test' },
      { country: 'KOR', capacity: 25, production: 30, headroom: 0, source: 'usgs-test' },
    ]);
    expect(result).toMatchObject({ partnerCover: 10, shortfall: 890, worldAfter: 110 });
  });

  it('says "at least" of an HHI that counts only the known shares, before and after the cut', () => {
    // 2023: the US is withheld and 20 kg are unattributed, so both indices count only what is known.
    const result = supplyCut(gallium, [], {
      supplier: 'CHN',
      cut: 1,
      partners: [],
      response: { kind: 'none' },
    });
    expect(result).toMatchObject({ hhiBeforeIsLowerBound: true, hhiAfterIsLowerBound: true });
  });

  it('leaves the room of a partner without a capacity of the same year unknown, not zero', () => {
    // Japan: capacity 60 against 50, room 10; Korea's only capacity is of 2022, so its room is unknown.
    const result = supplyCut(gallium, [capacity('JPN', 60), capacity('KOR', 100, 2022)], {
      supplier: 'CHN',
      cut: 1,
      partners: ['JPN', 'KOR'],
      response: { kind: 'capacity' },
    });
    // Cover 10 is at least what partners could add; the shortfall 900 − 10 = 890 is at most.
    expect(result).toMatchObject({
      partnerCover: 10,
      partnersWithoutCapacity: ['KOR'],
      coverIsLowerBound: true,
      shortfall: 890,
    });
  });

  it('gives no cover at all (n/a) when no partner has a capacity in the unit of its output', () => {
    const shares = gallium2024InShares();
    // 2024 is published in % of world; the capacities are in kg, so nothing can be set against them.
    const result = supplyCut(shares, [capacity('JPN', 60), capacity('KOR', 100)], {
      supplier: 'CHN',
      cut: 1,
      partners: ['JPN', 'KOR'],
      response: { kind: 'capacity' },
    });
    expect(result).toMatchObject({
      unit: '% of world',
      lost: 87,
      partnerCover: null,
      partnerHeadroom: null,
      shortfall: null,
      partnersWithoutCapacity: ['KOR', 'JPN'],
    });
  });

  it('cannot size the loss of a supplier whose output is withheld', () => {
    const result = supplyCut(gallium, [], {
      supplier: 'USA',
      cut: 1,
      partners: [],
      response: { kind: 'none' },
    });
    expect(result).toMatchObject({
      supplierListed: true,
      lost: null,
      lostShareOfWorld: null,
      shortfall: null,
    });
  });

  it('has nothing to say without a world total', () => {
    const noTotal = countryShares(model.supply, [], {
      mineral: 'gallium',
      measure: 'refining',
      year: 2023,
    });
    expect(
      supplyCut(noTotal, [], { supplier: 'CHN', cut: 1, partners: [], response: { kind: 'none' } }),
    ).toBeNull();
  });
});

/** Gallium refining 2024 as a table of shares: China 87, Korea 2, Japan 1 (% of world). */
function gallium2024InShares() {
  const changed = smallModelWithSourceChange();
  for (const [country, value] of [
    ['KOR', 2],
    ['JPN', 1],
  ] as const) {
    changed.supply.push({
      mineral: 'gallium',
      stage: 'refining',
      country,
      year: 2024,
      value,
      unit: '% of world',
      status: 'estimated',
      source: 'outlook-test',
    });
  }
  return countryShares(changed.supply, changed.worldTotals, {
    mineral: 'gallium',
    measure: 'refining',
    year: 2024,
  });
}

describe('nearestYearWithCapacity', () => {
  const gallium2022 = countryShares(model.supply, model.worldTotals, {
    mineral: 'gallium',
    measure: 'refining',
    year: 2022,
  });
  const breakdowns = [gallium2022, gallium, gallium2024InShares()];

  it('offers the nearest year in which a partner has a capacity in the unit of its output', () => {
    // 2024 is in shares (no comparable capacity); 2023 has Japan's 60 kg against its 50 kg.
    expect(nearestYearWithCapacity(breakdowns, [capacity('JPN', 60)], ['JPN'], 2024)).toBe(2023);
  });

  it('takes the earlier of two years equally near', () => {
    // The same table as 2023, dated 2024: Japan's capacities of 2022 and 2024 are one year off 2023.
    const gallium2024InKg = { ...gallium, year: 2024 };
    const capacities = [capacity('JPN', 60, 2022), capacity('JPN', 60, 2024)];
    expect(nearestYearWithCapacity([gallium2022, gallium2024InKg], capacities, ['JPN'], 2023)).toBe(
      2022,
    );
  });

  it('offers none when no year has one', () => {
    expect(nearestYearWithCapacity(breakdowns, [capacity('USA', 60)], ['USA'], 2024)).toBeNull();
  });
});

describe('importsAtRisk', () => {
  it("puts the supplier's share of the imports at risk, scaled by the cut", () => {
    const reliance = importReliance(model.trade, {
      importer: 'JPN',
      mineral: 'gallium',
      year: 2023,
      unit: 'USD',
    });
    expect(importsAtRisk(reliance.suppliers, reliance.total, 'CHN', 1)).toEqual({
      fromSupplier: 400,
      shareOfImports: 0.8,
      atRisk: 400,
      totalImports: 500,
    });
    expect(importsAtRisk(reliance.suppliers, reliance.total, 'CHN', 0.5).atRisk).toBe(200);
    expect(importsAtRisk(reliance.suppliers, reliance.total, 'AUS', 1).atRisk).toBe(0);
  });
});
