import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { MAX_VALUE, supplyRecordSchema, tradeFlowSchema } from '../model-schema';
import { isWellFormedSupplyRow, isWellFormedTradeRow } from '../fast-row-checks';
import { validateTradeFile } from '../validate-model';

const trade = smallModel().trade[0]!;
const supply = smallModel().supply[0]!;
const notRows: [string, unknown][] = [
  ['null', null],
  ['a number', 7],
  ['an array', [trade]],
];

const tradeVariants: [string, unknown][] = [
  ['as is', trade],
  ['without a code', { ...trade, code: undefined }],
  ['in tonnes', { ...trade, unit: 't' }],
  ['an extra key', { ...trade, extra: 1 }],
  ['a lowercase country', { ...trade, exporter: 'chn' }],
  ['a fractional year', { ...trade, year: 2023.5 }],
  ['a year out of range', { ...trade, year: 1800 }],
  ['a negative value', { ...trade, value: -1 }],
  ['an infinite value', { ...trade, value: Infinity }],
  ['the largest value', { ...trade, value: MAX_VALUE }],
  ['a value beyond the largest', { ...trade, value: MAX_VALUE * 1.000001 }],
  ['a value near the largest double', { ...trade, value: 1e308 }],
  ['a string value', { ...trade, value: '5' }],
  ['a null value', { ...trade, value: null }],
  ['another unit', { ...trade, unit: 'EUR' }],
  ['a short code', { ...trade, code: '81' }],
  ['an empty source', { ...trade, source: '' }],
  ['a missing mineral', { ...trade, mineral: undefined }],
  ...notRows,
];

const supplyVariants: [string, unknown][] = [
  ['as is', supply],
  ['withheld, with no value', { ...supply, value: null, status: 'withheld' }],
  ['with a note', { ...supply, note: { en: 'Estimate', ja: '推定' } }],
  ['a note in English only', { ...supply, note: { en: 'Estimate' } }],
  ['a note as plain text (version 2)', { ...supply, note: 'Estimate' }],
  ['a note with another language', { ...supply, note: { en: 'Estimate', fr: 'Estimation' } }],
  ['an empty note', { ...supply, note: { en: '' } }],
  ['an extra key', { ...supply, extra: 1 }],
  ['reserves as a stage', { ...supply, stage: 'reserves' }],
  ['an unknown status', { ...supply, status: 'guessed' }],
  ['a lower bound', { ...supply, bound: 'lower' }],
  ['an unknown bound', { ...supply, bound: 'about' }],
  ['a two-letter country', { ...supply, country: 'CN' }],
  ['a fractional year', { ...supply, year: 2023.5 }],
  ['a negative value', { ...supply, value: -1 }],
  ['a NaN value', { ...supply, value: NaN }],
  ['the largest value', { ...supply, value: MAX_VALUE }],
  ['a value beyond the largest', { ...supply, value: MAX_VALUE + 1 }],
  ['an empty unit', { ...supply, unit: '' }],
  ['a unit of 2,001 characters', { ...supply, unit: 'x'.repeat(2001) }],
  ['an id of 81 characters', { ...supply, mineral: 'm'.repeat(81) }],
  ['a missing source', { ...supply, source: undefined }],
  ...notRows,
];

/** The row as JSON would give it: a key whose value is undefined is simply not there. */
const asParsed = (row: unknown) =>
  row && typeof row === 'object' && !Array.isArray(row)
    ? Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))
    : row;

describe('hand-written row checks', () => {
  it.each(tradeVariants)('trade: agrees with the zod schema on %s', (_, row) => {
    const parsed = asParsed(row);
    expect(isWellFormedTradeRow(parsed)).toBe(tradeFlowSchema.safeParse(parsed).success);
  });

  it.each(supplyVariants)('supply: agrees with the zod schema on %s', (_, row) => {
    const parsed = asParsed(row);
    expect(isWellFormedSupplyRow(parsed)).toBe(supplyRecordSchema.safeParse(parsed).success);
  });

  it('accepts the rows of the fixture model, so that the agreement above is not all refusals', () => {
    const model = smallModel();
    expect(model.supply.every(isWellFormedSupplyRow)).toBe(true);
    expect(model.trade.every(isWellFormedTradeRow)).toBe(true);
  });
});

describe('validateTradeFile with the hand-written check', () => {
  const model = smallModel();
  const file = (trade: unknown[]) => ({ schemaVersion: 1, trade });

  it('takes well-formed rows as they are', () => {
    expect(validateTradeFile(file(model.trade), model)).toEqual({ ok: true, trade: model.trade });
  });

  it('still words a malformed row by its path, through zod', () => {
    const result = validateTradeFile(file([model.trade[0], { ...trade, value: -5 }]), model);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((problem) => problem.path)).toEqual(['trade[1].value']);
  });
});
