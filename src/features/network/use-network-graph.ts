import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptionWords } from '../../components/view-caption';
import {
  dependencyGraph,
  type DependencyGraph,
  type GraphNode,
} from '../../analytics/dependency-graph';
import { GROUP_COLORS, NO_GROUP_COLOR, PALETTE } from '../../components/palette';
import { useCountryName, useMineralName } from '../../components/use-names';
import {
  chainAsGraph,
  chainYears,
  supplyChain,
  type ChainYears,
  type SupplyChain,
} from '../../analytics/supply-chain';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import type { Stage } from '../../domain/model-schema';
import { useAppState, useFilterState } from '../../store/store-context';
import type { NetworkLayout } from '../../store/view-settings';
import { useGraphLayout } from './use-graph-layout';

const STAGES: Stage[] = ['mining', 'refining'];

/** What the graph is set to show, beyond the filters. */
export interface NetworkSettings {
  minShare: number;
  bothStages: boolean;
  showTrade: boolean;
  showPartnerships: boolean;
  layout: NetworkLayout;
}

/** How many of the largest flows from the refiners the chain draws. */
export const CHAIN_TRADE_LIMIT = 15;
const EMPTY_CHAIN: SupplyChain = {
  year: 0,
  nodes: [],
  edges: [],
  tradeYear: null,
  tradeCode: null,
  missingStages: [],
  viewAs: '',
};

const NO_CHAIN_YEARS: ChainYears = { missing: [], neverPublished: [], nearestYear: null };

/** The network's settings as the store (and so the link and a kept slide) holds them. */
export function useNetworkSettings(): NetworkSettings {
  const settings = useAppState((s) => s.settings);
  return {
    minShare: settings.networkMinPercent / 100,
    bothStages: settings.networkBothStages,
    showTrade: settings.networkTrade,
    showPartnerships: settings.networkPartnerships,
    layout: settings.networkLayout,
  };
}

export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = {
  minShare: 0.01,
  bothStages: true,
  showTrade: false,
  showPartnerships: true,
  layout: 'force',
};

/** A node's name in the words given: a country, or "Gallium · refining". */
export function graphNodeLabel(
  node: GraphNode,
  words: Pick<CaptionWords, 't' | 'countryName' | 'mineralName'>,
): string {
  return node.kind === 'country'
    ? words.countryName(node.country)
    : `${words.mineralName(node.mineral)} · ${words.t(`stageInSentence.${node.stage}`)}`;
}

/** The graph of the filters and settings, its layout, and how its nodes are named and coloured. */
export function useNetworkGraph(settings: NetworkSettings) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useFilterState();
  const trade = useQuery(tradeQuery(useActiveModel()));
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const { minShare, bothStages, showTrade, showPartnerships, layout: layoutKind } = settings;
  const chosenCountries = useMemo(() => {
    const fromGroups = state.groups.flatMap((group) => index.group(group)?.members ?? []);
    return [...new Set([...state.countries, ...fromGroups])];
  }, [state.countries, state.groups, index]);
  const chain: SupplyChain = useMemo(
    () =>
      state.year === null || layoutKind !== 'chain'
        ? EMPTY_CHAIN
        : supplyChain(index.model, trade.data ?? [], {
            minerals: state.minerals,
            year: state.year,
            countries: chosenCountries,
            minShare,
            tradeLimit: CHAIN_TRADE_LIMIT,
            viewAs: state.viewAs,
          }),
    [
      index,
      trade.data,
      state.minerals,
      state.year,
      state.viewAs,
      chosenCountries,
      minShare,
      layoutKind,
    ],
  );
  const years: ChainYears = useMemo(
    () =>
      state.year === null || layoutKind !== 'chain'
        ? NO_CHAIN_YEARS
        : chainYears(index.model, state.minerals, state.year),
    [index, state.minerals, state.year, layoutKind],
  );
  const graph: DependencyGraph = useMemo(
    () =>
      layoutKind === 'chain'
        ? chainAsGraph(chain)
        : state.year === null
          ? { nodes: [], edges: [] }
          : dependencyGraph(index.model, showTrade ? (trade.data ?? []) : [], {
              minerals: state.minerals,
              stages: bothStages ? STAGES : [state.stage],
              year: state.year,
              countries: chosenCountries,
              minShare,
              viewAs: state.viewAs,
              tradeLimit: showTrade ? 40 : 0,
              showPartnerships,
            }),
    [
      index,
      trade.data,
      state.minerals,
      state.stage,
      state.year,
      state.viewAs,
      chosenCountries,
      minShare,
      bothStages,
      showTrade,
      showPartnerships,
      layoutKind,
      chain,
    ],
  );
  const layoutKey = JSON.stringify([graph.nodes.map((n) => n.id), graph.edges.map((e) => e.id)]);
  const layout = useGraphLayout(
    layoutKey,
    graph.nodes.map((node) => ({ id: node.id, weight: node.kind === 'country' ? node.weight : 1 })),
    graph.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      strength: edge.kind === 'supply' ? edge.share : 0.05,
    })),
  );
  const nodeLabel = (node: GraphNode) => graphNodeLabel(node, { t, countryName, mineralName });
  const nodeColor = (node: GraphNode) => {
    if (node.kind === 'mineral-stage') return PALETTE.mineralStage;
    const groups = index.country(node.country)?.groups ?? [];
    return GROUP_COLORS.find(([group]) => groups.includes(group))?.[1] ?? NO_GROUP_COLOR;
  };
  return {
    state,
    graph,
    chain,
    chainYears: years,
    tradeLoading: trade.isPending,
    layout,
    nodeLabel,
    nodeColor,
    title: t(layoutKind === 'chain' ? 'network.chainTitle' : 'network.title', {
      year: state.year ?? '',
    }),
  };
}
