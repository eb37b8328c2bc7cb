import { NAMED_PATTERNS, type TradeFlow } from './model-schema';

const TRADE_KEYS = new Set([
  'mineral',
  'exporter',
  'importer',
  'year',
  'value',
  'unit',
  'code',
  'source',
]);
const isId = (value: unknown) =>
  typeof value === 'string' && value.length >= 1 && value.length <= 80;

/**
 * The trade-row schema written out by hand: the same conditions as `tradeFlowSchema`, checked
 * without zod's per-object overhead, because a model may carry 100,000 rows. It only says yes or
 * no; on a no, zod checks the file again and words the problems.
 */
export function isWellFormedTradeRow(row: unknown): row is TradeFlow {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  for (const key of Object.keys(row)) if (!TRADE_KEYS.has(key)) return false;
  const flow = row as Record<string, unknown>;
  return (
    isId(flow.mineral) &&
    typeof flow.exporter === 'string' &&
    NAMED_PATTERNS.iso3.test(flow.exporter) &&
    typeof flow.importer === 'string' &&
    NAMED_PATTERNS.iso3.test(flow.importer) &&
    Number.isInteger(flow.year) &&
    (flow.year as number) >= 1900 &&
    (flow.year as number) <= 2100 &&
    typeof flow.value === 'number' &&
    Number.isFinite(flow.value) &&
    flow.value >= 0 &&
    (flow.unit === 'USD' || flow.unit === 't') &&
    (flow.code === undefined ||
      (typeof flow.code === 'string' && NAMED_PATTERNS.hsCode.test(flow.code))) &&
    isId(flow.source)
  );
}
