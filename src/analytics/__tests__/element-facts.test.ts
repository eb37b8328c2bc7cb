import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { MineralFact, Model, Price } from '../../domain/model-schema';
import { elementFacts, mainSupplierOpinions } from '../element-facts';

const fact = (kind: MineralFact['kind'], value: number | null, place = 'A'): MineralFact => ({
  mineral: 'gallium',
  kind,
  subject: { en: place, ja: place },
  period: '2024',
  value,
  unit: '%',
  status: value === null ? 'not-available' : 'reported',
  source: 'usgs-test',
});
const price = (year: number, value: number, source: string): Price => ({
  mineral: 'gallium',
  product: 'Gallium metal',
  year,
  value,
  unit: 'USD/kg',
  status: 'reported',
  source,
});

function modelWithFacts(): Model {
  const model = smallModel();
  return {
    ...model,
    prices: [
      price(2020, 400, 'news-test'),
      price(2021, 450, 'usgs-test'),
      price(2023, 500, 'usgs-test'),
    ],
    mineralFacts: [
      fact('ore-grade', 0.25, 'Mount Weld'),
      fact('ore-grade', null, 'Mountain Pass'),
      fact('ore-grade', 7.48, 'Longnan'),
      fact('demand', 1.53),
      fact('import-source', 100),
    ],
  };
}

describe('elementFacts', () => {
  it('is null for an element without figures of its own', () => {
    expect(elementFacts(smallModel(), 'gallium')).toBeNull();
  });

  it('sorts ore grades from the highest, deposits without a grade last', () => {
    const facts = elementFacts(modelWithFacts(), 'gallium')!;
    expect(facts.oreGrades.map((grade) => [grade.subject.en, grade.value])).toEqual([
      ['Longnan', 7.48],
      ['Mount Weld', 0.25],
      ['Mountain Pass', null],
    ]);
    expect(facts.demand.map((entry) => entry.value)).toEqual([1.53]);
    expect(facts.importSources.map((entry) => entry.value)).toEqual([100]);
  });

  it("keeps a product's prices from the publication of its latest year only", () => {
    // 2023 comes from usgs-test, so its 2021 and 2023 figures; not news-test's 2020.
    expect(elementFacts(modelWithFacts(), 'gallium')!.prices).toEqual([
      {
        product: 'Gallium metal',
        source: 'usgs-test',
        prices: [price(2021, 450, 'usgs-test'), price(2023, 500, 'usgs-test')],
      },
    ]);
  });

  it('lists capacities and dated events and partnerships of the element, oldest first', () => {
    const facts = elementFacts(modelWithFacts(), 'gallium')!;
    expect(facts.capacities.map((capacity) => capacity.country)).toEqual(['JPN']);
    // The export control of 2023-08-01 is not a milestone; the partnership of 2023-03-07 is.
    expect(facts.milestones.map((entry) => [entry.kind, entry.item.id])).toEqual([
      ['partnership', 'jp-au'],
    ]);
  });
});

describe('mainSupplierOpinions', () => {
  it("gives another study's main supplier for the mineral and stage it speaks of only", () => {
    const model = modelWithFacts();
    const opinion = { ...fact('main-supplier', 94), stage: 'refining' as const, country: 'CHN' };
    model.mineralFacts!.push(opinion);
    expect(mainSupplierOpinions(model, 'gallium', 'refining')).toEqual([opinion]);
    expect(mainSupplierOpinions(model, 'gallium', 'mining')).toEqual([]);
    expect(mainSupplierOpinions(model, 'graphite', 'refining')).toEqual([]);
  });
});
