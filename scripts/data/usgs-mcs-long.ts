import { csvParse } from 'd3';
import type {
  Bound,
  Capacity,
  Price,
  ReserveRecord,
  Source,
  Stage,
  SupplyRecord,
  ValueStatus,
  WorldTotal,
} from '../../src/domain/model-schema.ts';
import type { TableRecords } from './assemble-model.ts';

/**
 * Reads the long-format data release of USGS Mineral Commodity Summaries (from the 2026 edition on,
 * one file `MCS2026_Commodities_Data.csv` for every chapter): one row per chapter, section,
 * country, statistic and year. The file is cp1252; the caller decodes it.
 */

export interface LongRow {
  chapter: string;
  section: string;
  commodity: string;
  country: string;
  statistics: string;
  detail: string;
  unit: string;
  year: string;
  value: string;
  notes: string;
}

/** A chapter's world table (production by country, world total, reserves, capacity). */
export interface LongWorldTable {
  chapter: string;
  section: string;
  mineral: string;
  stage: Stage;
  unitLabel: string;
  source: Source;
}

/** A price series of a chapter's salient statistics, e.g. dysprosium oxide in "RARE EARTHS (Heavy)". */
export interface LongPriceSeries {
  chapter: string;
  commodity: string;
  mineral: string;
  /** Named as in the earlier editions' salient tables, so that editions continue one series. */
  product: string;
  unit: string;
  source: Source;
}

/**
 * A correction the publisher made to the printed edition after the data release was posted. `from`
 * is what the release says and `to` the corrected text; a release that already says `to` is left
 * as it is, and one that says neither stops the build, because the correction no longer fits it.
 */
export interface PublishedCorrection {
  version: string;
  date: string;
  /** What changed, in the words of the publisher's revision history. */
  description: string;
  chapter: string;
  section: string;
  country: string;
  statistics: string;
  year: string;
  field: 'value' | 'notes';
  from: string;
  to: string;
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined stay the C1
 * control of the same number, as the WHATWG encoding standard has it); every other byte is Latin-1.
 * Node's TextDecoder reads "windows-1252" as Latin-1, which would turn USGS's "—" into U+0097.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeCp1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

const ESTIMATED = /^Estimated\.$/i;
const REPORTED = /^Reported\.$/i;
/** The reserves column's general footnote, printed once under the table, not about any country. */
const RESERVES_DEFINITION = /^See Appendix C for resource and reserve definitions/i;
const INCLUDED_IN_WORLD = /^Included in .World total\.?.?$/i;
const WORLD_TOTAL = /^World total/i;
const OTHER_COUNTRIES = /^Other countries/i;
const NUMBER = /^\d+(\.\d+)?$/;

export function readLongRows(text: string): LongRow[] {
  return csvParse(text.replace(/^\uFEFF/, '')).map((row) => ({
    chapter: (row['MCS chapter'] ?? '').trim(),
    section: (row.Section ?? '').trim(),
    commodity: (row.Commodity ?? '').trim(),
    country: (row.Country ?? '').replace(/\s+/g, ' ').trim(),
    statistics: (row.Statistics ?? '').trim(),
    detail: (row.Statistics_detail ?? '').trim(),
    unit: (row.Unit ?? '').trim(),
    year: (row.Year ?? '').trim(),
    value: (row.Value ?? '').trim(),
    notes: (row.Notes ?? '').trim(),
  }));
}

/** The rows with the publisher's later corrections applied; each corrected row's notes say so. */
export function applyCorrections(
  rows: readonly LongRow[],
  corrections: readonly PublishedCorrection[],
): { rows: LongRow[]; corrected: Map<LongRow, PublishedCorrection[]> } {
  const corrected = new Map<LongRow, PublishedCorrection[]>();
  const result = rows.map((row) => {
    let current = row;
    const applied: PublishedCorrection[] = [];
    for (const correction of corrections) {
      if (!correctionApplies(correction, row)) continue;
      const text = current[correction.field];
      if (text === correction.to) continue;
      if (text !== correction.from) {
        throw new Error(
          `USGS correction of version ${correction.version} expects "${correction.from}" in ` +
            `${describeRow(row)} ${correction.field}, found "${text}"`,
        );
      }
      current = { ...current, [correction.field]: correction.to };
      applied.push(correction);
    }
    if (applied.length > 0) corrected.set(current, applied);
    return current;
  });
  for (const correction of corrections) {
    if (!rows.some((row) => correctionApplies(correction, row))) {
      throw new Error(
        `USGS correction of version ${correction.version} finds no row: ${correction.chapter}, ` +
          `${correction.country}, ${correction.statistics}, ${correction.year}`,
      );
    }
  }
  return { rows: result, corrected };
}

function correctionApplies(correction: PublishedCorrection, row: LongRow): boolean {
  return (
    row.chapter === correction.chapter &&
    row.section === correction.section &&
    row.country === correction.country &&
    row.statistics === correction.statistics &&
    row.year === correction.year
  );
}

function describeRow(row: LongRow): string {
  return `${row.chapter} / ${row.country} / ${row.statistics} / ${row.year}`;
}

type LongValue =
  | { kind: 'number'; value: number; bound?: Bound }
  | { kind: 'withheld' }
  | { kind: 'not-available'; note?: string };

/**
 * "—" is USGS's zero; "W" withheld; "NA" not available; ">85,000,000" a lower bound. A reserves
 * cell that is "Included in World total" (the release writes a stray letter in the value) has no
 * figure of its own.
 */
export function parseLongValue(raw: string, notes: readonly string[]): LongValue {
  const text = raw.trim();
  if (text === '—') return { kind: 'number', value: 0 };
  if (text === 'W') return { kind: 'withheld' };
  if (text === 'NA' || text === '') return { kind: 'not-available' };
  const lowerBound = /^>\s*(.+)$/.exec(text);
  const figure = (lowerBound?.[1] ?? text).replace(/,/g, '');
  if (NUMBER.test(figure)) {
    return lowerBound
      ? { kind: 'number', value: Number(figure), bound: 'lower' }
      : { kind: 'number', value: Number(figure) };
  }
  const included = notes.find((note) => INCLUDED_IN_WORLD.test(note));
  if (included) return { kind: 'not-available', note: 'Included in “World total.”' };
  throw new Error(`Unreadable USGS value: "${text}"`);
}

interface ReadRow {
  value: number | null;
  status: ValueStatus;
  bound?: Bound;
  note?: { en: string };
}

/** Value, status ("Estimated." in Notes) and the notes that remain, corrections named last. */
function readRow(row: LongRow, corrections: readonly PublishedCorrection[] = []): ReadRow {
  const notes = row.notes
    .split(/\s+--\s+/)
    .map((note) => note.trim())
    .filter(Boolean);
  const parsed = parseLongValue(row.value, notes);
  const kept = notes.filter(
    (note) =>
      !ESTIMATED.test(note) &&
      !REPORTED.test(note) &&
      !RESERVES_DEFINITION.test(note) &&
      !INCLUDED_IN_WORLD.test(note),
  );
  if (parsed.kind === 'not-available' && parsed.note) kept.unshift(parsed.note);
  kept.push(
    ...corrections.map(
      (correction) =>
        `USGS correction, version ${correction.version} (${correction.date}): ${correction.description}`,
    ),
  );
  const note = kept.join(' ');
  const withNote = note ? { note: { en: note } } : {};
  if (parsed.kind === 'withheld') return { value: null, status: 'withheld', ...withNote };
  if (parsed.kind === 'not-available') return { value: null, status: 'not-available', ...withNote };
  const status: ValueStatus = notes.some((n) => ESTIMATED.test(n)) ? 'estimated' : 'reported';
  return {
    value: parsed.value,
    status,
    ...(parsed.bound ? { bound: parsed.bound } : {}),
    ...withNote,
  };
}

function dataYear(row: LongRow): number {
  const year = Number(row.year);
  if (!Number.isInteger(year)) throw new Error(`Not a data year in ${describeRow(row)}`);
  return year;
}

/** A chapter's world table as model records; "Other countries" stay in the unattributed gap. */
export function longWorldTableRecords(
  rows: readonly LongRow[],
  table: LongWorldTable,
  resolveCountry: (name: string) => string | undefined,
  corrected: ReadonlyMap<LongRow, PublishedCorrection[]> = new Map(),
): TableRecords & { capacities: Capacity[]; unknownNames: string[] } {
  const result = {
    sources: [table.source],
    supply: [] as SupplyRecord[],
    worldTotals: [] as WorldTotal[],
    reserves: [] as ReserveRecord[],
    capacities: [] as Capacity[],
    unknownNames: [] as string[],
  };
  const source = table.source.id;
  for (const row of rows) {
    if (row.chapter !== table.chapter || row.section !== table.section) continue;
    if (OTHER_COUNTRIES.test(row.country)) continue;
    const measure =
      row.statistics === 'Production'
        ? table.stage
        : row.statistics === 'Reserves'
          ? 'reserves'
          : row.statistics === 'Capacity'
            ? 'capacity'
            : undefined;
    if (!measure) continue;
    const read = readRow(row, corrected.get(row));
    const year = dataYear(row);
    const measured = { year, ...read, unit: table.unitLabel, source };
    if (WORLD_TOTAL.test(row.country)) {
      if (measure === 'capacity') continue;
      const note = ['World total as published (rounded).', read.note?.en].filter(Boolean).join(' ');
      result.worldTotals.push({
        mineral: table.mineral,
        stage: measure,
        ...measured,
        note: { en: note },
      });
      continue;
    }
    const country = resolveCountry(row.country);
    if (!country) {
      result.unknownNames.push(row.country);
      continue;
    }
    if (measure === 'reserves') {
      result.reserves.push({ mineral: table.mineral, country, ...measured });
    } else if (measure === 'capacity') {
      if (read.value === null) continue;
      result.capacities.push({
        minerals: [table.mineral],
        stage: table.stage,
        country,
        year,
        value: read.value,
        unit: table.unitLabel,
        kind: 'operating',
        status: read.status,
        source,
        ...(read.note ? { note: read.note } : {}),
      });
    } else {
      result.supply.push({ mineral: table.mineral, stage: measure, country, ...measured });
    }
  }
  return result;
}

/** A price series from a chapter's salient statistics, each year's status as USGS marks it. */
export function longPriceRecords(rows: readonly LongRow[], series: LongPriceSeries): Price[] {
  return rows
    .filter(
      (row) =>
        row.chapter === series.chapter &&
        row.commodity === series.commodity &&
        row.statistics === 'Price',
    )
    .map((row) => {
      const read = readRow(row);
      return {
        mineral: series.mineral,
        product: series.product,
        year: dataYear(row),
        value: read.value,
        unit: series.unit,
        status: read.status,
        source: series.source.id,
        note: {
          en: [row.detail.replace(/^Price, average, dollars per kilogram: /, ''), read.note?.en]
            .filter(Boolean)
            .join('. '),
        },
      };
    });
}
