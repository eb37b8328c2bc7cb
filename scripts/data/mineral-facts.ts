import type { LocalizedText, MineralFact, Stage } from '../../src/domain/model-schema.ts';
import type { LongRow } from './usgs-mcs-long.ts';

/**
 * Figures specific to one element that the model shows beside a proxy group: US import sources
 * (USGS MCS), demand (IEA) and ore grades of named deposits (USGS Minerals Yearbook). Each is kept
 * as published; none is turned into a tonnage.
 */

export interface FactsResult {
  facts: MineralFact[];
  unknownNames: string[];
}

/** The "Import Sources" rows of a chapter of the MCS long-format release, e.g. terbium: China 100 %. */
export function longImportSourceFacts(
  rows: readonly LongRow[],
  spec: {
    chapter: string;
    commodity: string;
    mineral: string;
    /** What USGS calls the imports ("Terbium compounds and metals"); another wording stops the build. */
    detail: string;
    subject: LocalizedText;
    source: string;
  },
  resolveCountry: (name: string) => string | undefined,
): FactsResult {
  const result: FactsResult = { facts: [], unknownNames: [] };
  for (const row of rows) {
    if (row.chapter !== spec.chapter || row.section !== 'Import Sources') continue;
    if (row.commodity !== spec.commodity) continue;
    if (row.detail !== spec.detail) {
      throw new Error(`Import sources of ${spec.commodity}: "${row.detail}", not "${spec.detail}"`);
    }
    if (row.unit !== 'percent') throw new Error(`Import sources not in percent: ${row.unit}`);
    const value = Number(row.value.replace(/,/g, ''));
    if (!Number.isFinite(value)) throw new Error(`Unreadable import share "${row.value}"`);
    // "Other countries" is a rest, not a supplier: it stays in the table without a country.
    const isRest = /^other countries$/i.test(row.country.trim());
    const country = isRest ? undefined : resolveCountry(row.country);
    if (!isRest && !country) {
      result.unknownNames.push(row.country);
      continue;
    }
    result.facts.push({
      mineral: spec.mineral,
      kind: 'import-source',
      subject: spec.subject,
      ...(country ? { country } : {}),
      period: row.year,
      value,
      unit: '%',
      status: 'reported',
      source: spec.source,
      ...(row.notes.trim() ? { note: row.notes.trim() } : {}),
    });
  }
  return result;
}

/** IEA demand for clean energy technologies by mineral (`cleantechByMineral.<Mineral>.<year>`), in kt. */
export function ieaCleantechDemandFacts(
  explorer: unknown,
  spec: { ieaMineral: string; mineral: string }[],
  options: { year: number; source: string },
): MineralFact[] {
  const byMineral = (explorer as { cleantechByMineral?: Record<string, Record<string, unknown>> })
    .cleantechByMineral;
  return spec.map(({ ieaMineral, mineral }) => {
    const value = byMineral?.[ieaMineral]?.[String(options.year)];
    if (typeof value !== 'number') {
      throw new Error(`IEA explorer has no cleantechByMineral.${ieaMineral}.${options.year}`);
    }
    return {
      mineral,
      kind: 'demand',
      subject: {
        en: 'Demand for clean energy technologies (IEA)',
        ja: 'クリーンエネルギー技術向け需要（IEA）',
      },
      period: String(options.year),
      value,
      unit: 'kt',
      status: 'reported',
      source: options.source,
      note: 'Clean energy technologies only (IEA scope), not total demand.',
    };
  });
}

const ORE_NAMES_JA: Record<string, string> = {
  Bastnaesite: 'バストネサイト',
  Loparite: 'ロパライト',
  Monazite: 'モナザイト',
  'Rare-earth laterite': 'レアアース・ラテライト',
  Xenotime: 'ゼノタイム',
};

/**
 * Table 2 of the Minerals Yearbook rare-earths tables: each element's percentage of the rare-earth
 * oxide in the ore of named deposits. "Do." and "do." repeat the row above; a location runs on to
 * the next line; footnote numbers are glued to the end of a location and name the study behind it.
 */
export function mybOreGradeFacts(
  cells: ReadonlyMap<string, string>,
  spec: { elements: { symbol: string; mineral: string }[]; source: string },
  resolveCountry: (name: string) => string | undefined,
): FactsResult {
  const result: FactsResult = { facts: [], unknownNames: [] };
  const cell = (column: string, row: number) => cells.get(`${column}${row}`)?.trim() ?? '';
  const rows = [...cells.keys()].map((ref) => Number(/\d+$/.exec(ref)?.[0])).filter(Boolean);
  const lastRow = Math.max(...rows);
  const headerRow = rows.find((row) => cell('A', row) === 'Primary Source');
  if (headerRow === undefined)
    throw new Error('Minerals Yearbook table 2: no "Primary Source" row');
  const columnOf = new Map<string, string>();
  for (const [ref, text] of cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (match && Number(match[2]) === headerRow) columnOf.set(text.trim(), match[1]!);
  }
  const footnotes = new Map<string, string>();
  for (let row = headerRow + 1; row <= lastRow; row += 1) {
    const match = /^(\d+)Source: (.+)$/.exec(cell('A', row));
    if (match) footnotes.set(match[1]!, match[2]!);
  }
  let ore = '';
  let countryName = '';
  for (let row = headerRow + 1; row <= lastRow; row += 1) {
    const location = cell('E', row);
    if (!location || !cell('C', row)) continue;
    ore = /^do\.$/i.test(cell('A', row)) ? ore : cell('A', row);
    countryName = cell('C', row) === 'do.' ? countryName : cell('C', row);
    const lines = [location];
    for (let next = row + 1; cell('E', next) && !cell('A', next) && !cell('C', next); next += 1) {
      lines.push(cell('E', next));
    }
    const [, place = '', footnote = ''] = /^(.*?)(\d*)$/.exec(lines.join(' '))!;
    const country = resolveCountry(countryName);
    if (!country) {
      result.unknownNames.push(countryName);
      continue;
    }
    const study = footnote ? footnotes.get(footnote) : undefined;
    for (const { symbol, mineral } of spec.elements) {
      const column = columnOf.get(symbol);
      if (!column) throw new Error(`Minerals Yearbook table 2 has no column ${symbol}`);
      const raw = cell(column, row);
      const value = raw === 'NA' ? null : Number(raw);
      if (value !== null && !Number.isFinite(value)) {
        throw new Error(`Minerals Yearbook table 2, ${place}, ${symbol}: unreadable "${raw}"`);
      }
      result.facts.push({
        mineral,
        kind: 'ore-grade',
        subject: {
          en: `${place.replace(/\s+/g, ' ')} (${ore.toLowerCase()})`,
          ja: `${place.replace(/\s+/g, ' ')}（${ORE_NAMES_JA[ore] ?? ore}）`,
        },
        country,
        period: 'data to 14 Jul 2023',
        value,
        unit: '% of rare-earth oxide in the ore',
        status: value === null ? 'not-available' : 'reported',
        source: spec.source,
        ...(study ? { note: `Source named by USGS: ${study}` } : {}),
      });
    }
  }
  return result;
}

const EU_CRM_STAGES: Record<string, Stage> = { extraction: 'mining', processing: 'refining' };

/**
 * Table A of the EU CRM 2023 study (major global supplier by stage) as a third party parsed it:
 * `materials.<key>.{stage, iso (ISO2), pct}`. Kept as a second opinion beside the main tables,
 * labelled with the third party's key for the entry.
 */
export function euCrmMainSupplierFacts(
  parsed: unknown,
  spec: { key: string; mineral: string }[],
  options: { source: string; iso2To3: (iso2: string) => string | undefined },
): FactsResult {
  const materials = (
    parsed as {
      materials?: Record<string, { stage?: string; iso?: string; pct?: unknown }>;
    }
  ).materials;
  const result: FactsResult = { facts: [], unknownNames: [] };
  for (const { key, mineral } of spec) {
    const entry = materials?.[key];
    if (!entry) throw new Error(`EU CRM 2023 Table A: no entry "${key}"`);
    const stage = EU_CRM_STAGES[entry.stage ?? ''];
    if (!stage) throw new Error(`EU CRM 2023 Table A, ${key}: unknown stage "${entry.stage}"`);
    if (typeof entry.pct !== 'number') throw new Error(`EU CRM 2023 Table A, ${key}: no share`);
    const country = options.iso2To3(entry.iso ?? '');
    if (!country) {
      result.unknownNames.push(entry.iso ?? '(none)');
      continue;
    }
    result.facts.push({
      mineral,
      kind: 'main-supplier',
      stage,
      subject: {
        en: `EU CRM 2023 study, Table A: major global supplier (${entry.stage}; entry “${key}” in the third-party reading)`,
        ja: `EU重要原材料調査2023、表A：世界の主要供給国（${entry.stage === 'processing' ? '加工' : '採掘'}、第三者による読み取りの項目「${key}」）`,
      },
      country,
      period: 'EU CRM 2023',
      value: entry.pct,
      unit: '%',
      status: 'reported',
      source: options.source,
      note: 'Only the largest supplier is given; the reference years of the study are not in this reading.',
    });
  }
  return result;
}
