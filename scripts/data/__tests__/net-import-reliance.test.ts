import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { longNetImportReliance } from '../net-import-reliance';
import { decodeCp1252, readLongRows } from '../usgs-mcs-long';
import { MCS2026_NET_IMPORT_RELIANCE } from '../usgs-tables';

const rows = readLongRows(
  decodeCp1252(readFileSync('tests/fixtures/raw/usgs_mcs/mcs2026/MCS2026_Commodities_Data.csv')),
);

describe('longNetImportReliance (USGS MCS 2026, United States)', () => {
  const records = longNetImportReliance(rows, MCS2026_NET_IMPORT_RELIANCE);
  const find = (mineral: string, year: number) =>
    records.find((record) => record.mineral === mineral && record.year === year);

  it('carries "100" as 100 % and a row noted "Estimated." as an estimate', () => {
    expect(find('gallium', 2024)).toMatchObject({ value: 100, status: 'reported' });
    expect(find('gallium', 2025)).toMatchObject({
      country: 'USA',
      stage: 'refining',
      value: 100,
      status: 'estimated',
    });
    expect(find('gallium', 2025)).not.toHaveProperty('bound');
  });

  it('carries ">50" as a lower bound of 50 %, never as 50 %', () => {
    expect(find('germanium', 2025)).toMatchObject({ value: 50, bound: 'lower' });
  });

  it('takes rare-earth compounds and metals, not the concentrates USGS marks "E" (net exporter)', () => {
    expect(records.filter((record) => record.mineral === 'rare-earths')).toEqual([
      expect.objectContaining({ year: 2024, value: 53, status: 'reported', stage: 'refining' }),
      expect.objectContaining({ year: 2025, value: 67, status: 'estimated' }),
    ]);
  });

  it('stops when USGS words the statistic differently instead of guessing what it measures', () => {
    const reworded = rows.map((row) =>
      row.chapter === 'GALLIUM' && row.statistics === 'Net import reliance'
        ? { ...row, detail: 'Net import reliance as a percentage of apparent consumption' }
        : row,
    );
    expect(() => longNetImportReliance(reworded, MCS2026_NET_IMPORT_RELIANCE)).toThrow(
      /GALLIUM: no net import reliance "Net import reliance as a percentage of reported consumption"/,
    );
  });

  it('stops on a cell that is no percentage', () => {
    const withheld = rows.map((row) =>
      row.chapter === 'GRAPHITE (NATURAL)' && row.statistics === 'Net import reliance'
        ? { ...row, value: 'W' }
        : row,
    );
    expect(() => longNetImportReliance(withheld, MCS2026_NET_IMPORT_RELIANCE)).toThrow(
      /unreadable reliance "W"/,
    );
  });
});
