import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { smallModel } from '../../../tests/fixtures/small-model';
import {
  isWellFormedCountryRow,
  isWellFormedGroupRow,
  isWellFormedSupplyRow,
  isWellFormedTradeRow,
} from '../fast-row-checks';
import { countrySchema, groupSchema, supplyRecordSchema, tradeFlowSchema } from '../model-schema';

/**
 * Values that some field of a row accepts and others refuse: every field of each row schema is set
 * to each of them in turn, and the hand-written check must say what zod says. A field added to a
 * schema, or a condition changed, that the fast check does not follow fails here.
 */
const PROBES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(80),
  'x'.repeat(81),
  'x'.repeat(2000),
  'x'.repeat(2001),
  'CHN',
  'chn',
  'CHNA',
  'USD',
  't',
  'kg',
  'mining',
  'refining',
  'reserves',
  'Mining',
  'reported',
  'estimated',
  'withheld',
  'Reported',
  '8112',
  '811292',
  '81129',
  '8112920',
  '81129a',
  0,
  -0,
  -1,
  1.5,
  1899,
  1900,
  2024,
  2100,
  2101,
  1e308,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  true,
  {},
  [],
  { en: 'x', ja: 'x' },
  { en: 'x' },
  { en: '', ja: 'x' },
  { en: 'x', ja: 'x'.repeat(2001) },
  { en: 'x', ja: 7 },
  ['QUAD'],
  ['CHN', 'JPN'],
  ['chn'],
  [''],
  ['x'.repeat(81)],
  [7],
  [null],
];

function disagreements(
  schema: z.ZodObject,
  check: (row: unknown) => boolean,
  valid: Record<string, unknown>,
): string[] {
  const found: string[] = [];
  const compare = (row: Record<string, unknown>, what: string) => {
    const byZod = schema.safeParse(row).success;
    if (check(row) !== byZod) found.push(`${what}: zod ${byZod ? 'accepts' : 'refuses'}`);
  };
  compare(valid, 'the valid row');
  for (const key of Object.keys(schema.shape)) {
    const without = { ...valid };
    delete without[key];
    compare(without, `${key} left out`);
    for (const probe of PROBES) compare({ ...valid, [key]: probe }, `${key} = ${String(probe)}`);
  }
  compare({ ...valid, extra: 'x' }, 'an unknown key');
  return found;
}

describe('the hand-written row checks agree with the zod schemas', () => {
  it('for trade rows, field by field', () => {
    const row = smallModel().trade[0]!;
    expect(disagreements(tradeFlowSchema, isWellFormedTradeRow, { ...row })).toEqual([]);
  });

  it('for countries and groups, field by field, with and without members', () => {
    const model = smallModel();
    const japan = model.countries.find((country) => country.id === 'JPN')!;
    expect(disagreements(countrySchema, isWellFormedCountryRow, { ...japan })).toEqual([]);
    expect(
      disagreements(countrySchema, isWellFormedCountryRow, { ...model.countries[0]! }),
    ).toEqual([]);
    expect(disagreements(groupSchema, isWellFormedGroupRow, { ...model.groups[0]! })).toEqual([]);
    expect(
      disagreements(groupSchema, isWellFormedGroupRow, { ...model.groups[0]!, members: [] }),
    ).toEqual([]);
  });

  it('for supply rows, field by field, with and without a note', () => {
    const row = smallModel().supply[0]!;
    expect(disagreements(supplyRecordSchema, isWellFormedSupplyRow, { ...row })).toEqual([]);
    expect(
      disagreements(supplyRecordSchema, isWellFormedSupplyRow, {
        ...row,
        note: { en: 'A note', ja: '注記' },
      }),
    ).toEqual([]);
  });
});
