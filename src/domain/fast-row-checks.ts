import {
  boundSchema,
  countrySchema,
  groupSchema,
  localizedTextSchema,
  MAX_VALUE,
  noteSchema,
  stageSchema,
  supplyRecordSchema,
  tradeFlowSchema,
  valueStatusSchema,
  type Country,
  type CountryGroup,
  type SupplyRecord,
  type TradeFlow,
} from './model-schema';
import { NAMED_PATTERNS } from './named-patterns';

/*
 * The row schemas of the lists that grow large written out by hand: trade and supply (100,000
 * rows), countries and groups (whose membership lists may hold millions of ids between them). The
 * same conditions as `tradeFlowSchema`, `supplyRecordSchema`, `countrySchema` and `groupSchema`,
 * checked without zod's per-value overhead. They only say yes or no; on a no, zod checks the row
 * again and words the problems. Tests hold each to agreement with its schema.
 */

const TRADE_KEYS = new Set(Object.keys(tradeFlowSchema.shape));
const SUPPLY_KEYS = new Set(Object.keys(supplyRecordSchema.shape));
const COUNTRY_KEYS = new Set(Object.keys(countrySchema.shape));
const GROUP_KEYS = new Set(Object.keys(groupSchema.shape));
const LOCALIZED_KEYS = new Set(Object.keys(localizedTextSchema.shape));
const NOTE_KEYS = new Set(Object.keys(noteSchema.shape));
const STAGES = new Set<unknown>(stageSchema.options);
const STATUSES = new Set<unknown>(valueStatusSchema.options);
const BOUNDS = new Set<unknown>(boundSchema.options);

const isString = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const isId = (value: unknown) => isString(value, 1, 80);
const isText = (value: unknown) => isString(value, 1, 2000);
const isIso3 = (value: unknown) => typeof value === 'string' && NAMED_PATTERNS.iso3.test(value);
const isYear = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2100;
const isFigure = (value: unknown) => typeof value === 'number' && value >= 0 && value <= MAX_VALUE;
/** A note as version 3 writes it: `{ en, ja? }`, nothing else. */
const isNote = (value: unknown) =>
  isPlainObject(value) &&
  hasOnlyKeys(value, NOTE_KEYS) &&
  isText(value.en) &&
  (value.ja === undefined || isText(value.ja));
const isPlainObject = (row: unknown): row is Record<string, unknown> =>
  typeof row === 'object' && row !== null && !Array.isArray(row);
const hasOnlyKeys = (row: object, keys: Set<string>) => {
  for (const key of Object.keys(row)) if (!keys.has(key)) return false;
  return true;
};

// Other keys in a name are not refused by its schema but dropped: such a row goes to zod, which drops them.
const isLocalizedText = (value: unknown) =>
  isPlainObject(value) &&
  hasOnlyKeys(value, LOCALIZED_KEYS) &&
  isText(value.en) &&
  isText(value.ja);
const isListOf = (value: unknown, isItem: (item: unknown) => boolean) => {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isItem(item)) return false;
  return true;
};

export function isWellFormedCountryRow(row: unknown): row is Country {
  return (
    isPlainObject(row) &&
    hasOnlyKeys(row, COUNTRY_KEYS) &&
    isIso3(row.id) &&
    isLocalizedText(row.name) &&
    isListOf(row.groups, isId)
  );
}

export function isWellFormedGroupRow(row: unknown): row is CountryGroup {
  return (
    isPlainObject(row) &&
    hasOnlyKeys(row, GROUP_KEYS) &&
    isId(row.id) &&
    isLocalizedText(row.name) &&
    isListOf(row.members, isIso3)
  );
}

export function isWellFormedTradeRow(row: unknown): row is TradeFlow {
  return (
    isPlainObject(row) &&
    hasOnlyKeys(row, TRADE_KEYS) &&
    isId(row.mineral) &&
    isIso3(row.exporter) &&
    isIso3(row.importer) &&
    isYear(row.year) &&
    isFigure(row.value) &&
    (row.unit === 'USD' || row.unit === 't') &&
    (row.code === undefined ||
      (typeof row.code === 'string' && NAMED_PATTERNS.hsCode.test(row.code))) &&
    isId(row.source)
  );
}

export function isWellFormedSupplyRow(row: unknown): row is SupplyRecord {
  return (
    isPlainObject(row) &&
    hasOnlyKeys(row, SUPPLY_KEYS) &&
    isId(row.mineral) &&
    STAGES.has(row.stage) &&
    isIso3(row.country) &&
    isYear(row.year) &&
    (row.value === null || isFigure(row.value)) &&
    isText(row.unit) &&
    STATUSES.has(row.status) &&
    (row.bound === undefined || BOUNDS.has(row.bound)) &&
    isId(row.source) &&
    (row.note === undefined || isNote(row.note))
  );
}
