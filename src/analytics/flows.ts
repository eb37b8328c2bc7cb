import { descending, rollup, sum } from 'd3';
import type { TradeFlow } from '../domain/model-schema';
import { UNNAMED_PARTNERS } from '../domain/trade-partners';

export interface FlowQuery {
  mineral: string;
  code: string;
  year: number;
}

const matches = (flow: TradeFlow, query: FlowQuery) =>
  flow.mineral === query.mineral &&
  flow.code === query.code &&
  flow.year === query.year &&
  flow.unit === 'USD';

/** The largest flows of a trade code in a year, by value. */
export function topFlows(
  trade: readonly TradeFlow[],
  query: FlowQuery,
  limit: number,
): TradeFlow[] {
  return trade
    .filter((flow) => matches(flow, query))
    .sort((a, b) => descending(a.value, b.value) || a.exporter.localeCompare(b.exporter))
    .slice(0, limit);
}

/** Trade codes that have flows for a mineral, with their years and flow counts, fullest first. */
export function tradeCodesWithYears(
  trade: readonly TradeFlow[],
  mineral: string,
): { code: string; years: number[]; flows: number }[] {
  const byCode = rollup(
    trade.filter((flow) => flow.mineral === mineral && flow.code && flow.unit === 'USD'),
    (flows) => ({
      years: [...new Set(flows.map((flow) => flow.year))].sort((a, b) => a - b),
      flows: flows.length,
    }),
    (flow) => flow.code!,
  );
  return [...byCode]
    .map(([code, entry]) => ({ code, ...entry }))
    .sort((a, b) => b.flows - a.flows || a.code.localeCompare(b.code));
}

export const REST_OF_WORLD = 'REST';

export interface SankeyInput {
  nodes: { id: string; side: 'exporter' | 'importer'; key: string }[];
  links: { source: string; target: string; value: number }[];
  total: number;
  /**
   * What importers report from partners their table does not name: part of the total, never a
   * node (it is no country and no exporter one could point at); null when there is none.
   */
  unnamed: { value: number; importers: string[] } | null;
}

/**
 * Exporters on the left, importers on the right: the largest of each kept, the rest folded into
 * "Rest of world" on its side. With `groupOf`, countries are first gathered into their group
 * (G7, EU27…; countries in no group stay themselves). A reporter's unnamed partners are set apart
 * as a remainder, never drawn as an exporter.
 */
export function sankeyInput(
  trade: readonly TradeFlow[],
  query: FlowQuery,
  options: {
    topExporters: number;
    topImporters: number;
    groupOf?: (country: string) => string | undefined;
  },
): SankeyInput {
  const key = (country: string) => options.groupOf?.(country) ?? country;
  const allFlows = trade.filter((flow) => matches(flow, query));
  const flows = allFlows.filter((flow) => flow.exporter !== UNNAMED_PARTNERS);
  const unnamedFlows = allFlows.filter((flow) => flow.exporter === UNNAMED_PARTNERS);
  const totals = (side: 'exporter' | 'importer') =>
    [
      ...rollup(
        flows,
        (group) => sum(group, (flow) => flow.value),
        (flow) => key(flow[side]),
      ),
    ].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const keep = (side: 'exporter' | 'importer', limit: number) =>
    new Set(
      totals(side)
        .slice(0, limit)
        .map(([name]) => name),
    );
  const keptExporters = keep('exporter', options.topExporters);
  const keptImporters = keep('importer', options.topImporters);
  const exporterKey = (flow: TradeFlow) =>
    keptExporters.has(key(flow.exporter)) ? key(flow.exporter) : REST_OF_WORLD;
  const importerKey = (flow: TradeFlow) =>
    keptImporters.has(key(flow.importer)) ? key(flow.importer) : REST_OF_WORLD;

  const linkValues = rollup(
    flows,
    (group) => sum(group, (flow) => flow.value),
    (flow) => exporterKey(flow),
    (flow) => importerKey(flow),
  );
  const links: SankeyInput['links'] = [];
  for (const [exporter, targets] of linkValues) {
    for (const [importer, value] of targets) {
      if (value > 0) links.push({ source: `e:${exporter}`, target: `i:${importer}`, value });
    }
  }
  links.sort(
    (a, b) =>
      b.value - a.value || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
  const used = new Set(links.flatMap((link) => [link.source, link.target]));
  const nodes = [...used].sort().map((id) => ({
    id,
    side: id.startsWith('e:') ? ('exporter' as const) : ('importer' as const),
    key: id.slice(2),
  }));
  return {
    nodes,
    links,
    total: sum(allFlows, (flow) => flow.value),
    unnamed:
      unnamedFlows.length > 0
        ? {
            value: sum(unnamedFlows, (flow) => flow.value),
            importers: [...new Set(unnamedFlows.map((flow) => flow.importer))].sort(),
          }
        : null,
  };
}
