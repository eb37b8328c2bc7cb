import { describe, expect, it } from 'vitest';
import { modelAssembler, splitModel, type ModelPart } from '../../src/data/model-transfer';
import { smallModel } from '../fixtures/small-model';

describe('carrying a model from the file worker to the page', () => {
  it('sends the short lists with the head and long ones a few rows at a time, and puts it back together', () => {
    const model = smallModel();
    const parts: ModelPart[] = [...splitModel(structuredClone(model), 2)];
    const head = parts[0]!;
    expect(head.type).toBe('head');
    if (head.type !== 'head') return;
    expect(head.model.supply).toEqual([]);
    expect(head.model.edition).toEqual(model.edition);
    const rows = parts.slice(1);
    expect(rows.every((part) => part.type === 'rows' && part.rows.length <= 2)).toBe(true);
    expect(rows.filter((part) => part.type === 'rows' && part.key === 'supply')).toHaveLength(
      Math.ceil(model.supply.length / 2),
    );

    const assembler = modelAssembler();
    for (const part of parts) assembler.add(structuredClone(part));
    expect(assembler.model()).toEqual(model);
  });

  it('weighs a row by the lists it holds, so countries in thousands of groups come a few at a time', () => {
    const model = smallModel();
    const groups = Array.from({ length: 1000 }, (_, i) => `G${i}`);
    model.countries = model.countries.map((country) => ({ ...country, groups }));
    const parts = [...splitModel(structuredClone(model))];
    // Five countries of 1 + 1,000 values each: 5,005 > 4,000, so they leave the head; the first
    // message takes four (4,004 values, past 4,000 with the fourth), the second the fifth.
    const countryParts = parts.filter((part) => part.type === 'rows' && part.key === 'countries');
    expect(countryParts.map((part) => (part.type === 'rows' ? part.rows.length : 0))).toEqual([
      4, 1,
    ]);
    // The short lists still travel with the head.
    expect(parts.filter((part) => part.type === 'rows' && part.key === 'supply')).toEqual([]);
    const assembler = modelAssembler();
    for (const part of parts) assembler.add(structuredClone(part));
    expect(assembler.model()).toEqual(model);
  });

  it('sends each id of the lists once, the lists as indexes, and the page gets the same strings back', () => {
    const model = smallModel();
    const groups = Array.from({ length: 1000 }, (_, i) => `G${i}`);
    model.countries = model.countries.map((country) => ({ ...country, groups }));
    const parts = [...splitModel(structuredClone(model))].filter((part) => part.type === 'rows');
    // 1,000 group ids, each sent once (with the first message) although five countries list them.
    expect(parts.map((part) => part.newStrings.length)).toEqual([1000, 0]);
    const firstRow = parts[0]!.rows[0] as { id: string; groups: unknown };
    expect(firstRow.id).toBe(model.countries[0]!.id);
    expect(ArrayBuffer.isView(firstRow.groups)).toBe(true);

    const assembler = modelAssembler();
    assembler.add({ type: 'head', model: { ...model, countries: [] } });
    for (const part of parts) assembler.add(structuredClone(part));
    const countries = assembler.model().countries;
    expect(countries).toEqual(model.countries);
    // One string per id on the page, shared by every list that names it.
    expect(countries[4]!.groups[999]).toBe(countries[0]!.groups[999]);
  });

  it('carries lists of numbers, empty lists and nested objects as they are', () => {
    const rows = [{ id: 'a', years: [2020, 2021], tags: [], name: { en: 'A', ja: 'A' } }];
    const heavy = { ...smallModel(), extra: rows } as unknown as Parameters<typeof splitModel>[0];
    const [, part] = [...splitModel(heavy, 1)].filter(
      (each) => each.type === 'head' || (each.type === 'rows' && each.key === 'extra'),
    );
    expect(part).toEqual({ type: 'rows', key: 'extra', rows, newStrings: [] });
  });

  it('refuses rows that come before the model they belong to', () => {
    expect(() =>
      modelAssembler().add({ type: 'rows', key: 'supply', rows: [], newStrings: [] }),
    ).toThrow('Rows for supply arrived before the model');
  });
});
