import type { Model, Stage, TradeFlow, ValueStatus } from '../domain/model-schema';
import { UNNAMED_PARTNERS } from '../domain/trade-partners';
import {
  countryNodeId,
  mineralStageNodeId,
  type DependencyGraph,
  type GraphEdge,
  type GraphNode,
} from './dependency-graph';
import { countryShares } from './shares';

/** The chain's columns, left to right: who mines, who refines, who buys from the refiners. */
export const CHAIN_COLUMNS = ['mining', 'refining', 'importer'] as const;
export type ChainColumn = (typeof CHAIN_COLUMNS)[number];

/** A country's published output at one stage of one mineral. */
export interface ProducerNode {
  id: string;
  column: Stage;
  country: string;
  mineral: string;
  /** Fraction of the world total, 0–1; null when the figure is not published (drawn as n/a). */
  share: number | null;
  value: number | null;
  unit: string;
  status: ValueStatus;
  sourceId: string;
}

/** A country that buys from the refiners shown; its size is what the edges into it carry. */
export interface ImporterNode {
  id: string;
  column: 'importer';
  country: string;
}

export type ChainNode = ProducerNode | ImporterNode;

/** One trade flow, as published: from a refiner to an importer, in one code and year. */
export interface ChainEdge {
  id: string;
  source: string;
  target: string;
  mineral: string;
  value: number;
  code: string;
  year: number;
  sourceId: string;
}

export interface SupplyChain {
  /** The year of the production figures. */
  year: number;
  nodes: ChainNode[];
  edges: ChainEdge[];
  /** The year of the trade flows drawn (the latest with flows, up to the year chosen); null if none. */
  tradeYear: number | null;
  /** The one trade code drawn: of that year, the one with the most flows from the refiners. */
  tradeCode: string | null;
  /** The minerals with no published figure at a stage in the year: said, never drawn as empty. */
  missingStages: { mineral: string; stage: Stage }[];
  /** The country whose imports are drawn whatever their size (the reader's own). */
  viewAs: string;
}

export interface ChainFilters {
  minerals: readonly string[];
  year: number;
  /** Countries to keep in the producer columns; empty keeps all. */
  countries: readonly string[];
  /** Smallest share a producer must hold to be drawn (0–1); unknown shares are kept as n/a. */
  minShare: number;
  /** How many of the largest flows from the refiners are drawn. */
  tradeLimit: number;
  /** Flows into this country are drawn whatever their size: the reader's own imports. */
  viewAs: string;
}

const STAGES: Stage[] = ['mining', 'refining'];

export const producerNodeId = (stage: Stage, mineral: string, country: string) =>
  `${stage}:${mineral}:${country}`;
export const importerNodeId = (country: string) => `importer:${country}`;

/**
 * The chain mine → refine → importer for the chosen minerals in a year. Producers carry their
 * published share of the world total; a refiner's edges are its published exports (trade value in
 * one code and year, each with its source) to the importers. No edge joins miners to refiners: the
 * data hold no ore flows between them, so the two columns stand side by side. A reporter's unnamed
 * partners are no refiner, so they never appear.
 */
export function supplyChain(
  model: Pick<Model, 'supply' | 'worldTotals'>,
  trade: readonly TradeFlow[],
  filters: ChainFilters,
): SupplyChain {
  const keep = (country: string) =>
    filters.countries.length === 0 || filters.countries.includes(country);
  const producers: ProducerNode[] = [];
  const missingStages: SupplyChain['missingStages'] = [];
  for (const stage of STAGES) {
    for (const mineral of filters.minerals) {
      const rows = countryShares(model.supply, model.worldTotals, {
        mineral,
        measure: stage,
        year: filters.year,
      }).countries.filter(
        (row) =>
          keep(row.country) &&
          (row.share === null || (row.share > 0 && row.share >= filters.minShare)),
      );
      if (rows.length === 0) missingStages.push({ mineral, stage });
      for (const row of rows) {
        producers.push({
          id: producerNodeId(stage, mineral, row.country),
          column: stage,
          country: row.country,
          mineral,
          share: row.share,
          value: row.value,
          unit: row.unit,
          status: row.status,
          sourceId: row.source,
        });
      }
    }
  }

  const refinerOf = new Map(
    producers
      .filter((node) => node.column === 'refining' && node.country !== UNNAMED_PARTNERS)
      .map((node) => [`${node.mineral}:${node.country}`, node]),
  );
  const flows = trade
    .filter(
      (flow) =>
        flow.unit === 'USD' &&
        flow.year <= filters.year &&
        flow.importer !== UNNAMED_PARTNERS &&
        flow.importer !== flow.exporter &&
        refinerOf.has(`${flow.mineral}:${flow.exporter}`),
    )
    .sort((a, b) => b.year - a.year || b.value - a.value);
  const tradeYear = flows[0]?.year ?? null;
  // One code a chart, so an importer's bar never adds magnets to compounds: the code of that year
  // with the most flows from these refiners (then the lowest code, for a stable choice).
  const codeCounts = new Map<string, number>();
  for (const flow of flows)
    if (flow.year === tradeYear)
      codeCounts.set(flow.code ?? '', (codeCounts.get(flow.code ?? '') ?? 0) + 1);
  const tradeCode =
    [...codeCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const edges: ChainEdge[] = [];
  // A mixed code is filed under each of its minerals with the same figures: one flow, counted once
  // towards the limit, drawn from each refiner node it belongs to.
  const flowsCounted = new Set<string>();
  for (const flow of flows.filter(
    (candidate) => candidate.year === tradeYear && (candidate.code ?? '') === tradeCode,
  )) {
    const flowKey = `${flow.exporter}>${flow.importer}:${flow.code ?? ''}`;
    const isNew = !flowsCounted.has(flowKey);
    if (isNew && flowsCounted.size >= filters.tradeLimit && flow.importer !== filters.viewAs)
      continue;
    const source = refinerOf.get(`${flow.mineral}:${flow.exporter}`)!;
    const id = `${source.id}>${importerNodeId(flow.importer)}:${flow.code ?? ''}`;
    if (edges.some((edge) => edge.id === id)) continue;
    flowsCounted.add(flowKey);
    edges.push({
      id,
      source: source.id,
      target: importerNodeId(flow.importer),
      mineral: flow.mineral,
      value: flow.value,
      code: flow.code ?? '',
      year: flow.year,
      sourceId: flow.source,
    });
  }
  const importers: ImporterNode[] = [...new Set(edges.map((edge) => edge.target))].map((id) => ({
    id,
    column: 'importer',
    country: id.slice('importer:'.length),
  }));
  return {
    year: filters.year,
    nodes: [...producers, ...importers],
    edges,
    tradeYear,
    tradeCode,
    missingStages,
    viewAs: filters.viewAs,
  };
}

/** Which stages the chain can draw in its year, and the nearest year that draws them all. */
export interface ChainYears {
  /** Stages with no figure in the year but one in another year. */
  missing: { mineral: string; stage: Stage }[];
  /** Stages with no figure in any year: no other year draws them. */
  neverPublished: { mineral: string; stage: Stage }[];
  /**
   * When a stage is missing: the nearest other year with a figure at every stage that has one in
   * some year (the earlier on a tie); null when no year has them all.
   */
  nearestYear: number | null;
}

/**
 * The years of the chain's stages (mining and refining of each mineral) as the model publishes
 * them, before any filter: a column empty in the chosen year is offered the nearest year that
 * fills it without emptying another, and a stage no year has is said to be so.
 */
export function chainYears(
  model: Pick<Model, 'supply' | 'worldTotals'>,
  minerals: readonly string[],
  year: number,
): ChainYears {
  const stages = minerals.flatMap((mineral) => STAGES.map((stage) => ({ mineral, stage })));
  const years = [
    ...new Set(
      model.supply.filter((record) => minerals.includes(record.mineral)).map((row) => row.year),
    ),
  ];
  const drawn = (entry: { mineral: string; stage: Stage }, inYear: number) =>
    countryShares(model.supply, model.worldTotals, {
      mineral: entry.mineral,
      measure: entry.stage,
      year: inYear,
    }).countries.some((row) => row.share === null || row.share > 0);
  const published = stages.filter((entry) => years.some((other) => drawn(entry, other)));
  const missing = published.filter((entry) => !drawn(entry, year));
  const nearestYear =
    missing.length === 0
      ? null
      : (years
          .filter((other) => other !== year && published.every((entry) => drawn(entry, other)))
          .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0] ?? null);
  return {
    missing,
    neverPublished: stages.filter((entry) => !published.includes(entry)),
    nearestYear,
  };
}

/**
 * The chain as the network's graph, for the focus panel, the table and the export: each published
 * share an edge from the country to its mineral-stage, each flow a trade edge between countries.
 * A share not published makes no edge, as in the network.
 */
export function chainAsGraph(chain: SupplyChain): DependencyGraph {
  const edges: GraphEdge[] = [];
  const stages = new Map<string, GraphNode>();
  for (const node of chain.nodes) {
    if (node.column === 'importer' || node.share === null || node.value === null) continue;
    const target = mineralStageNodeId(node.mineral, node.column);
    stages.set(target, {
      id: target,
      kind: 'mineral-stage',
      mineral: node.mineral,
      stage: node.column,
      weight: 1,
    });
    edges.push({
      id: `${countryNodeId(node.country)}>${target}`,
      kind: 'supply',
      source: countryNodeId(node.country),
      target,
      share: node.share,
      value: node.value,
      unit: node.unit,
      status: node.status,
      sourceId: node.sourceId,
      year: chain.year,
    });
  }
  const countryOf = new Map(chain.nodes.map((node) => [node.id, node.country]));
  for (const edge of chain.edges) {
    edges.push({
      id: edge.id,
      kind: 'trade',
      source: countryNodeId(countryOf.get(edge.source)!),
      target: countryNodeId(countryOf.get(edge.target)!),
      value: edge.value,
      code: edge.code,
      year: edge.year,
      sourceId: edge.sourceId,
    });
  }
  const countries = [...new Set(chain.nodes.map((node) => node.country))]
    .sort()
    .map((country): GraphNode => ({
      id: countryNodeId(country),
      kind: 'country',
      country,
      weight: 0,
    }));
  return { nodes: [...countries, ...stages.values()], edges };
}
