import { csvParse } from 'd3';
import type {
  Capacity,
  ReserveRecord,
  Stage,
  SupplyRecord,
  ValueStatus,
  WorldTotal,
} from '../../src/domain/model-schema.ts';

/**
 * Reads a USGS Mineral Commodity Summaries "world" data-release CSV (e.g. `mcs2024-galli_world.csv`):
 * production by country for two data years, the rounded world total, and reserves where given.
 */

export interface UsgsWorldTable {
  mineral: string;
  stage: Stage;
  /** Id of the sources[] entry this table becomes. */
  source: string;
  /** Unit label written into the records, e.g. "t REO"; the CSV's own unit is kept when omitted. */
  unitLabel?: string;
}

export interface UsgsWorldRecords {
  supply: SupplyRecord[];
  worldTotals: WorldTotal[];
  reserves: ReserveRecord[];
  capacities: Capacity[];
  /** Country names that the resolver did not know; the build fails on any. */
  unknownNames: string[];
}

interface ProductionColumn {
  column: string;
  year: number;
  unit: string;
  estimated: boolean;
}

const PRODUCTION_COLUMN = /^Prod_(t|kg)_(est_)?(\d{4})$/i;
const RESERVES_COLUMN = /^Reserves_(t|kg)$/i;
const CAPACITY_COLUMN = /^Cap_(t|kg)_(\d{4})$/i;
const WORLD_TOTAL = /^World total/i;
const OTHER_COUNTRIES = /^Other countries/i;
const TRAILING_FOOTNOTE = /\d+$/;
const ALSO_ESTIMATED = /estimated in (\d{4}) also|also estimated in (\d{4})/i;

export function parseUsgsWorldCsv(
  text: string,
  table: UsgsWorldTable,
  resolveCountry: (name: string) => string | undefined,
): UsgsWorldRecords {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const columns = rows.columns;
  const production = columns
    .map((column) => PRODUCTION_COLUMN.exec(column.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match): ProductionColumn => ({
      column: match.input,
      year: Number(match[3]),
      unit: match[1]!.toLowerCase(),
      estimated: match[2] !== undefined,
    }));
  if (production.length === 0) {
    throw new Error(
      `No production columns (Prod_t_YYYY or Prod_kg_YYYY) in: ${columns.join(', ')}`,
    );
  }
  const reservesColumn = columns.find((column) => RESERVES_COLUMN.test(column.trim()));
  const latestYear = Math.max(...production.map((column) => column.year));
  const capacityColumn = columns
    .map((column) => CAPACITY_COLUMN.exec(column.trim()))
    .find((match) => match !== null);

  const result: UsgsWorldRecords = {
    supply: [],
    worldTotals: [],
    reserves: [],
    capacities: [],
    unknownNames: [],
  };
  for (const row of rows) {
    // Some editions write names with no-break spaces ("United\u00a0States").
    const rawName = (row.Country ?? '').replace(/\s+/g, ' ').trim();
    if (rawName === '' || OTHER_COUNTRIES.test(rawName)) continue;
    const notes = (row.Prod_notes ?? '').trim();
    const alsoEstimated = ALSO_ESTIMATED.exec(notes);
    const alsoEstimatedYear = Number(alsoEstimated?.[1] ?? alsoEstimated?.[2]);

    if (WORLD_TOTAL.test(rawName)) {
      for (const column of production) {
        const parsed = parseCell(row[column.column]);
        result.worldTotals.push({
          mineral: table.mineral,
          stage: table.stage,
          year: column.year,
          ...withStatus(parsed, column.estimated),
          unit: table.unitLabel ?? column.unit,
          source: table.source,
          note: { en: 'World total as published (rounded).' },
        });
      }
      if (reservesColumn) {
        result.worldTotals.push({
          mineral: table.mineral,
          stage: 'reserves',
          year: latestYear,
          ...withStatus(parseCell(row[reservesColumn]), false),
          unit: table.unitLabel ?? reservesUnit(reservesColumn),
          source: table.source,
          note: { en: 'World total as published (rounded).' },
        });
      }
      continue;
    }

    const country = resolveName(rawName, resolveCountry);
    if (!country) {
      result.unknownNames.push(rawName);
      continue;
    }
    for (const column of production) {
      const parsed = parseCell(row[column.column]);
      const estimated = column.estimated || country.estimated || alsoEstimatedYear === column.year;
      result.supply.push({
        mineral: table.mineral,
        stage: table.stage,
        country: country.id,
        year: column.year,
        ...withStatus(parsed, estimated),
        unit: table.unitLabel ?? column.unit,
        source: table.source,
        ...(notes && !alsoEstimated ? { note: { en: notes } } : {}),
      });
    }
    if (capacityColumn) {
      const parsed = parseCell(row[capacityColumn.input]);
      const capacityNote = (row.Cap_notes ?? '').trim();
      if (parsed.kind === 'number') {
        result.capacities.push({
          minerals: [table.mineral],
          stage: table.stage,
          country: country.id,
          year: Number(capacityColumn[2]),
          value: parsed.value,
          unit: capacityColumn[1]!.toLowerCase(),
          kind: 'operating',
          // The estimate mark glued to the country name covers the whole row, capacity included.
          status: country.estimated || /estimated/i.test(capacityNote) ? 'estimated' : 'reported',
          source: table.source,
          ...(capacityNote ? { note: { en: capacityNote } } : {}),
        });
      }
    }
    if (reservesColumn) {
      const parsed = parseCell(row[reservesColumn]);
      const reservesNote = (row.Reserves_notes ?? '').trim();
      const note = [parsed.kind === 'included-in-world' ? parsed.text : '', reservesNote]
        .filter(Boolean)
        .join(' ');
      result.reserves.push({
        mineral: table.mineral,
        country: country.id,
        year: latestYear,
        ...withStatus(parsed, false),
        unit: table.unitLabel ?? reservesUnit(reservesColumn),
        source: table.source,
        ...(note ? { note: { en: note } } : {}),
      });
    }
  }
  return result;
}

type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'withheld' }
  | { kind: 'not-available' }
  | { kind: 'included-in-world'; text: string };

/** Cells hold numbers with thousands separators, "W" (withheld), "NA", or a sentence. */
export function parseCell(raw: string | undefined): Cell {
  const text = (raw ?? '').trim();
  if (text === 'W') return { kind: 'withheld' };
  if (text === '' || text === 'NA' || text === '--') return { kind: 'not-available' };
  if (/^included in world total/i.test(text)) return { kind: 'included-in-world', text };
  const compact = text.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(compact)) {
    throw new Error(`Unreadable USGS cell: "${text}"`);
  }
  return { kind: 'number', value: Number(compact) };
}

function withStatus(cell: Cell, estimated: boolean): { value: number | null; status: ValueStatus } {
  switch (cell.kind) {
    case 'number':
      return { value: cell.value, status: estimated ? 'estimated' : 'reported' };
    case 'withheld':
      return { value: null, status: 'withheld' };
    default:
      return { value: null, status: 'not-available' };
  }
}

/**
 * USGS glues footnote digits and the estimate mark "e" to names ("Japane", "Other countries4").
 * A name is tried as written first, so that names that end in "e" (Ukraine) stay whole.
 */
function resolveName(
  rawName: string,
  resolveCountry: (name: string) => string | undefined,
): { id: string; estimated: boolean } | undefined {
  const name = rawName.replace(TRAILING_FOOTNOTE, '').trim();
  const asWritten = resolveCountry(name);
  if (asWritten) return { id: asWritten, estimated: false };
  if (name.endsWith('e')) {
    const withoutMark = resolveCountry(name.slice(0, -1).trim());
    if (withoutMark) return { id: withoutMark, estimated: true };
  }
  return undefined;
}

function reservesUnit(column: string): string {
  return RESERVES_COLUMN.exec(column.trim())![1]!.toLowerCase();
}
