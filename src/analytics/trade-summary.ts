import { descending, groups, rollup, sum } from 'd3';
import type { TradeFlow } from '../domain/model-schema';

export interface TradeCounterpart {
  country: string;
  value: number;
  /** Fraction of the country's imports (or exports) under the code in that year and table (0–1). */
  share: number;
}

export interface CodeTradeSummary {
  code: string;
  /** The one trade table the figures come from. */
  source: string;
  year: number;
  suppliers: TradeCounterpart[];
  customers: TradeCounterpart[];
}

/**
 * Per trade code, a country's largest suppliers and customers in the latest year of one trade
 * table: the table with the most flows of the country under the code, so that two tables (BACI and
 * a reporter's own Comtrade figures) are never added together. A mixed code filed under several
 * minerals counts once.
 */
export function countryTradeSummary(
  trade: readonly TradeFlow[],
  country: string,
  limit: number,
): CodeTradeSummary[] {
  const flows = trade.filter(
    (flow) =>
      flow.unit === 'USD' &&
      flow.code !== undefined &&
      (flow.exporter === country || flow.importer === country),
  );
  return groups(flows, (flow) => flow.code!)
    .map(([code, codeFlows]) => {
      const [source, sourceFlows] = groups(codeFlows, (flow) => flow.source).sort(
        (a, b) => descending(a[1].length, b[1].length) || a[0].localeCompare(b[0]),
      )[0]!;
      const mineral = sourceFlows.map((flow) => flow.mineral).sort()[0];
      const year = Math.max(...sourceFlows.map((flow) => flow.year));
      const inYear = sourceFlows.filter((flow) => flow.mineral === mineral && flow.year === year);
      const counterparts = (side: 'importer' | 'exporter', other: 'exporter' | 'importer') => {
        const mine = inYear.filter((flow) => flow[side] === country);
        const total = sum(mine, (flow) => flow.value);
        return Array.from(
          rollup(
            mine,
            (group) => sum(group, (flow) => flow.value),
            (flow) => flow[other],
          ),
          ([partner, value]) => ({ country: partner, value, share: total > 0 ? value / total : 0 }),
        )
          .sort((a, b) => descending(a.value, b.value) || a.country.localeCompare(b.country))
          .slice(0, limit);
      };
      return {
        code,
        source,
        year,
        suppliers: counterparts('importer', 'exporter'),
        customers: counterparts('exporter', 'importer'),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
