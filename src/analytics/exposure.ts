import { descending, rollups } from 'd3';
import type { TradeFlow } from '../domain/model-schema';
import { herfindahlIndex } from './concentration';
import { importReliance, type SupplierReliance } from './import-reliance';

export interface MineralExposure {
  mineral: string;
  code: string;
  year: number;
  /** The importer's recorded imports under this code, in USD. */
  total: number;
  suppliers: SupplierReliance[];
  top: SupplierReliance | null;
  /** Fraction of the import value that comes from the importer's partners (0–1). */
  partnersShare: number;
  /** Concentration of the importer's suppliers, 0–10,000. */
  supplierHhi: number;
  sources: string[];
}

/**
 * A country's exposure per mineral and trade code in one year: who it buys from, how much rides on
 * its largest supplier and how much on its partners. Ranked most exposed first (largest share from
 * one supplier, then the most concentrated suppliers).
 */
export function exposureScorecard(
  trade: readonly TradeFlow[],
  query: { importer: string; year: number; partners: readonly string[] },
): MineralExposure[] {
  const partners = new Set(query.partners);
  const pairs = rollups(
    trade.filter(
      (flow) => flow.importer === query.importer && flow.year === query.year && flow.unit === 'USD',
    ),
    () => null,
    (flow) => flow.mineral,
    (flow) => flow.code ?? '',
  ).flatMap(([mineral, codes]) => codes.map(([code]) => ({ mineral, code })));
  return pairs
    .map(({ mineral, code }): MineralExposure => {
      const reliance = importReliance(trade, {
        importer: query.importer,
        mineral,
        year: query.year,
        unit: 'USD',
        ...(code ? { code } : {}),
      });
      return {
        mineral,
        code,
        year: query.year,
        total: reliance.total,
        suppliers: reliance.suppliers,
        top: reliance.suppliers[0] ?? null,
        partnersShare: reliance.suppliers
          .filter((supplier) => partners.has(supplier.exporter))
          .reduce((total, supplier) => total + supplier.share, 0),
        supplierHhi: herfindahlIndex(reliance.suppliers.map((supplier) => supplier.share)),
        sources: reliance.sources,
      };
    })
    .filter((exposure) => exposure.total > 0)
    .sort(
      (a, b) =>
        descending(a.top?.share ?? 0, b.top?.share ?? 0) ||
        descending(a.supplierHhi, b.supplierHhi) ||
        a.mineral.localeCompare(b.mineral),
    );
}

/** The years for which a country has recorded imports, ascending. */
export function importYears(trade: readonly TradeFlow[], importer: string): number[] {
  return [
    ...new Set(trade.filter((flow) => flow.importer === importer).map((flow) => flow.year)),
  ].sort((a, b) => a - b);
}
