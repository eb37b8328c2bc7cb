import { descending, rollup, sum } from 'd3';
import type { NetImportReliance, Stage, TradeFlow } from '../domain/model-schema';

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

/** Why no net import reliance can be given for a country, mineral, stage and year. */
export type RelianceGap =
  /** The publisher gives the figure for other years of this stage only. */
  | 'published-for-other-years'
  /** The trade data has no imports of the mineral for the country. */
  | 'no-trade'
  /** Imports are recorded as values only; reliance needs quantities set against production. */
  | 'trade-in-usd-only'
  /** Quantities are of traded products (HS codes), not the stage's output that production counts. */
  | 'tonnes-not-production-form';

export type RelianceReading =
  | { kind: 'published'; record: NetImportReliance }
  | { kind: 'not-available'; reason: RelianceGap; codes: string[]; years: number[] };

/**
 * A country's net import reliance for a mineral and stage in a year (its latest, when no year is
 * asked): the publisher's figure where the data holds one, carried exactly (bound and status
 * included). None is computed from trade: values in USD cannot be set against production in
 * tonnes, and the tonnes the data holds are of traded products (a code like HS 811292 carries six
 * metals), not of the stage's output. Otherwise, the reason, with the codes or years behind it.
 */
export function netImportRelianceOn(
  published: readonly NetImportReliance[],
  trade: readonly TradeFlow[],
  query: {
    /** The country or group the figure is published for. */
    country: string;
    /** Its members (the country alone for a country): their imports from outside it count. */
    importers: readonly string[];
    mineral: string;
    stage: Stage;
    /** The year the figure is set against; null: the latest published. */
    year: number | null;
  },
): RelianceReading {
  const ofStage = published.filter(
    (record) =>
      record.country === query.country &&
      record.mineral === query.mineral &&
      record.stage === query.stage,
  );
  const year = query.year ?? Math.max(...ofStage.map((candidate) => candidate.year));
  const record = ofStage.find((candidate) => candidate.year === year);
  if (record) return { kind: 'published', record };
  if (ofStage.length > 0) {
    const years = [...new Set(ofStage.map((candidate) => candidate.year))].sort();
    return { kind: 'not-available', reason: 'published-for-other-years', codes: [], years };
  }
  const importers = new Set(query.importers);
  const imports = trade.filter(
    (flow) =>
      importers.has(flow.importer) &&
      !importers.has(flow.exporter) &&
      flow.mineral === query.mineral,
  );
  const codesOf = (flows: readonly TradeFlow[]) =>
    [...new Set(flows.map((flow) => flow.code ?? ''))].filter(Boolean).sort();
  const inTonnes = imports.filter((flow) => flow.unit === 't');
  const reason: RelianceGap =
    imports.length === 0
      ? 'no-trade'
      : inTonnes.length === 0
        ? 'trade-in-usd-only'
        : 'tonnes-not-production-form';
  return {
    kind: 'not-available',
    reason,
    codes: codesOf(inTonnes.length > 0 ? inTonnes : imports),
    years: [],
  };
}
