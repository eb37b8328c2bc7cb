import { describe, expect, it } from 'vitest';
import { parseCell, parseUsgsWorldCsv } from '../usgs-mcs-world';
import { fixtureText as fixture } from './fixture';
const names: Record<string, string> = {
  'united states': 'USA',
  china: 'CHN',
  japan: 'JPN',
  ukraine: 'UKR',
  'korea, republic of': 'KOR',
  brazil: 'BRA',
  germany: 'DEU',
};
const resolve = (name: string) => names[name.toLowerCase()];

describe('parseUsgsWorldCsv', () => {
  const gallium = parseUsgsWorldCsv(
    fixture('mcs2099-galli_world.csv'),
    { mineral: 'gallium', stage: 'refining', source: 'usgs-mcs-2099-gallium' },
    resolve,
  );
  const record = (country: string, year: number) =>
    gallium.supply.find((r) => r.country === country && r.year === year);

  it('reads both data years, stripping thousands separators and the BOM', () => {
    expect(record('CHN', 2097)).toMatchObject({ value: 600000, status: 'reported', unit: 'kg' });
    expect(record('CHN', 2098)).toMatchObject({ value: 610000, status: 'estimated' });
  });

  it('carries W as withheld and NA as not available, never as zero', () => {
    expect(record('USA', 2097)).toMatchObject({ value: null, status: 'withheld' });
    expect(record('UKR', 2098)).toMatchObject({ value: null, status: 'not-available' });
  });

  it('reads the estimate mark glued to a name, and "estimated in YEAR also"', () => {
    expect(record('KOR', 2097)).toMatchObject({ value: 2000, status: 'estimated' });
    expect(record('JPN', 2097)?.status).toBe('estimated');
    expect(record('JPN', 2098)?.status).toBe('estimated');
  });

  it('keeps a name ending in "e" whole when it is a country (Ukraine)', () => {
    expect(record('UKR', 2097)).toBeDefined();
    expect(gallium.unknownNames).toEqual([]);
  });

  it('leaves "Other countries" to the unattributed gap and reads the rounded world total', () => {
    expect(gallium.supply.map((r) => r.country)).not.toContain('Other countries');
    expect(gallium.worldTotals).toEqual([
      expect.objectContaining({ year: 2097, value: 610000, status: 'reported' }),
      expect.objectContaining({ year: 2098, value: 620000, status: 'estimated' }),
    ]);
  });

  it('marks a capacity estimated when the estimate mark is glued to the country’s name', () => {
    const capacity = (country: string) => gallium.capacities.find((c) => c.country === country);
    expect(capacity('KOR')).toMatchObject({ value: 16000, status: 'estimated' });
    expect(capacity('CHN')).toMatchObject({ value: 1000000, status: 'reported' });
  });

  it('reads capacity columns as operating capacity', () => {
    expect(gallium.capacities).toContainEqual(
      expect.objectContaining({
        country: 'CHN',
        year: 2098,
        value: 1000000,
        unit: 'kg',
        kind: 'operating',
      }),
    );
    expect(gallium.capacities.map((c) => c.country)).not.toContain('Other countries');
  });

  it('keeps row notes as notes', () => {
    expect(record('CHN', 2097)?.note).toEqual({ en: 'Reported production in 2097.' });
  });

  it('reads reserves, with "Included in World total." as not available and explained', () => {
    const graphite = parseUsgsWorldCsv(
      fixture('mcs2099-graph_world.csv'),
      { mineral: 'graphite', stage: 'mining', source: 's', unitLabel: 't' },
      resolve,
    );
    expect(graphite.reserves).toEqual([
      expect.objectContaining({ country: 'BRA', year: 2098, value: 74000000, status: 'reported' }),
      expect.objectContaining({
        country: 'DEU',
        value: null,
        status: 'not-available',
        note: { en: 'Included in World total.' },
      }),
    ]);
    expect(graphite.worldTotals).toContainEqual(
      expect.objectContaining({ stage: 'reserves', value: 280000000 }),
    );
    expect(graphite.supply.find((r) => r.country === 'BRA' && r.year === 2097)?.status).toBe(
      'estimated',
    );
  });

  it('lists names it cannot resolve', () => {
    const result = parseUsgsWorldCsv(
      fixture('mcs2099-galli_world.csv'),
      { mineral: 'gallium', stage: 'refining', source: 's' },
      () => undefined,
    );
    expect(result.unknownNames).toContain('Japane');
  });
});

describe('parseCell', () => {
  it('refuses text it does not understand rather than guessing', () => {
    expect(() => parseCell('about 5')).toThrow(/Unreadable/);
  });
});
