import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { dependencyGraph, neighbourhood, type GraphFilters } from '../dependency-graph';

const model = smallModel();
const filters: GraphFilters = {
  minerals: ['gallium', 'graphite'],
  stages: ['mining', 'refining'],
  year: 2023,
  countries: [],
  minShare: 0,
  viewAs: 'JPN',
  tradeLimit: 0,
  showPartnerships: false,
};

describe('dependencyGraph', () => {
  it('links countries to the mineral-stages they supply, weighted by share', () => {
    const graph = dependencyGraph(model, [], filters);
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'c:AUS',
      'c:CHN',
      'c:JPN',
      'c:KOR',
      'm:gallium:refining',
      'm:graphite:mining',
    ]);
    const china = graph.edges.filter((edge) => edge.source === 'c:CHN');
    expect(china.map((edge) => [edge.target, edge.kind === 'supply' ? edge.share : null])).toEqual([
      ['m:gallium:refining', 0.9],
      ['m:graphite:mining', 0.6],
    ]);
    // The withheld US figure makes no edge; China's node weight is its summed share.
    expect(graph.nodes.some((node) => node.id === 'c:USA')).toBe(false);
    expect(graph.nodes.find((node) => node.id === 'c:CHN')?.weight).toBeCloseTo(1.5, 12);
  });

  it('drops edges below the minimum share and keeps only chosen countries', () => {
    const graph = dependencyGraph(model, [], { ...filters, minShare: 0.1 });
    expect(graph.edges.map((edge) => edge.id)).toEqual([
      'c:CHN>m:gallium:refining',
      'c:CHN>m:graphite:mining',
      'c:AUS>m:graphite:mining',
    ]);
    const onlyChina = dependencyGraph(model, [], { ...filters, countries: ['CHN'] });
    expect(
      onlyChina.nodes.filter((node) => node.kind === 'country').map((node) => node.id),
    ).toEqual(['c:CHN']);
  });

  it('adds the largest trade flows from suppliers shown and the partnerships of the view-as country', () => {
    const graph = dependencyGraph(model, model.trade, {
      ...filters,
      tradeLimit: 2,
      showPartnerships: true,
    });
    expect(
      graph.edges.filter((edge) => edge.kind === 'trade').map((edge) => [edge.source, edge.target]),
    ).toEqual([
      ['c:CHN', 'c:USA'],
      ['c:CHN', 'c:JPN'],
    ]);
    expect(
      graph.edges.filter((edge) => edge.kind === 'partnership').map((edge) => edge.target),
    ).toEqual(['c:AUS']);
  });

  it('finds a node’s neighbourhood', () => {
    const graph = dependencyGraph(model, [], filters);
    expect([...neighbourhood(graph, 'm:graphite:mining')].sort()).toEqual([
      'c:AUS',
      'c:CHN',
      'm:graphite:mining',
    ]);
  });
});
