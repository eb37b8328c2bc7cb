import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ieaCleantechDemandFacts, longImportSourceFacts, mybOreGradeFacts } from '../mineral-facts';
import { decodeCp1252, readLongRows } from '../usgs-mcs-long';
import { MCS2026_IMPORT_SOURCES } from '../usgs-tables';
import { readXlsxSheet } from '../xlsx-sheet';

const names: Record<string, string> = {
  china: 'CHN',
  'united states': 'USA',
  russia: 'RUS',
  australia: 'AUS',
  india: 'IND',
};
const resolve = (name: string) => names[name.toLowerCase()];

describe('longImportSourceFacts', () => {
  const rows = readLongRows(
    decodeCp1252(readFileSync('tests/fixtures/raw/usgs_mcs/mcs2026/MCS2026_Commodities_Data.csv')),
  );
  const spec = { ...MCS2026_IMPORT_SOURCES, source: 'usgs-test' };

  it("reads USGS's import sources of terbium (2021–24): China 100 %", () => {
    const { facts, unknownNames } = longImportSourceFacts(rows, spec, resolve);
    expect(unknownNames).toEqual([]);
    expect(facts).toEqual([
      expect.objectContaining({
        mineral: 'terbium',
        kind: 'import-source',
        country: 'CHN',
        period: '2021–24',
        value: 100,
        unit: '%',
        status: 'reported',
      }),
    ]);
  });

  it('stops on imports USGS words differently, instead of filing them under terbium', () => {
    const reworded = rows.map((row) =>
      row.section === 'Import Sources' ? { ...row, detail: 'Terbium metal' } : row,
    );
    expect(() => longImportSourceFacts(reworded, spec, resolve)).toThrow(/Terbium metal/);
  });
});

describe('ieaCleantechDemandFacts', () => {
  it('takes the base-year demand of each element, labelled as clean-technology demand only', () => {
    const explorer = { cleantechByMineral: { Terbium: { 2024: 0.434428, STEPS: { 2030: 0.8 } } } };
    expect(
      ieaCleantechDemandFacts(explorer, [{ ieaMineral: 'Terbium', mineral: 'terbium' }], {
        year: 2024,
        source: 'iea-test',
      }),
    ).toEqual([
      expect.objectContaining({
        mineral: 'terbium',
        kind: 'demand',
        period: '2024',
        value: 0.434428,
        unit: 'kt',
        note: 'Clean energy technologies only (IEA scope), not total demand.',
      }),
    ]);
  });

  it('stops when the explorer has no figure for the year, instead of writing a zero', () => {
    expect(() =>
      ieaCleantechDemandFacts({}, [{ ieaMineral: 'Terbium', mineral: 'terbium' }], {
        year: 2024,
        source: 'iea-test',
      }),
    ).toThrow('IEA explorer has no cleantechByMineral.Terbium.2024');
  });
});

describe('mybOreGradeFacts on the Minerals Yearbook 2022 workbook', () => {
  const cells = readXlsxSheet(
    readFileSync('tests/fixtures/raw/usgs_myb/usgs_myb2022_rare_earths_tables.xlsx'),
    'T2',
  );
  const { facts, unknownNames } = mybOreGradeFacts(
    cells,
    {
      elements: [
        { symbol: 'Dy', mineral: 'dysprosium' },
        { symbol: 'Tb', mineral: 'terbium' },
      ],
      source: 'usgs-test',
    },
    resolve,
  );
  const grade = (mineral: string, place: RegExp) =>
    facts.find((fact) => fact.mineral === mineral && place.test(fact.subject.en));

  it('reads grades as percentages of the rare-earth oxide, deposit by deposit', () => {
    expect(unknownNames).toEqual([]);
    // Table 2, Longnan (Jiangxi) ionic clay: Dy 7.48, Tb 1.13; Mount Weld: Dy 0.25, Tb 0.09.
    expect(grade('dysprosium', /^Longnan/)).toMatchObject({
      subject: { en: 'Longnan, Jiangxi Province (rare-earth laterite)' },
      country: 'CHN',
      value: 7.48,
      unit: '% of rare-earth oxide in the ore',
      kind: 'ore-grade',
    });
    expect(grade('terbium', /^Longnan/)?.value).toBe(1.13);
    expect(grade('dysprosium', /^Mount Weld/)).toMatchObject({
      subject: { en: 'Mount Weld Central Lanthanide, Western Australia (monazite)' },
      country: 'AUS',
      value: 0.25,
    });
    expect(grade('terbium', /^Mount Weld/)?.value).toBe(0.09);
  });

  it('repeats "Do."/"do." from the row above and names the study behind each deposit', () => {
    // Xunwu's row says "Do." and "do.": rare-earth laterite, China.
    expect(grade('dysprosium', /^Xunwu/)).toMatchObject({
      subject: { en: 'Xunwu, Jiangxi Province (rare-earth laterite)' },
      country: 'CHN',
      value: 1.77,
    });
    expect(grade('dysprosium', /^Mount Weld/)?.note).toMatch(/^Source named by USGS: Lynas Corp/);
  });

  it('keeps "NA" as not available, never zero', () => {
    expect(grade('dysprosium', /^Mountain Pass/)).toMatchObject({
      value: null,
      status: 'not-available',
    });
  });

  it('gives every deposit once per element and no tonnage', () => {
    expect(facts).toHaveLength(26);
    expect(facts.every((fact) => fact.unit === '% of rare-earth oxide in the ore')).toBe(true);
  });
});
