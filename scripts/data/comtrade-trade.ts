import { csvParse } from 'd3';
import type { TradeFlow } from '../../src/domain/model-schema.ts';
import { UNNAMED_PARTNERS } from '../../src/domain/trade-partners.ts';

/**
 * Reads a UN Comtrade API extract (standard columns) into bilateral flows. Only imports are read,
 * as the importer reports them (the usual choice: imports are recorded more completely). Value in
 * USD (primaryValue) and, where reported, net weight in tonnes. An extract may name only some
 * partners (the US and China extracts name each other only): what the importer's "World" row holds
 * beyond them becomes one flow from UNNAMED_PARTNERS, so that shares are taken of everything the
 * importer reports and a named partner is never given 100 % of an extract that lists no other.
 */
export function parseComtradeImports(
  text: string,
  spec: {
    codes: Record<string, string[]>;
    source: string;
    skip?: (code: string, year: number) => boolean;
  },
  countryCode: (numericCode: string) => string | undefined,
): TradeFlow[] {
  const trade: TradeFlow[] = [];
  /** The importer's reported total from all partners, per importer, code, year and unit. */
  const world = new Map<string, { flow: Omit<TradeFlow, 'value' | 'exporter'>; amount: number }>();
  /** What the named partners add up to, in the importer's own units (USD, kg), on the same keys. */
  const named = new Map<string, number>();
  for (const row of csvParse(text.replace(/^\uFEFF/, ''))) {
    if (row.flowCode !== 'M') continue;
    const code = row.cmdCode ?? '';
    const minerals = spec.codes[code];
    const year = Number(row.refYear);
    if (!minerals || spec.skip?.(code, year)) continue;
    // The extracts leave the ISO columns empty; the numeric (M49) codes are always there.
    const importer = countryCode(row.reporterCode ?? '');
    if (!importer) continue;
    const isWorld = row.partnerCode === '0';
    const exporter = isWorld ? undefined : countryCode(row.partnerCode ?? '');
    if (!isWorld && (!exporter || importer === exporter)) continue;
    const value = Number(row.primaryValue);
    const netWeightKg = row.netWgt ? Number(row.netWgt) : NaN;
    for (const mineral of minerals) {
      const flow = { mineral, importer, year, code, source: spec.source };
      const amounts: [TradeFlow['unit'], string][] = [];
      if (Number.isFinite(value)) amounts.push(['USD', String(row.primaryValue)]);
      if (Number.isFinite(netWeightKg) && netWeightKg > 0) amounts.push(['t', String(row.netWgt)]);
      for (const [unit, amount] of amounts) {
        const key = `${mineral}|${importer}|${code}|${year}|${unit}`;
        if (isWorld) {
          world.set(key, { flow: { ...flow, unit }, amount: Number(amount) });
        } else {
          named.set(key, (named.get(key) ?? 0) + Number(amount));
          trade.push({ ...flow, exporter: exporter!, value: inUnit(amount, unit), unit });
        }
      }
    }
  }
  for (const [key, { flow, amount }] of world) {
    const rest = amount - (named.get(key) ?? 0);
    if (rest > 0) {
      trade.push({ ...flow, exporter: UNNAMED_PARTNERS, value: inUnit(String(rest), flow.unit) });
    }
  }
  return trade;
}

/** USD as reported; kilograms as tonnes, by shifting the decimal point in the text. */
function inUnit(amount: string, unit: TradeFlow['unit']): number {
  return unit === 't' ? Number(`${amount}e-3`) : Number(amount);
}
