import { sum } from 'd3';
import type { Model, Stage, TradeFlow } from '../domain/model-schema';
import { partnersOf } from './partners';
import { countryShares } from './shares';

export type GraphNode =
  | { id: string; kind: 'country'; country: string; weight: number }
  | { id: string; kind: 'mineral-stage'; mineral: string; stage: Stage; weight: number };

export type GraphEdge =
  | {
      id: string;
      kind: 'supply';
      source: string;
      target: string;
      share: number;
      value: number;
      unit: string;
      status: string;
      sourceId: string;
      year: number;
    }
  | {
      id: string;
      kind: 'trade';
      source: string;
      target: string;
      value: number;
      code: string;
      year: number;
      sourceId: string;
    }
  | {
      id: string;
      kind: 'partnership';
      source: string;
      target: string;
      title: string;
      sourceId: string;
    };

export interface DependencyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphFilters {
  minerals: readonly string[];
  stages: readonly Stage[];
  year: number;
  /** Countries to keep; empty keeps every country with an edge. */
  countries: readonly string[];
  /** Smallest share of a stage an edge must carry to be drawn (0–1). */
  minShare: number;
  viewAs: string;
  tradeLimit: number;
  showPartnerships: boolean;
}

export const countryNodeId = (country: string) => `c:${country}`;
export const mineralStageNodeId = (mineral: string, stage: Stage) => `m:${mineral}:${stage}`;

/**
 * Countries and mineral-stages as one graph: an edge from a country to a stage it supplies,
 * weighted by its share of the world total; optionally the largest trade flows between the
 * countries shown and the view-as country's partnerships. Only known shares make edges.
 */
export function dependencyGraph(
  model: Pick<Model, 'supply' | 'worldTotals' | 'partnerships'>,
  trade: readonly TradeFlow[],
  filters: GraphFilters,
): DependencyGraph {
  const keep = (country: string) =>
    filters.countries.length === 0 || filters.countries.includes(country);
  const edges: GraphEdge[] = [];
  const mineralStages: GraphNode[] = [];
  for (const mineral of filters.minerals) {
    for (const stage of filters.stages) {
      const breakdown = countryShares(model.supply, model.worldTotals, {
        mineral,
        measure: stage,
        year: filters.year,
      });
      const rows = breakdown.countries.filter(
        (row) =>
          row.share !== null &&
          row.value !== null &&
          row.share >= filters.minShare &&
          row.share > 0 &&
          keep(row.country),
      );
      if (rows.length === 0) continue;
      const target = mineralStageNodeId(mineral, stage);
      mineralStages.push({ id: target, kind: 'mineral-stage', mineral, stage, weight: 1 });
      for (const row of rows) {
        edges.push({
          id: `${countryNodeId(row.country)}>${target}`,
          kind: 'supply',
          source: countryNodeId(row.country),
          target,
          share: row.share!,
          value: row.value!,
          unit: row.unit,
          status: row.status,
          sourceId: row.source,
          year: filters.year,
        });
      }
    }
  }

  const supplied = new Set(edges.map((edge) => edge.source));
  if (filters.tradeLimit > 0) {
    const flows = trade
      .filter(
        (flow) =>
          flow.unit === 'USD' &&
          flow.year <= filters.year &&
          filters.minerals.includes(flow.mineral) &&
          supplied.has(countryNodeId(flow.exporter)) &&
          keep(flow.importer),
      )
      .sort((a, b) => b.year - a.year || b.value - a.value);
    const latest = flows[0]?.year;
    const seen = new Set<string>();
    for (const flow of flows.filter((candidate) => candidate.year === latest)) {
      // A mixed code is filed under several minerals with the same figures: one edge each.
      const id = `${countryNodeId(flow.exporter)}>${countryNodeId(flow.importer)}:${flow.code ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      edges.push({
        id,
        kind: 'trade',
        source: countryNodeId(flow.exporter),
        target: countryNodeId(flow.importer),
        value: flow.value,
        code: flow.code ?? '',
        year: flow.year,
        sourceId: flow.source,
      });
      if (seen.size >= filters.tradeLimit) break;
    }
  }
  if (filters.showPartnerships) {
    for (const partner of partnersOf(model.partnerships, filters.viewAs)) {
      const partnership = model.partnerships.find(
        (candidate) =>
          candidate.countries.includes(filters.viewAs) && candidate.countries.includes(partner),
      )!;
      edges.push({
        id: `${countryNodeId(filters.viewAs)}~${countryNodeId(partner)}`,
        kind: 'partnership',
        source: countryNodeId(filters.viewAs),
        target: countryNodeId(partner),
        title: partnership.id,
        sourceId: partnership.source,
      });
    }
  }

  const countryIds = new Set(
    edges.flatMap((edge) => [edge.source, edge.target]).filter((id) => id.startsWith('c:')),
  );
  const countries: GraphNode[] = [...countryIds].sort().map((id) => ({
    id,
    kind: 'country',
    country: id.slice(2),
    weight: sum(
      edges.filter((edge) => edge.kind === 'supply' && edge.source === id),
      (edge) => (edge.kind === 'supply' ? edge.share : 0),
    ),
  }));
  return { nodes: [...countries, ...mineralStages], edges };
}

/** The ids of a node and every node it shares an edge with. */
export function neighbourhood(graph: DependencyGraph, nodeId: string): Set<string> {
  const ids = new Set([nodeId]);
  for (const edge of graph.edges) {
    if (edge.source === nodeId) ids.add(edge.target);
    if (edge.target === nodeId) ids.add(edge.source);
  }
  return ids;
}
