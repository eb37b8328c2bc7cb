import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { alternativesTable, seriesBreakTable } from '../coverage';

describe('seriesBreakTable (npm run data:check)', () => {
  it('lists each series whose source changes, one line per segment', () => {
    const model = smallModel();
    model.sources.push({
      id: 'bgs',
      publisher: 'BGS',
      title: 'World Mineral Statistics',
      year: 2025,
    });
    model.worldTotals.push({
      ...model.worldTotals[0]!,
      year: 2024,
      unit: '% of world',
      source: 'bgs',
    });
    const lines = seriesBreakTable(model).split('\n');
    expect(lines[0]).toBe('Series with a break (source changes across years): 1');
    expect(lines[2]).toMatch(
      /^gallium +refining +2022, 2023 +U\.S\. Geological Survey \| kg +usgs-test$/,
    );
    expect(lines[3]).toMatch(/^ +2024 +BGS \| % of world +bgs$/);
  });

  it('says "none" when every series keeps one source', () => {
    expect(seriesBreakTable(smallModel())).toBe(
      'Series with a break (source changes across years): none',
    );
  });
});

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
