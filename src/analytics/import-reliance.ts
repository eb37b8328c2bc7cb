import { descending, rollup, sum } from 'd3';
import type { TradeFlow } from '../domain/model-schema';

export interface ImportQuery {
  importer: string;
  mineral: string;
  year: number;
  unit: TradeFlow['unit'];
  /** HS code; flows under other codes are left out. Omitted: every code of the mineral. */
  code?: string;
}

export interface SupplierReliance {
  exporter: string;
  value: number;
  /** Fraction of the importer's imports of this mineral (0–1). */
  share: number;
}

export interface ImportReliance {
  total: number;
  suppliers: SupplierReliance[];
  sources: string[];
}

/** How much of a country's recorded imports of a mineral comes from each supplier. */
export function importReliance(trade: readonly TradeFlow[], query: ImportQuery): ImportReliance {
  const flows = trade.filter(
    (flow) =>
      flow.importer === query.importer &&
      flow.mineral === query.mineral &&
      flow.year === query.year &&
      flow.unit === query.unit &&
      (query.code === undefined || flow.code === query.code),
  );
  const total = sum(flows, (flow) => flow.value);
  const byExporter = rollup(
    flows,
    (group) => sum(group, (flow) => flow.value),
    (flow) => flow.exporter,
  );
  const suppliers = Array.from(byExporter, ([exporter, value]) => ({
    exporter,
    value,
    share: total > 0 ? value / total : 0,
  })).sort((a, b) => descending(a.value, b.value) || a.exporter.localeCompare(b.exporter));
  return { total, suppliers, sources: [...new Set(flows.map((flow) => flow.source))] };
}
