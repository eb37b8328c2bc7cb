import { csvParse } from 'd3';
import type { Price } from '../../src/domain/model-schema.ts';
import { parseCell } from './usgs-mcs-world.ts';

/** One price column of a USGS MCS salient-statistics CSV, e.g. `Price_Dy2O3_dkg`. */
export interface PriceColumn {
  column: RegExp;
  mineral: string;
  product: string;
  unit: string;
}

/**
 * Reads prices from a USGS MCS salient-statistics CSV. USGS estimates the latest year of each
 * edition (marked "e" in the printed tables), so that year is carried as estimated.
 */
export function parseUsgsSalientPrices(
  text: string,
  columns: readonly PriceColumn[],
  source: string,
): Price[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const years = rows
    .map((row) => Number(row.Year))
    .filter((year) => Number.isInteger(year) && year > 0);
  const latestYear = Math.max(...years);
  const prices: Price[] = [];
  const present = columns.flatMap((spec) => {
    const column = rows.columns.find((name) => spec.column.test(name.trim()));
    return column ? [{ ...spec, column }] : [];
  });
  for (const row of rows) {
    const year = Number(row.Year);
    if (!Number.isInteger(year) || year <= 0) continue;
    for (const spec of present) {
      const cell = parseCell(row[spec.column]);
      const value = cell.kind === 'number' ? cell.value : null;
      prices.push({
        mineral: spec.mineral,
        product: spec.product,
        year,
        value,
        unit: spec.unit,
        status:
          value === null
            ? cell.kind === 'withheld'
              ? 'withheld'
              : 'not-available'
            : year === latestYear
              ? 'estimated'
              : 'reported',
        source,
      });
    }
  }
  return prices;
}
