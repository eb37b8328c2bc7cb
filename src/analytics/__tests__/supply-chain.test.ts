import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import type { TradeFlow } from '../../domain/model-schema';
import { builtInModel } from '../../../tests/fixtures/built-in';
import { chainAsGraph, chainYears, supplyChain, type ChainFilters } from '../supply-chain';

const model = smallModel();
const filters: ChainFilters = {
  minerals: ['gallium'],
  year: 2023,
  countries: [],
  minShare: 0,
  tradeLimit: 10,
  viewAs: 'JPN',
};
const flow = (
  exporter: string,
  importer: string,
  value: number,
  extra: Partial<TradeFlow> = {},
): TradeFlow => ({
  mineral: 'gallium',
  exporter,
  importer,
  year: 2023,
  value,
  unit: 'USD',
  code: '811292',
  source: 'baci-test',
  ...extra,
});

describe('supplyChain', () => {
  it('puts refiners with their published share beside the importers they sell to, each flow with its code, year and source', () => {
    const chain = supplyChain(model, [flow('CHN', 'JPN', 300), flow('KOR', 'USA', 40)], filters);
    // Gallium refining 2023: CHN 900, JPN 50, KOR 30 of a world 1,000 kg → 0.9, 0.05, 0.03;
    // the US figure is withheld and kept as n/a (share null), never as zero.
    expect(
      chain.nodes.map((node) => [node.id, node.column === 'importer' ? null : node.share]),
    ).toEqual([
      ['refining:gallium:CHN', 0.9],
      ['refining:gallium:JPN', 0.05],
      ['refining:gallium:KOR', 0.03],
      ['refining:gallium:USA', null],
      ['importer:JPN', null],
      ['importer:USA', null],
    ]);
    expect(chain.edges).toEqual([
      {
        id: 'refining:gallium:CHN>importer:JPN:811292',
        source: 'refining:gallium:CHN',
        target: 'importer:JPN',
        mineral: 'gallium',
        value: 300,
        code: '811292',
        year: 2023,
        sourceId: 'baci-test',
      },
      expect.objectContaining({
        source: 'refining:gallium:KOR',
        target: 'importer:USA',
        value: 40,
      }),
    ]);
    expect(chain.tradeYear).toBe(2023);
    // Gallium has no mining figure in 2023: said, not drawn as an empty column.
    expect(chain.missingStages).toEqual([{ mineral: 'gallium', stage: 'mining' }]);
  });

  it('never draws the unnamed partners, flows from non-refiners, or a flow older than the latest year', () => {
    const chain = supplyChain(
      model,
      [
        flow('XNP', 'JPN', 5000),
        flow('CHN', 'XNP', 5000),
        flow('AUS', 'JPN', 700),
        flow('CHN', 'KOR', 20, { year: 2022 }),
        flow('CHN', 'JPN', 10, { year: 2024 }),
        flow('CHN', 'KOR', 30),
      ],
      filters,
    );
    // Only CHN → KOR 2023 is left: 2024 is after the year chosen, 2022 before the latest year.
    expect(chain.edges.map((edge) => [edge.id, edge.value])).toEqual([
      ['refining:gallium:CHN>importer:KOR:811292', 30],
    ]);
    expect(chain.nodes.some((node) => node.country === 'XNP')).toBe(false);
  });

  it('draws one trade code: the one with the most flows from the refiners that year', () => {
    const chain = supplyChain(
      model,
      [flow('CHN', 'USA', 900, { code: '2846' }), flow('CHN', 'JPN', 30), flow('KOR', 'JPN', 20)],
      filters,
    );
    // 811292 has two flows, 2846 one: the larger 2846 flow is not added to the 811292 bars.
    expect(chain.tradeCode).toBe('811292');
    expect(chain.edges.map((edge) => edge.code)).toEqual(['811292', '811292']);
  });

  it('keeps the largest flows up to the limit and every flow to the view-as country', () => {
    const chain = supplyChain(
      model,
      [flow('CHN', 'USA', 900), flow('CHN', 'DEU', 800), flow('CHN', 'JPN', 5)],
      { ...filters, tradeLimit: 1 },
    );
    expect(chain.edges.map((edge) => edge.target)).toEqual(['importer:USA', 'importer:JPN']);
  });

  it('draws a mixed code under each mineral it is filed under, counted once against the limit', () => {
    const withGermanium = {
      ...model,
      supply: [...model.supply, { ...model.supply[0]!, mineral: 'germanium' }],
      worldTotals: [...model.worldTotals, { ...model.worldTotals[0]!, mineral: 'germanium' }],
    };
    const chain = supplyChain(
      withGermanium,
      [
        flow('CHN', 'USA', 900),
        flow('CHN', 'USA', 900, { mineral: 'germanium' }),
        flow('CHN', 'DEU', 50),
      ],
      { ...filters, minerals: ['gallium', 'germanium'], tradeLimit: 1 },
    );
    expect(chain.edges.map((edge) => edge.id)).toEqual([
      'refining:gallium:CHN>importer:USA:811292',
      'refining:germanium:CHN>importer:USA:811292',
    ]);
  });

  it('drops producers under the minimum share and keeps only the chosen countries', () => {
    const chain = supplyChain(model, [], { ...filters, minShare: 0.04, countries: ['CHN', 'KOR'] });
    // KOR's 3 % is under 4 %; JPN is not chosen.
    expect(chain.nodes.map((node) => node.id)).toEqual(['refining:gallium:CHN']);
    expect(chain.tradeYear).toBeNull();
  });
});

describe('chainAsGraph', () => {
  it('gives each published share a supply edge and each flow a trade edge between countries', () => {
    const graph = chainAsGraph(supplyChain(model, [flow('CHN', 'JPN', 300)], filters));
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'c:CHN',
      'c:JPN',
      'c:KOR',
      'c:USA',
      'm:gallium:refining',
    ]);
    expect(graph.edges.map((edge) => [edge.kind, edge.source, edge.target])).toEqual([
      ['supply', 'c:CHN', 'm:gallium:refining'],
      ['supply', 'c:JPN', 'm:gallium:refining'],
      ['supply', 'c:KOR', 'm:gallium:refining'],
      // The withheld US share makes no edge; CHN → JPN is the flow.
      ['trade', 'c:CHN', 'c:JPN'],
    ]);
    expect(graph.edges[0]).toMatchObject({ share: 0.9, year: 2023, sourceId: 'usgs-test' });
  });
});

describe('chainYears on the built-in model', () => {
  const builtIn = builtInModel();

  it('says gallium has no mining figure in any year: no year to offer', () => {
    // USGS carries gallium's primary production as refining; no source gives mining.
    expect(chainYears(builtIn, ['gallium'], 2025)).toEqual({
      missing: [],
      neverPublished: [{ mineral: 'gallium', stage: 'mining' }],
      nearestYear: null,
    });
  });

  it('offers 2024 for germanium refining, which has no 2025 figure', () => {
    expect(chainYears(builtIn, ['gallium', 'germanium'], 2025)).toEqual({
      missing: [{ mineral: 'germanium', stage: 'refining' }],
      neverPublished: [
        { mineral: 'gallium', stage: 'mining' },
        { mineral: 'germanium', stage: 'mining' },
      ],
      nearestYear: 2024,
    });
  });

  it('offers the year that fills every stage: rare-earth refining is published for 2024 only', () => {
    expect(chainYears(builtIn, ['rare-earths'], 2021)).toEqual({
      missing: [{ mineral: 'rare-earths', stage: 'refining' }],
      neverPublished: [],
      nearestYear: 2024,
    });
    expect(chainYears(builtIn, ['rare-earths'], 2024).missing).toEqual([]);
  });
});
