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

  it('refuses rows that come before the model they belong to', () => {
    expect(() => modelAssembler().add({ type: 'rows', key: 'supply', rows: [] })).toThrow(
      'Rows for supply arrived before the model',
    );
  });
});
