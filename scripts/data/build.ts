import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TradeFlow } from '../../src/domain/model-schema.ts';
import { withTranslatedNotes } from './note-translations.ts';
import {
  assembleModel,
  countryResolver,
  type CuratedInputs,
  type Extras,
  type TableRecords,
} from './assemble-model.ts';
import { parseBaciFlows } from './baci-trade.ts';
import { parseComtradeImports } from './comtrade-trade.ts';
import { readCountryTable } from './country-table.ts';
import { parseIeaSupply } from './iea-explorer.ts';
import { parseMcs2025RareEarths } from './mcs2025-facts.ts';
import { longNetImportReliance } from './net-import-reliance.ts';
import {
  euCrmMainSupplierFacts,
  ieaCleantechDemandFacts,
  longImportSourceFacts,
  mybOreGradeFacts,
} from './mineral-facts.ts';
import { readBgsCompiledShares, readUsgsOutlookShares, shareTableRecords } from './share-tables.ts';
import { parseUsgsSalientPrices } from './usgs-salient.ts';
import {
  applyCorrections,
  decodeCp1252,
  longPriceRecords,
  longWorldTableRecords,
  readLongRows,
} from './usgs-mcs-long.ts';
import { parseUsgsWorldCsv } from './usgs-mcs-world.ts';
import { readXlsxSheet } from './xlsx-sheet.ts';
import {
  MCS2026,
  MCS2026_CORRECTIONS,
  MCS2026_IMPORT_SOURCES,
  MCS2026_NET_IMPORT_RELIANCE,
  MCS2026_NET_IMPORT_RELIANCE_SOURCE,
  MCS2026_PRICES,
  MCS2026_WORLD_TABLES,
  SALIENT_PRICE_COLUMNS,
  USGS_COMMODITIES,
  USGS_EDITIONS,
  usgsSource,
  usgsWorldFileName,
} from './usgs-tables.ts';
import { readWgiGovernance } from './wgi-governance.ts';

/**
 * No publisher gives the refining of all rare earths by country; the IEA's magnet rare earths stand
 * in, named for what they are.
 */
export const RARE_EARTH_REFINING_PROXY_NOTE =
  'Proxy: Magnet rare earths (Nd, Pr, Dy, Tb): separation and refining, IEA. Not all rare earths: no publisher gives the refining of all rare earths by country.';

export interface BuildPaths {
  /** Folder laid out as shared/data/raw: usgs_mcs/, iea/, baci/, comtrade/, atlas_derived/, usgs_wmo/. */
  raw: string;
  /** The transcribed-figures file (facts.csv). */
  facts: string;
  /** The hand-kept files (data/curated). */
  curated: string;
}

/** Reads every official table and the curated files, and assembles the model and its trade. */
export function buildModel(paths: BuildPaths): ReturnType<typeof assembleModel> {
  const raw = (...parts: string[]) => join(paths.raw, ...parts);
  const readText = (path: string) => readFileSync(path, 'utf8');
  const readJson = (path: string): unknown => JSON.parse(readText(path));
  const curatedFile = (name: string) => readJson(join(resolve(paths.curated), `${name}.json`));

  const curated = {
    edition: curatedFile('edition'),
    countries: curatedFile('countries'),
    groups: curatedFile('groups'),
    minerals: curatedFile('minerals'),
    sources: curatedFile('sources'),
    events: curatedFile('events'),
    exportControls: curatedFile('export-controls'),
    partnerships: curatedFile('partnerships'),
    tradeCodes: curatedFile('trade-codes'),
    capacities: curatedFile('capacities'),
  } as CuratedInputs;

  function requireAllKnown(what: string, unknown: string[]) {
    if (unknown.length > 0) {
      throw new Error(
        `${what}: unknown ${[...new Set(unknown)].join(', ')}; add them to data/curated/countries.json`,
      );
    }
  }

  const countryTable = readCountryTable(
    readText(raw('baci', 'varcolacus_atlas__baci_country_codes_V202601.csv')),
    curated.countries,
  );
  const resolveCuratedName = countryResolver(curated.countries);
  const resolveCountry = (name: string) => resolveCuratedName(name) ?? countryTable.idByName(name);

  // Lowest priority first: a later table replaces an earlier one for the years it gives figures for.
  const tables: TableRecords[] = [];

  const ieaExplorer = readJson(raw('iea', 'barrytho_ukcmd__iea_cm_data_explorer.json'));
  const iea = parseIeaSupply(
    ieaExplorer,
    [
      { ieaMineral: 'Graphite', stage: 'mining', minerals: ['graphite'] },
      { ieaMineral: 'Graphite', stage: 'refining', minerals: ['graphite'] },
      ...(['mining', 'refining'] as const).map((stage) => ({
        ieaMineral: 'Rare Earth Elements',
        stage,
        minerals: ['dysprosium', 'terbium'],
        proxyNote:
          'Proxy: IEA magnet rare earths (Nd, Pr, Dy and Tb together). No source splits dysprosium or terbium by country.',
      })),
      {
        ieaMineral: 'Rare Earth Elements',
        stage: 'refining',
        minerals: ['rare-earths'],
        proxyNote: RARE_EARTH_REFINING_PROXY_NOTE,
      },
    ],
    { baseYear: 2024, source: 'iea-cm-data-explorer', resolveCountry },
  );
  requireAllKnown('IEA explorer', iea.unknownNames);
  tables.push({ sources: [], supply: iea.supply, worldTotals: iea.worldTotals, reserves: [] });

  const bgsCompiled = readJson(raw('atlas_derived', 'varcolacus_atlas__refined_years_bgs.json'));
  for (const year of [2020, 2021, 2022, 2023, 2024]) {
    const table = shareTableRecords(
      {
        mineral: 'germanium',
        stage: 'refining',
        year,
        shares: readBgsCompiledShares(bgsCompiled, 'germanium', year),
        source: 'bgs-wms-germanium-compiled',
        note: 'Share of world refined germanium in whole percent (BGS World Mineral Statistics as compiled by a third party); not tonnes. Used only where USGS gives no figures.',
      },
      countryTable.iso2To3,
    );
    requireAllKnown('BGS-derived shares', table.unknownCodes);
    tables.push({ sources: [], ...table, reserves: [] });
  }

  const outlook = readUsgsOutlookShares(
    readJson(raw('usgs_wmo', 'varcolacus_atlas__usgs_outlook.json')),
    'gallium',
  );
  const galliumOutlook = shareTableRecords(
    {
      mineral: 'gallium',
      stage: 'refining',
      year: 2024,
      shares: outlook.shares,
      source: 'usgs-wmo-2025',
      note: `Share of world primary gallium production in percent, top five producers only; world total ${outlook.world2024} t. Not tonnes.`,
    },
    countryTable.iso2To3,
  );
  requireAllKnown('USGS World Minerals Outlook', galliumOutlook.unknownCodes);
  tables.push({ sources: [], ...galliumOutlook, reserves: [] });

  for (const edition of USGS_EDITIONS) {
    for (const commodity of USGS_COMMODITIES) {
      const source = usgsSource(edition, commodity);
      const folder = raw('usgs_mcs', `mcs${edition.year}`);
      const file = join(folder, usgsWorldFileName(edition.year, commodity.code));
      const records = parseUsgsWorldCsv(
        readText(file),
        { ...commodity.table, source: source.id },
        resolveCountry,
      );
      requireAllKnown(file, records.unknownNames);
      const prices = parseUsgsSalientPrices(
        readText(join(folder, `mcs${edition.year}-${commodity.code}_salient.csv`)),
        SALIENT_PRICE_COLUMNS[commodity.code] ?? [],
        source.id,
      );
      tables.push({ sources: [source], ...records, prices });
    }
  }

  const mcs2025 = parseMcs2025RareEarths(readText(paths.facts), resolveCountry);
  requireAllKnown('facts.csv', mcs2025.unknownNames);
  tables.push(mcs2025);

  const mcs2026File = raw('usgs_mcs', `mcs${MCS2026.year}`, MCS2026.file);
  const { rows: mcs2026Rows, corrected } = applyCorrections(
    readLongRows(decodeCp1252(readFileSync(mcs2026File))),
    MCS2026_CORRECTIONS,
  );
  for (const table of MCS2026_WORLD_TABLES) {
    const records = longWorldTableRecords(mcs2026Rows, table, resolveCountry, corrected);
    requireAllKnown(mcs2026File, records.unknownNames);
    tables.push(records);
  }
  tables.push({
    sources: [
      ...new Map(MCS2026_PRICES.map((series) => [series.source.id, series.source])).values(),
    ],
    supply: [],
    worldTotals: [],
    reserves: [],
    prices: MCS2026_PRICES.flatMap((series) => longPriceRecords(mcs2026Rows, series)),
  });

  // What is specific to dysprosium and terbium, shown beside the magnet rare-earth group.
  const importSources = longImportSourceFacts(
    mcs2026Rows,
    {
      ...MCS2026_IMPORT_SOURCES,
      source: MCS2026_IMPORT_SOURCES.source.id,
    },
    resolveCountry,
  );
  requireAllKnown(`${mcs2026File} import sources`, importSources.unknownNames);
  const mybFile = raw('usgs_myb', 'usgs_myb2022_rare_earths_tables.xlsx');
  const oreGrades = mybOreGradeFacts(
    readXlsxSheet(readFileSync(mybFile), 'T2'),
    {
      elements: [
        { symbol: 'Dy', mineral: 'dysprosium' },
        { symbol: 'Tb', mineral: 'terbium' },
      ],
      source: 'usgs-myb-2022-rare-earths',
    },
    resolveCountry,
  );
  requireAllKnown(mybFile, oreGrades.unknownNames);
  const euCrm = euCrmMainSupplierFacts(
    readJson(raw('eucrm', 'varcolacus_atlas__eucrm2023_tableA_top_suppliers.json')),
    [
      { key: 'gallium', mineral: 'gallium' },
      { key: 'germanium', mineral: 'germanium' },
      { key: 'graphite', mineral: 'graphite' },
      { key: 'magnets', mineral: 'rare-earths' },
    ],
    { source: 'eu-crm-2023-table-a-atlas', iso2To3: countryTable.iso2To3 },
  );
  requireAllKnown('EU CRM 2023 Table A', euCrm.unknownNames);
  const mineralFacts = {
    facts: [
      ...euCrm.facts,
      ...importSources.facts,
      ...ieaCleantechDemandFacts(
        ieaExplorer,
        [
          { ieaMineral: 'Dysprosium', mineral: 'dysprosium' },
          { ieaMineral: 'Terbium', mineral: 'terbium' },
        ],
        { year: 2024, source: 'iea-cm-data-explorer-demand' },
      ),
      ...oreGrades.facts,
    ],
    sources: [MCS2026_IMPORT_SOURCES.source],
  };

  const baciCodes = {
    '850511': ['rare-earths'],
    '811292': ['gallium', 'germanium'],
    '250490': ['graphite'],
  };
  const baciYears = [2022, 2024];
  const trade: TradeFlow[] = baciYears.flatMap((year) => {
    const parsed = parseBaciFlows(
      readText(raw('baci', `varcolacus_atlas__baci_hs17_${year}_tracked_codes.csv`)),
      { year, codes: baciCodes, source: 'cepii-baci-hs17-v202601' },
      countryTable.idOf,
    );
    requireAllKnown(`BACI ${year}`, parsed.unknownCodes);
    return parsed.trade;
  });
  const comtradeCodes = {
    '2846': ['rare-earths'],
    '280530': ['rare-earths'],
    '250410': ['graphite'],
    '380110': ['graphite'],
    '811292': ['gallium', 'germanium'],
  };
  for (const file of [
    'redliana_cmm-data__ree_2846_280530_trade_data.csv',
    'redliana_cmm-data__graphite_trade_data.csv',
    'redliana_cmm-data__gallium_trade_data.csv',
  ]) {
    trade.push(
      ...parseComtradeImports(
        readText(raw('comtrade', file)),
        {
          codes: comtradeCodes,
          source: 'un-comtrade-us-china',
          // BACI reconciles both partners' reports; where it covers a code and year, it is used alone.
          skip: (code, year) => code in baciCodes && baciYears.includes(year),
        },
        countryTable.idOf,
      ),
    );
  }

  const extras: Extras = {
    governance: readWgiGovernance(
      readText(raw('wgi', 'WGI_2024update_DataBank_extract_5indicators_2009-2023.csv')),
      2023,
      'wb-wgi-2024',
      { TWN: 'XAS' },
    ),
    projections: iea.projections,
    trade,
    partnerGroups: curatedFile('partner-groups') as Extras['partnerGroups'],
    describeCountry: countryTable.describe,
    mineralFacts,
    netImportReliance: {
      records: longNetImportReliance(mcs2026Rows, MCS2026_NET_IMPORT_RELIANCE),
      sources: [MCS2026_NET_IMPORT_RELIANCE_SOURCE],
    },
  };
  const assembled = assembleModel(curated, tables, extras);
  const noteTranslations = curatedFile('note-translations') as Record<string, string>;
  return { ...assembled, model: withTranslatedNotes(assembled.model, noteTranslations) };
}
