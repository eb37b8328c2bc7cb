import { csvParse } from 'd3';
import type { TradeFlow } from '../../src/domain/model-schema.ts';

/**
 * Reads CEPII BACI bilateral flows in the compiled form `i,j,cmd,value` (exporter ISO3, importer
 * ISO3, HS6 code, value in USD), keeping the codes asked for. Each code is filed under every
 * mineral it carries, so a mixed code (HS 811292) appears under gallium and under germanium alike.
 */
export function parseBaciFlows(
  text: string,
  spec: { year: number; codes: Record<string, string[]>; source: string },
  countryCode: (baciIso3: string) => string | undefined,
): { trade: TradeFlow[]; unknownCodes: string[] } {
  const trade: TradeFlow[] = [];
  const unknownCodes = new Set<string>();
  for (const row of csvParse(text.replace(/^\uFEFF/, ''))) {
    const minerals = spec.codes[row.cmd ?? ''];
    if (!minerals) continue;
    const exporter = countryCode(row.i ?? '');
    const importer = countryCode(row.j ?? '');
    if (!exporter) unknownCodes.add(row.i ?? '');
    if (!importer) unknownCodes.add(row.j ?? '');
    const value = Number(row.value);
    if (!exporter || !importer || exporter === importer || !Number.isFinite(value)) continue;
    for (const mineral of minerals) {
      trade.push({
        mineral,
        exporter,
        importer,
        year: spec.year,
        value,
        unit: 'USD',
        code: row.cmd!,
        source: spec.source,
      });
    }
  }
  return { trade, unknownCodes: [...unknownCodes] };
}
