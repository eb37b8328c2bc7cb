import { descending } from 'd3';
import type { MineralExposure } from './exposure';
import type { SupplierReliance } from './import-reliance';

/** One supplier in two trade years; a year in which the table does not report it is null, not zero. */
export interface SupplierChange {
  exporter: string;
  earlier: SupplierReliance | null;
  later: SupplierReliance | null;
  /** Later value minus earlier value, in USD; null when either year does not report the supplier. */
  valueChange: number | null;
  /** Later share minus earlier share, as a fraction (0.05 = 5 percentage points); null likewise. */
  shareChange: number | null;
}

export interface ExposureComparison {
  earlier: MineralExposure;
  later: MineralExposure;
  /** Later total minus earlier total, in USD. */
  totalChange: number;
  /** (later − earlier) / earlier; null when the earlier total is zero. */
  relativeTotalChange: number | null;
  /** Every supplier of either year, largest in the later year first, then those only in the earlier. */
  suppliers: SupplierChange[];
}

/** The figure of one trade code from one table: what two years must share to be compared. */
const comparableKey = (exposure: MineralExposure) =>
  `${exposure.code ?? ''}\u0000${exposure.source}`;

/**
 * One trade code in two years of the same table, supplier by supplier. The two exposures must be
 * the same code from the same table (see `pairExposures`); the years may come in either order.
 */
export function compareExposures(a: MineralExposure, b: MineralExposure): ExposureComparison {
  if (comparableKey(a) !== comparableKey(b))
    throw new Error('Only one trade code from one table can be compared across years.');
  const [earlier, later] = a.year <= b.year ? [a, b] : [b, a];
  const earlierBySupplier = new Map(earlier.suppliers.map((entry) => [entry.exporter, entry]));
  const laterBySupplier = new Map(later.suppliers.map((entry) => [entry.exporter, entry]));
  const exporters = [...new Set([...laterBySupplier.keys(), ...earlierBySupplier.keys()])];
  const suppliers = exporters
    .map((exporter): SupplierChange => {
      const before = earlierBySupplier.get(exporter) ?? null;
      const after = laterBySupplier.get(exporter) ?? null;
      const both = before !== null && after !== null;
      return {
        exporter,
        earlier: before,
        later: after,
        valueChange: both ? after.value - before.value : null,
        shareChange: both ? after.share - before.share : null,
      };
    })
    .sort(
      (x, y) =>
        descending(x.later?.value ?? -1, y.later?.value ?? -1) ||
        descending(x.earlier?.value ?? -1, y.earlier?.value ?? -1) ||
        x.exporter.localeCompare(y.exporter),
    );
  return {
    earlier,
    later,
    totalChange: later.total - earlier.total,
    relativeTotalChange: earlier.total > 0 ? (later.total - earlier.total) / earlier.total : null,
    suppliers,
  };
}

/**
 * For each exposure of one year, the same code from the same table in another year, or null when
 * that year holds none (a code first reported later is not compared with nothing).
 */
export function pairExposures(
  shown: readonly MineralExposure[],
  other: readonly MineralExposure[],
): { exposure: MineralExposure; comparison: ExposureComparison | null }[] {
  const otherByKey = new Map(other.map((exposure) => [comparableKey(exposure), exposure]));
  return shown.map((exposure) => {
    const match = otherByKey.get(comparableKey(exposure));
    return { exposure, comparison: match ? compareExposures(exposure, match) : null };
  });
}
