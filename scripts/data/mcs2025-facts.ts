import { csvParse } from 'd3';
import type {
  Price,
  ReserveRecord,
  SupplyRecord,
  WorldTotal,
} from '../../src/domain/model-schema.ts';
import type { TableRecords } from './assemble-model.ts';

/**
 * Reads the transcribed USGS MCS 2025 rare-earths figures from `facts.csv` (columns mineral,
 * measure, country, year, value, unit, source_title, source_url, notes): the world mine production
 * and reserves table, and the dysprosium and terbium oxide prices.
 */

export const MCS2025_RARE_EARTHS_SOURCE = 'usgs-mcs-2025-rare-earths';
const PRODUCTION_TABLE = 'World Mine Production and Reserves';
const YEAR = /^(\d{4})( \(estimated\))?/;
/**
 * The printed table heads both production columns as estimated ("2023e", "2024e"); the
 * transcription in facts.csv marks only 2024.
 */
const ESTIMATED_PRODUCTION_YEARS = new Set([2023, 2024]);
/** A footnote or remark about reserves belongs under reserves; every other one under production. */
const ABOUT_RESERVES = /reserves/i;
const REVISED_RESERVES = /reserves revised in MCS2025/i;
const ESTIMATED_BY_FOOTNOTE = /estimated based on/i;
const WORLD = /^World total/i;

export function parseMcs2025RareEarths(
  text: string,
  resolveCountry: (name: string) => string | undefined,
): TableRecords & { prices: Price[]; unknownNames: string[] } {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const result = {
    sources: [
      {
        id: MCS2025_RARE_EARTHS_SOURCE,
        publisher: 'U.S. Geological Survey',
        title: 'Mineral Commodity Summaries 2025: Rare Earths',
        year: 2025,
        table: 'World Mine Production and Reserves (pp. 144–145) and salient statistics (prices)',
        url: 'https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf',
        license: 'Public domain (U.S. Government work)',
        note: 'Transcribed from the PDF chapter; no data-release CSV of this edition was available.',
      },
    ],
    supply: [] as SupplyRecord[],
    worldTotals: [] as WorldTotal[],
    reserves: [] as ReserveRecord[],
    prices: [] as Price[],
    unknownNames: [] as string[],
  };
  for (const row of rows) {
    if (
      !row.mineral?.startsWith('Rare earths') &&
      !/^(Dysprosium|Terbium)$/.test(row.mineral ?? '')
    )
      continue;
    if (!row.source_title?.includes('Mineral Commodity Summaries 2025')) continue;
    const yearMatch = YEAR.exec(row.year ?? '');
    if (!yearMatch) continue;
    const year = Number(yearMatch[1]);
    const remarks = tableRemarks(row.notes ?? '');
    const estimated = yearMatch[2] !== undefined;

    if (row.measure?.startsWith('price')) {
      result.prices.push({
        mineral: row.mineral!.toLowerCase(),
        // Named as in the USGS salient tables, so that editions continue one series.
        product: `${row.mineral} oxide`,
        year,
        value: Number(row.value),
        unit: row.unit ?? '',
        status: estimated ? 'estimated' : 'reported',
        source: MCS2025_RARE_EARTHS_SOURCE,
        note: { en: `${row.measure.replace(/^price \((.*)\)$/, '$1')}; market: ${row.country}.` },
      });
      continue;
    }
    if (!row.source_title.includes(PRODUCTION_TABLE)) continue;
    const name = row.country ?? '';
    if (name === 'Other') continue;
    const parsedValue = parseFactValue(row.value ?? '');
    const isReserves = row.measure === 'reserves';
    const footnotes = remarks.filter((remark) => ABOUT_RESERVES.test(remark) === isReserves);
    const status =
      parsedValue.value === null
        ? ('not-available' as const)
        : !isReserves &&
            (estimated ||
              ESTIMATED_PRODUCTION_YEARS.has(year) ||
              footnotes.some((note) => ESTIMATED_BY_FOOTNOTE.test(note)))
          ? ('estimated' as const)
          : ('reported' as const);
    const notes = footnotes.join(' ');
    const measured = {
      mineral: 'rare-earths',
      year,
      value: parsedValue.value,
      unit: 't REO',
      status,
      ...(parsedValue.bound ? { bound: parsedValue.bound } : {}),
      source: MCS2025_RARE_EARTHS_SOURCE,
      ...(notes ? { note: { en: notes } } : {}),
    };
    if (WORLD.test(name)) {
      result.worldTotals.push({ ...measured, stage: isReserves ? 'reserves' : 'mining' });
      continue;
    }
    const country = resolveCountry(name);
    if (!country) {
      result.unknownNames.push(name);
      continue;
    }
    if (isReserves) result.reserves.push({ ...measured, country });
    else result.supply.push({ ...measured, stage: 'mining', country });
  }
  return result;
}

/**
 * The footnotes the transcriber copied onto every row of a country, and the remark "Reserves
 * revised in MCS2025.", one sentence each; the transcriber's own remarks (how the PDF was read,
 * that "—" is zero) are left out.
 */
function tableRemarks(notes: string): string[] {
  const footnotes = notes
    .split(/(?=Footnote \d+:)|(?<=\.)\s+(?=Reserves revised)/)
    .map((part) => part.trim())
    .filter((part) => part.startsWith('Footnote'));
  return REVISED_RESERVES.test(notes) ? [...footnotes, 'Reserves revised in MCS2025.'] : footnotes;
}

/** "NA" is unknown; ">90000000" is a lower bound. */
function parseFactValue(raw: string): { value: number | null; bound?: 'lower' } {
  const text = raw.trim();
  if (text === 'NA' || text === '') return { value: null };
  const bound = /^>(\d+(\.\d+)?)$/.exec(text);
  if (bound) return { value: Number(bound[1]), bound: 'lower' };
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`Unreadable figure in facts.csv: "${text}"`);
  return { value: Number(text) };
}
