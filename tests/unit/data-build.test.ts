import { describe, expect, it } from 'vitest';
import { buildModel } from '../../scripts/data/build';
import { validateModel, validateTradeFile } from '../../src/domain/validate-model';

/** The whole `npm run data:build` pipeline on small tables written in each publisher's format. */
const { model, trade } = buildModel({
  raw: 'tests/fixtures/raw',
  facts: 'tests/fixtures/facts.csv',
  curated: 'data/curated',
});

const supply = (mineral: string, stage: string, year: number, country: string) =>
  model.supply.find(
    (r) => r.mineral === mineral && r.stage === stage && r.year === year && r.country === country,
  );

describe('data:build on fixture tables', () => {
  it('builds a model and a trade file that pass validation', () => {
    const validation = validateModel(model);
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    const tradeValidation = validateTradeFile({ schemaVersion: 1, trade }, model);
    expect(tradeValidation.ok ? [] : tradeValidation.problems).toEqual([]);
  });

  it('keeps the 2023 governance estimates as published, for the countries of the model', () => {
    expect(
      model.governance.filter((record) => record.country === 'JPN').map((r) => r.indicator),
    ).toEqual(['CC', 'GE', 'PV', 'RQ', 'VA']);
    expect(
      model.governance.find((record) => record.country === 'CHN' && record.indicator === 'VA'),
    ).toMatchObject({ year: 2023, value: expect.closeTo(-1.5046, 4), source: 'wb-wgi-2024' });
  });

  it('takes a year from the newest USGS edition that revises it', () => {
    expect(supply('rare-earths', 'mining', 2022, 'CHN')).toMatchObject({
      value: 102,
      source: 'usgs-mcs-2024-rare-earths',
    });
  });

  it('lets the MCS 2025 chapter replace the 2023 table, with its world total', () => {
    expect(supply('rare-earths', 'mining', 2023, 'CHN')).toMatchObject({
      value: 255000,
      source: 'usgs-mcs-2025-rare-earths',
    });
    expect(supply('rare-earths', 'mining', 2023, 'MMR')).toBeUndefined();
    expect(
      model.worldTotals.find(
        (t) => t.mineral === 'rare-earths' && t.stage === 'mining' && t.year === 2023,
      ),
    ).toMatchObject({ value: 376000 });
  });

  it('keeps published germanium estimates where later editions give only NA, and withheld as withheld', () => {
    expect(supply('germanium', 'refining', 2021, 'CHN')).toMatchObject({
      value: 95000,
      status: 'estimated',
      source: 'usgs-mcs-2022-germanium',
    });
    expect(supply('germanium', 'refining', 2021, 'USA')).toMatchObject({
      value: null,
      status: 'withheld',
    });
  });

  it('fills years USGS leaves empty with labelled share tables', () => {
    expect(supply('germanium', 'refining', 2022, 'CHN')).toMatchObject({
      value: 94,
      unit: '% of world',
      source: 'bgs-wms-germanium-compiled',
    });
  });

  it('lets MCS 2026 (long format) revise 2024 and add 2025, in USGS units, over shares and IEA', () => {
    expect(supply('gallium', 'refining', 2024, 'CHN')).toMatchObject({
      value: 839000,
      unit: 'kg',
      status: 'reported',
      source: 'usgs-mcs-2026-gallium',
    });
    expect(supply('gallium', 'refining', 2025, 'CHN')).toMatchObject({
      value: 900000,
      status: 'estimated',
    });
    expect(model.supply.some((r) => r.source === 'usgs-wmo-2025')).toBe(false);
    expect(supply('rare-earths', 'mining', 2024, 'MMR')).toMatchObject({
      value: 27000,
      source: 'usgs-mcs-2026-rare-earths',
    });
    expect(supply('graphite', 'mining', 2024, 'CHN')).toMatchObject({ value: 1270000, unit: 't' });
    expect(model.sources.find((s) => s.id === 'usgs-mcs-2026-rare-earths')?.note).toContain(
      'MCS 2026 revises MCS 2025',
    );
  });

  it('carries the corrected world reserves of MCS 2026 v1.3 as a lower bound', () => {
    expect(
      model.worldTotals.find(
        (t) => t.mineral === 'rare-earths' && t.stage === 'reserves' && t.year === 2025,
      ),
    ).toMatchObject({ value: 75000000, bound: 'lower' });
    expect(
      model.reserves.find(
        (r) => r.mineral === 'rare-earths' && r.year === 2025 && r.country === 'BRA',
      ),
    ).toMatchObject({ value: 11000000 });
  });

  it('keeps both publishers where two give the same year: USGS in the main lists, BGS-derived shares apart', () => {
    expect(supply('germanium', 'refining', 2021, 'CHN')).toMatchObject({
      source: 'usgs-mcs-2022-germanium',
    });
    expect(
      model.alternatives?.supply.filter(
        (r) => r.mineral === 'germanium' && r.year === 2021 && r.country === 'CHN',
      ),
    ).toEqual([
      expect.objectContaining({ source: 'bgs-wms-germanium-compiled', unit: '% of world' }),
    ]);
    expect(model.alternatives?.supply.some((r) => r.source === 'usgs-mcs-2024-rare-earths')).toBe(
      false,
    );
  });

  it('carries IEA figures unrounded, the magnet group as a Dy and Tb proxy, and projections apart', () => {
    expect(supply('graphite', 'refining', 2024, 'JPN')).toMatchObject({ value: 45, unit: 'kt' });
    expect(supply('dysprosium', 'refining', 2024, 'MYS')).toMatchObject({
      value: 3.6,
      status: 'proxy',
    });
    expect(supply('terbium', 'refining', 2024, 'MYS')).toMatchObject({
      value: 3.6,
      status: 'proxy',
    });
    expect(model.supply.some((r) => r.source === 'iea-cm-data-explorer' && r.year > 2024)).toBe(
      false,
    );
    expect(model.projections).toContainEqual(
      expect.objectContaining({ mineral: 'graphite', stage: 'refining', year: 2030, world: 4400 }),
    );
  });

  it('files the IEA magnet rare earths under rare-earth refining as a named proxy, with projections', () => {
    expect(supply('rare-earths', 'refining', 2024, 'MYS')).toMatchObject({
      value: 3.6,
      status: 'proxy',
      note: {
        en: expect.stringMatching(
          /^Proxy: Magnet rare earths \(Nd, Pr, Dy, Tb\): separation and refining, IEA\./,
        ),
        ja: expect.stringMatching(/^代替指標：磁石用レアアース/),
      },
    });
    expect(
      model.supply.some(
        (r) => r.mineral === 'rare-earths' && r.stage === 'mining' && r.status === 'proxy',
      ),
    ).toBe(false);
    expect(model.projections).toContainEqual(
      expect.objectContaining({
        mineral: 'rare-earths',
        stage: 'refining',
        kind: 'proxy-projection',
      }),
    );
  });

  it('keeps the newest price for each year and the capacities', () => {
    const dy = model.prices
      .filter((p) => p.mineral === 'dysprosium')
      .map((p) => [p.year, p.value, p.source]);
    expect(dy).toContainEqual([2022, 200, 'usgs-mcs-2024-rare-earths']);
    expect(dy).toContainEqual([2024, 257, 'usgs-mcs-2026-heavy-rare-earths']);
    expect(dy).toContainEqual([2025, 239, 'usgs-mcs-2026-heavy-rare-earths']);
    expect(model.capacities).toContainEqual(
      expect.objectContaining({
        minerals: ['gallium'],
        country: 'JPN',
        year: 2023,
        value: 500,
        status: 'estimated',
      }),
    );
    expect(model.capacities).toContainEqual(
      expect.objectContaining({
        minerals: ['dysprosium', 'terbium'],
        country: 'FRA',
        value: 600,
        kind: 'planned',
      }),
    );
  });

  it('reads BACI flows, files the mixed code under both metals, and adds Comtrade only where BACI is silent', () => {
    expect(trade).toContainEqual(
      expect.objectContaining({
        code: '850511',
        exporter: 'CHN',
        importer: 'JPN',
        year: 2024,
        value: 4000,
      }),
    );
    expect(trade).toContainEqual(expect.objectContaining({ code: '850511', importer: 'XAS' }));
    const mixed2022 = trade.filter(
      (f) => f.code === '811292' && f.year === 2022 && f.unit === 'USD',
    );
    expect(mixed2022.map((f) => [f.mineral, f.value, f.source])).toEqual([
      ['gallium', 500, 'cepii-baci-hs17-v202601'],
      ['germanium', 500, 'cepii-baci-hs17-v202601'],
    ]);
    expect(trade).toContainEqual(
      expect.objectContaining({
        code: '811292',
        year: 2023,
        value: 888,
        source: 'un-comtrade-us-china',
      }),
    );
  });

  it('keeps what a Comtrade reporter imports from partners its extract does not name', () => {
    const us2846 = trade.filter(
      (f) => f.code === '2846' && f.importer === 'USA' && f.year === 2020,
    );
    // World 62,500 USD and 5.5 t, of which China 45,000 USD and 4 t: 17,500 USD and 1.5 t unnamed.
    expect(us2846.map((f) => [f.exporter, f.unit, f.value])).toEqual([
      ['CHN', 'USD', 45000],
      ['CHN', 't', 4],
      ['XNP', 'USD', 17500],
      ['XNP', 't', 1.5],
    ]);
    expect(model.countries.find((country) => country.id === 'XNP')?.name).toEqual({
      en: 'Unnamed partners',
      ja: '記載のない相手国',
    });
  });

  it('derives Japan’s partners from the partnerships and names every country in both languages', () => {
    expect(model.groups.find((g) => g.id === 'JAPAN_PARTNERS')?.members).toEqual(
      expect.arrayContaining(['USA', 'IND', 'GBR', 'AUS', 'FRA', 'KAZ', 'UZB']),
    );
    expect(model.countries.find((c) => c.id === 'NGA')?.name).toEqual({
      en: 'Nigeria',
      ja: 'ナイジェリア',
    });
  });

  it('keeps what is specific to dysprosium and terbium beside the group: imports, demand, grades', () => {
    const facts = model.mineralFacts ?? [];
    expect(facts.filter((fact) => fact.kind === 'import-source')).toEqual([
      expect.objectContaining({
        mineral: 'terbium',
        country: 'CHN',
        value: 100,
        period: '2021–24',
      }),
    ]);
    expect(
      facts.filter((fact) => fact.kind === 'demand').map((fact) => [fact.mineral, fact.value]),
    ).toEqual([
      ['dysprosium', 1.5],
      ['terbium', 0.43],
    ]);
    expect(facts.filter((fact) => fact.kind === 'ore-grade')).toHaveLength(26);
    // EU CRM 2023 Table A (third-party reading): the main supplier per material and stage.
    expect(
      facts
        .filter((fact) => fact.kind === 'main-supplier')
        .map((fact) => [fact.mineral, fact.stage, fact.country, fact.value]),
    ).toEqual([
      ['gallium', 'refining', 'CHN', 94],
      ['germanium', 'refining', 'CHN', 83],
      ['graphite', 'mining', 'CHN', 67],
      ['rare-earths', 'refining', 'CHN', 85],
    ]);
    for (const id of [
      'usgs-mcs-2026-heavy-rare-earths-imports',
      'iea-cm-data-explorer-demand',
      'usgs-myb-2022-rare-earths',
      'eu-crm-2023-table-a-atlas',
    ]) {
      expect(model.sources.map((source) => source.id)).toContain(id);
    }
  });
});
