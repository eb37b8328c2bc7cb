import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { tradeFlowSchema } from '../model-schema';
import { isWellFormedTradeRow } from '../trade-fast-check';

const good = smallModel().trade[0]!;
const variants: [string, unknown][] = [
  ['as is', good],
  ['without a code', { ...good, code: undefined }],
  ['in tonnes', { ...good, unit: 't' }],
  ['an extra key', { ...good, extra: 1 }],
  ['a lowercase country', { ...good, exporter: 'chn' }],
  ['a fractional year', { ...good, year: 2023.5 }],
  ['a year out of range', { ...good, year: 1800 }],
  ['a negative value', { ...good, value: -1 }],
  ['an infinite value', { ...good, value: Infinity }],
  ['a string value', { ...good, value: '5' }],
  ['another unit', { ...good, unit: 'EUR' }],
  ['a short code', { ...good, code: '81' }],
  ['an empty source', { ...good, source: '' }],
  ['a missing mineral', { ...good, mineral: undefined }],
  ['null', null],
  ['an array', [good]],
];

describe('isWellFormedTradeRow', () => {
  it.each(variants)('agrees with the zod schema on %s', (_, row) => {
    const cleaned =
      row && typeof row === 'object' && !Array.isArray(row)
        ? Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))
        : row;
    expect(isWellFormedTradeRow(cleaned)).toBe(tradeFlowSchema.safeParse(cleaned).success);
  });
});
