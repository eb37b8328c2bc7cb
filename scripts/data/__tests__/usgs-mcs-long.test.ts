import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  decodeCp1252,
  longPriceRecords,
  longWorldTableRecords,
  parseLongValue,
  readLongRows,
  type LongRow,
} from '../usgs-mcs-long';
import { MCS2026_CORRECTIONS, MCS2026_PRICES, MCS2026_WORLD_TABLES } from '../usgs-tables';

/** A few rows of each table in the exact format of the release: cp1252, CRLF, long format. */
const bytes = readFileSync('tests/fixtures/raw/usgs_mcs/mcs2026/MCS2026_Commodities_Data.csv');
const names: Record<string, string> = {
  'united states': 'USA',
  china: 'CHN',
  japan: 'JPN',
  burma: 'MMR',
  brazil: 'BRA',
  india: 'IND',
  mozambique: 'MOZ',
};
const resolve = (name: string) => names[name.toLowerCase()];
const [rareEarths, gallium, graphite] = MCS2026_WORLD_TABLES.map((table) => table);
const rows = readLongRows(decodeCp1252(bytes));
const { rows: correctedRows, corrected } = applyCorrections(rows, MCS2026_CORRECTIONS);
const read = (table: typeof rareEarths) =>
  longWorldTableRecords(correctedRows, table!, resolve, corrected);

describe('decodeCp1252', () => {
  it('reads the bytes 0x80–0x9F as Windows-1252, not Latin-1', () => {
    // 0x97 is the em dash USGS writes for zero, 0x93/0x94 its curly quotes, 0x80 the euro sign.
    expect(decodeCp1252(Uint8Array.from([0x97, 0x93, 0x41, 0x94, 0x80, 0xe9]))).toBe('—“A”€é');
  });

  it('decodes the release so that its dashes and quotes survive', () => {
    expect(rows.some((row) => row.section === 'Salient Statistics—United States')).toBe(true);
    expect(rows.some((row) => row.notes.includes('Included in “World total.”'))).toBe(true);
  });
});

describe('parseLongValue', () => {
  it.each([
    ['"—" as the zero USGS prints it', '—', { kind: 'number', value: 0 }],
    ['thousands separators', '1,270,000', { kind: 'number', value: 1270000 }],
    ['a number written without them', '25000000', { kind: 'number', value: 25000000 }],
    ['"W" as withheld', 'W', { kind: 'withheld' }],
    ['"NA" as not available', 'NA', { kind: 'not-available' }],
    [
      '">85,000,000" as a lower bound',
      '>85,000,000',
      { kind: 'number', value: 85000000, bound: 'lower' },
    ],
  ] as const)('reads %s', (_, raw, expected) => {
    expect(parseLongValue(raw, [])).toEqual(expected);
  });

  it('takes a stray letter in a cell "Included in World total" as no figure of its own', () => {
    expect(parseLongValue('s', ['Included in “World total.”'])).toEqual({
      kind: 'not-available',
      note: 'Included in “World total.”',
    });
  });

  it('refuses a cell it cannot read instead of guessing', () => {
    expect(() => parseLongValue('Large', [])).toThrow('Unreadable USGS value: "Large"');
  });
});

describe('longWorldTableRecords', () => {
  const ree = read(rareEarths);

  it('reads both data years with the status USGS prints in Notes', () => {
    const record = (country: string, year: number) =>
      ree.supply.find((r) => r.country === country && r.year === year);
    expect(record('USA', 2024)).toMatchObject({ value: 45500, status: 'reported', unit: 't REO' });
    expect(record('USA', 2025)).toMatchObject({ value: 51000, status: 'estimated' });
    expect(record('MMR', 2024)).toMatchObject({
      value: 27000,
      status: 'estimated',
      note: {
        en: 'Estimated based on reported import data for China. Source: Trade Data Monitor Inc.',
      },
      source: 'usgs-mcs-2026-rare-earths',
    });
    expect(ree.supply.map((r) => r.country)).not.toContain('Other countries');
    expect(ree.unknownNames).toEqual([]);
  });

  it('keeps a lower bound as a bound, with the world totals per measure', () => {
    expect(ree.worldTotals).toEqual([
      expect.objectContaining({ stage: 'mining', year: 2024, value: 380000, status: 'estimated' }),
      expect.objectContaining({ stage: 'mining', year: 2025, value: 390000, status: 'estimated' }),
      expect.objectContaining({ stage: 'reserves', year: 2025, value: 75000000, bound: 'lower' }),
    ]);
  });

  it('applies the v1.3 correction of Brazil’s reserves and the world total, naming the version', () => {
    expect(ree.reserves.find((r) => r.country === 'BRA')).toMatchObject({
      value: 11000000,
      note: {
        en: 'USGS correction, version 1.3 (27 May 2026): Brazil’s reserves revised from 21,000,000 t to 11,000,000 t.',
      },
    });
    expect(ree.worldTotals.find((t) => t.stage === 'reserves')?.note?.en).toContain(
      'version 1.3 (27 May 2026)',
    );
  });

  it('moves footnote 14 off China’s 2024 production onto India’s reserves (v1.1)', () => {
    const china = ree.supply.find((r) => r.country === 'CHN' && r.year === 2024);
    expect(china).toMatchObject({ value: 270000, status: 'estimated' });
    // The footnote no longer stands as a note of its own; only the correction mentions it.
    expect(china?.note?.en).toBe(
      'USGS correction, version 1.1 (5 March 2026): footnote 14 ("Production quota; does not include undocumented production") removed from China’s 2024 mine production.',
    );
    expect(ree.reserves.find((r) => r.country === 'IND')).toMatchObject({
      value: null,
      status: 'not-available',
      note: {
        en: expect.stringMatching(/^A 2015 report from OSCOM indicated .* were not reported\. /),
      },
    });
  });

  it('drops the reserves table’s general footnote, which is about no country', () => {
    expect(ree.reserves.find((r) => r.country === 'CHN')).toEqual(
      expect.not.objectContaining({ note: expect.anything() }),
    );
  });

  it('reads gallium production in kg, "—" as zero, and capacity with its own status', () => {
    const ga = read(gallium);
    expect(ga.supply.find((r) => r.country === 'USA' && r.year === 2024)).toMatchObject({
      value: 0,
      status: 'reported',
    });
    expect(ga.supply.find((r) => r.country === 'CHN' && r.year === 2024)).toMatchObject({
      value: 839000,
      status: 'reported',
      note: { en: 'Source: Asian Metal Ltd.' },
    });
    expect(ga.capacities).toEqual([
      expect.objectContaining({ country: 'CHN', year: 2025, value: 1600000, status: 'reported' }),
      expect.objectContaining({ country: 'JPN', year: 2025, value: 10000, status: 'estimated' }),
    ]);
  });

  it('carries graphite reserves "Included in World total" as not available, with that note', () => {
    const gr = read(graphite);
    expect(gr.reserves.find((r) => r.country === 'USA')).toMatchObject({
      value: null,
      status: 'not-available',
      note: { en: 'Included in “World total.”' },
    });
    expect(gr.reserves.find((r) => r.country === 'MOZ')).toMatchObject({ value: 25000000 });
  });
});

describe('applyCorrections', () => {
  const row = (value: string): LongRow => ({
    chapter: 'RARE EARTHS',
    section: 'World Mine Production and Reserves',
    commodity: 'Rare Earths',
    country: 'Brazil',
    statistics: 'Reserves',
    detail: 'Reserves',
    unit: 'metric tons',
    year: '2025',
    value,
    notes: '',
  });
  const brazil = MCS2026_CORRECTIONS.filter((c) => c.country === 'Brazil');

  it('leaves a release that already carries the corrected value as it is', () => {
    const { rows: result, corrected: applied } = applyCorrections([row('11,000,000')], brazil);
    expect(result[0]!.value).toBe('11,000,000');
    expect(applied.size).toBe(0);
  });

  it('stops when the release holds neither the old nor the corrected value', () => {
    expect(() => applyCorrections([row('9,000,000')], brazil)).toThrow(
      'USGS correction of version 1.3 expects "21,000,000"',
    );
  });

  it('stops when a correction finds no row to apply to', () => {
    expect(() => applyCorrections([], brazil)).toThrow('finds no row');
  });
});

describe('longPriceRecords', () => {
  it('reads the heavy rare-earth oxide prices under the product names of earlier editions', () => {
    const prices = MCS2026_PRICES.flatMap((series) => longPriceRecords(rows, series));
    expect(
      prices.filter((p) => p.mineral === 'dysprosium').map((p) => [p.year, p.value, p.status]),
    ).toEqual([
      [2021, 410, 'reported'],
      [2024, 257, 'reported'],
      [2025, 239, 'estimated'],
    ]);
    expect(prices.find((p) => p.mineral === 'terbium' && p.year === 2021)).toMatchObject({
      product: 'Terbium oxide',
      value: 1340,
      unit: 'USD/kg',
      source: 'usgs-mcs-2026-heavy-rare-earths',
    });
  });
});
