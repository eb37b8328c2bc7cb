import { descending, groups } from 'd3';
import type { TradeCode, TradeFlow } from '../domain/model-schema';
import { UNNAMED_PARTNERS } from '../domain/trade-partners';
import { herfindahlIndex } from './concentration';
import { importReliance, type SupplierReliance } from './import-reliance';

export interface MineralExposure {
  /** Every mineral the code is filed under: a mixed code (HS 811292) is one figure for all of them. */
  minerals: string[];
  /** The trade code; null for flows the data give without one. */
  code: string | null;
  /** The one trade table the figure comes from. */
  source: string;
  year: number;
  /** The importer's recorded imports under this code, in USD. */
  total: number;
  suppliers: SupplierReliance[];
  /** The largest supplier; null when partners the table does not name could hold a larger one. */
  top: SupplierReliance | null;
  /** Fraction of the import value that comes from the importer's partners (0–1). */
  partnersShare: number;
  /** Concentration of the importer's suppliers, 0–10,000. */
  supplierHhi: number;
  /**
   * True when part of the imports comes from partners the table does not name: the HHI counts the
   * named suppliers only and is a lower bound.
   */
  supplierHhiIsLowerBound: boolean;
  /**
   * Codes listed for these minerals that hold no imports of this importer and year: when any is
   * missing, the figure covers only part of the mineral's trade.
   */
  missingCodes: string[];
}

/**
 * A country's exposure per trade code in one year: who it buys from, how much rides on its largest
 * supplier and how much on its partners. A code filed under several minerals counts once; two
 * trade tables are never added together. Ranked most exposed first (largest share from one
 * supplier, then the most concentrated suppliers).
 */
export function exposureScorecard(
  trade: readonly TradeFlow[],
  query: {
    importer: string;
    year: number;
    partners: readonly string[];
    tradeCodes: readonly TradeCode[];
  },
): MineralExposure[] {
  const partners = new Set(query.partners);
  const imports = trade.filter(
    (flow) => flow.importer === query.importer && flow.year === query.year && flow.unit === 'USD',
  );
  const missingCodes = (minerals: readonly string[]) => {
    const held = new Set(
      imports.filter((flow) => minerals.includes(flow.mineral)).map((flow) => flow.code),
    );
    const listed = query.tradeCodes
      .filter((code) => code.minerals.some((mineral) => minerals.includes(mineral)))
      .map((code) => code.code);
    return [...new Set(listed)].filter((code) => !held.has(code));
  };
  return groups(
    imports,
    (flow) => flow.code ?? null,
    (flow) => flow.source,
  )
    .flatMap(([code, bySource]) =>
      bySource.map(([source, flows]): MineralExposure => {
        const minerals = [...new Set(flows.map((flow) => flow.mineral))].sort();
        // A mixed code repeats the same flows under each of its minerals; one copy is the figure.
        const reliance = importReliance(
          flows.filter((flow) => flow.mineral === minerals[0]),
          { importer: query.importer, mineral: minerals[0]!, year: query.year, unit: 'USD' },
        );
        // Partners the table does not name are no one supplier: never the largest, nor in the HHI.
        // The largest named supplier is the largest only if it holds at least what they hold.
        const named = reliance.suppliers.filter(
          (supplier) => supplier.exporter !== UNNAMED_PARTNERS,
        );
        const unnamedShare = reliance.suppliers
          .filter((supplier) => supplier.exporter === UNNAMED_PARTNERS)
          .reduce((total, supplier) => total + supplier.share, 0);
        const top = named[0] && named[0].share >= unnamedShare ? named[0] : null;
        return {
          minerals,
          code,
          source,
          year: query.year,
          total: reliance.total,
          suppliers: reliance.suppliers,
          top,
          partnersShare: reliance.suppliers
            .filter((supplier) => partners.has(supplier.exporter))
            .reduce((total, supplier) => total + supplier.share, 0),
          supplierHhi: herfindahlIndex(named.map((supplier) => supplier.share)),
          supplierHhiIsLowerBound: named.length < reliance.suppliers.length,
          missingCodes: missingCodes(minerals),
        };
      }),
    )
    .filter((exposure) => exposure.total > 0)
    .sort(
      (a, b) =>
        descending(a.top?.share ?? 0, b.top?.share ?? 0) ||
        descending(a.supplierHhi, b.supplierHhi) ||
        a.minerals.join().localeCompare(b.minerals.join()),
    );
}

/** The years for which a country has recorded imports, ascending. */
export function importYears(trade: readonly TradeFlow[], importer: string): number[] {
  return [
    ...new Set(trade.filter((flow) => flow.importer === importer).map((flow) => flow.year)),
  ].sort((a, b) => a - b);
}
