import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { alternativesTable } from '../coverage';

describe('alternativesTable (npm run data:check)', () => {
  it('lists each second reading with its years, unit and source', () => {
    const model = smallModel();
    const record = { ...model.supply[0]!, unit: '% of world', source: 'bgs' };
    model.alternatives = {
      supply: [record, { ...record, year: 2022 }],
      worldTotals: [],
      reserves: [],
    };
    const lines = alternativesTable(model).split('\n');
    expect(lines[2]).toMatch(/^gallium +refining +2022, 2023 +% of world +bgs$/);
  });

  it('says "none" for a model without alternatives', () => {
    expect(alternativesTable(smallModel())).toBe('Second readings (alternatives): none');
  });
});
