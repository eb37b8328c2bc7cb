import { csvParse } from 'd3';
import type { TradeFlow } from '../../src/domain/model-schema.ts';

/**
 * Reads a UN Comtrade API extract (standard columns) into bilateral flows. Only imports are read,
 * as the importer reports them (the usual choice: imports are recorded more completely); partner
 * "World" rows are totals, not flows, and are left out. Value in USD (primaryValue) and, where
 * reported, net weight in tonnes.
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
  for (const row of csvParse(text.replace(/^\uFEFF/, ''))) {
    if (row.flowCode !== 'M' || row.partnerCode === '0') continue;
    const code = row.cmdCode ?? '';
    const minerals = spec.codes[code];
    const year = Number(row.refYear);
    if (!minerals || spec.skip?.(code, year)) continue;
    // The extracts leave the ISO columns empty; the numeric (M49) codes are always there.
    const importer = countryCode(row.reporterCode ?? '');
    const exporter = countryCode(row.partnerCode ?? '');
    if (!importer || !exporter || importer === exporter) continue;
    const value = Number(row.primaryValue);
    const netWeightKg = row.netWgt ? Number(row.netWgt) : NaN;
    // Shifting the decimal point in the text gives the tonnes as written, without float residue.
    const netWeightTonnes = Number(`${row.netWgt}e-3`);
    for (const mineral of minerals) {
      const flow = { mineral, exporter, importer, year, code, source: spec.source };
      if (Number.isFinite(value)) trade.push({ ...flow, value, unit: 'USD' });
      if (Number.isFinite(netWeightKg) && netWeightKg > 0) {
        trade.push({ ...flow, value: netWeightTonnes, unit: 't' });
      }
    }
  }
  return trade;
}
