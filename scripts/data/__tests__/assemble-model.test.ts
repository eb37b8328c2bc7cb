import { describe, expect, it } from 'vitest';
import type { SupplyRecord, WorldTotal } from '../../../src/domain/model-schema';
import { assembleModel, countryResolver, type TableRecords } from '../assemble-model';

const curated = {
  edition: { label: { en: 'e', ja: 'e' }, date: '2026-01-01' },
  countries: [
    { id: 'CHN', en: 'China', ja: '中国' },
    { id: 'UKR', en: 'Ukraine', ja: 'ウクライナ' },
    { id: 'MMR', en: 'Myanmar', ja: 'ミャンマー', aliases: ['Burma'] },
  ],
  groups: [{ id: 'G', name: { en: 'G', ja: 'G' }, members: ['CHN'] }],
  minerals: [{ id: 'gallium', name: { en: 'Gallium', ja: 'ガリウム' } }],
  sources: [],
  events: [],
  exportControls: [],
  partnerships: [
    {
      id: 'p',
      countries: ['CHN', 'UKR'],
      minerals: [],
      date: '2025-01-01',
      kind: 'agreement',
      title: { en: 'p', ja: 'p' },
      source: 'old',
    },
  ],
  tradeCodes: [],
  capacities: [],
};
const extras = {
  governance: [],
  projections: [],
  trade: [],
  partnerGroups: [{ id: 'CHN_PARTNERS', name: { en: 'x', ja: 'x' }, of: 'CHN' }],
  describeCountry: (id: string) => curated.countries.find((c) => c.id === id),
};
const build = (tables: TableRecords[]) => assembleModel(curated, tables, extras).model;

const supply = (
  country: string,
  year: number,
  value: number | null,
  source: string,
): SupplyRecord => ({
  mineral: 'gallium',
  stage: 'refining',
  country,
  year,
  value,
  unit: 'kg',
  status: value === null ? 'not-available' : 'reported',
  source,
});
const total = (year: number, value: number | null, source: string): WorldTotal => ({
  mineral: 'gallium',
  stage: 'refining',
  year,
  value,
  unit: 'kg',
  status: value === null ? 'not-available' : 'reported',
  source,
});
const edition = (source: string, records: SupplyRecord[], totals: WorldTotal[]): TableRecords => ({
  sources: [{ id: source, publisher: 'USGS', title: source, year: 2000 }],
  supply: records,
  worldTotals: totals,
  reserves: [],
});

describe('assembleModel', () => {
  it("takes a year's whole table from the newest edition that gives figures for it", () => {
    const older = edition(
      'old',
      [supply('CHN', 2022, 540, 'old'), supply('UKR', 2022, 1, 'old')],
      [total(2022, 550, 'old')],
    );
    const newer = edition('new', [supply('CHN', 2022, 600, 'new')], [total(2022, 610, 'new')]);
    const model = build([older, newer]);
    expect(model.supply).toEqual([supply('CHN', 2022, 600, 'new')]);
    expect(model.worldTotals).toEqual([total(2022, 610, 'new')]);
    expect(model.sources.map((s) => s.id)).toEqual(['old', 'new']);
  });

  it('does not let an edition without figures erase older published estimates', () => {
    const older = edition('old', [supply('CHN', 2021, 95, 'old')], [total(2021, 140, 'old')]);
    const newer = edition(
      'new',
      [supply('CHN', 2021, null, 'new'), supply('CHN', 2022, null, 'new')],
      [total(2022, null, 'new')],
    );
    const model = build([older, newer]);
    expect(model.supply).toEqual([
      supply('CHN', 2021, 95, 'old'),
      supply('CHN', 2022, null, 'new'),
    ]);
  });

  it('keeps another publisher’s table for the same year apart, as an alternative', () => {
    const usgs = edition('usgs', [supply('CHN', 2021, 95, 'usgs')], [total(2021, 140, 'usgs')]);
    const bgs: TableRecords = {
      sources: [{ id: 'bgs', publisher: 'BGS', title: 'bgs', year: 2000 }],
      supply: [{ ...supply('CHN', 2021, 68, 'bgs'), unit: '% of world' }],
      worldTotals: [{ ...total(2021, 100, 'bgs'), unit: '% of world' }],
      reserves: [],
    };
    const model = build([bgs, usgs]);
    expect(model.supply).toEqual([supply('CHN', 2021, 95, 'usgs')]);
    expect(model.alternatives?.supply).toEqual([bgs.supply[0]]);
    expect(model.alternatives?.worldTotals).toEqual([bgs.worldTotals[0]]);
    expect(model.sources.map((s) => s.id)).toContain('bgs');
  });

  it('drops an older edition of the same series instead of keeping it as an alternative', () => {
    const older = edition('old', [supply('CHN', 2022, 540, 'old')], [total(2022, 550, 'old')]);
    const newer = edition('new', [supply('CHN', 2022, 600, 'new')], [total(2022, 610, 'new')]);
    expect(build([older, newer]).alternatives).toBeUndefined();
  });

  it('derives each country’s groups from the group lists', () => {
    const model = build([]);
    expect(model.countries.find((c) => c.id === 'CHN')?.groups).toEqual(['G']);
  });

  it('derives a partner group from the partnerships', () => {
    const model = build([]);
    expect(model.groups.find((g) => g.id === 'CHN_PARTNERS')?.members).toEqual(['UKR']);
  });

  it('refuses a country it has no names for', () => {
    const older = edition('old', [supply('ATL', 2021, 1, 'old')], []);
    expect(() => build([older])).toThrow(/No names for country "ATL"/);
  });

  it('resolves publisher spellings through aliases', () => {
    const resolve = countryResolver(curated.countries);
    expect(resolve('Burma')).toBe('MMR');
    expect(resolve(' china ')).toBe('CHN');
    expect(resolve('Atlantis')).toBeUndefined();
  });
});
