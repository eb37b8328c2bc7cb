import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelJsonSchemaText } from '../../scripts/model-json-schema';
import { validateModel, validateTradeFile } from '../../src/domain/validate-model';

describe('data/ files', () => {
  it('model.schema.json is the one generated from the zod schema (run `npm run schema`)', () => {
    expect(readFileSync('data/model.schema.json', 'utf8')).toBe(modelJsonSchemaText());
  });

  it('model.json passes validation', () => {
    const result = validateModel(JSON.parse(readFileSync('data/model.json', 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('trade.json passes validation against model.json', () => {
    const model = validateModel(JSON.parse(readFileSync('data/model.json', 'utf8')));
    if (!model.ok) throw new Error('invalid model');
    const trade = validateTradeFile(
      JSON.parse(readFileSync('data/trade.json', 'utf8')),
      model.model,
    );
    expect(trade.ok ? [] : trade.problems).toEqual([]);
  });

  it('model.json carries the USGS figure for gallium refining 2023 with its source', () => {
    const result = validateModel(JSON.parse(readFileSync('data/model.json', 'utf8')));
    if (!result.ok) throw new Error('invalid model');
    const china = result.model.supply.find(
      (r) => r.mineral === 'gallium' && r.country === 'CHN' && r.year === 2023,
    );
    expect(china).toMatchObject({
      value: 600000,
      unit: 'kg',
      status: 'estimated',
      source: 'usgs-mcs-2024-gallium',
    });
  });
});
