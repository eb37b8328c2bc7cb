import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Source, TradeFile } from '../src/domain/model-schema.ts';
import { validateModel, validateTradeFile } from '../src/domain/validate-model.ts';
import {
  assembleModel,
  countryResolver,
  type CuratedInputs,
  type Extras,
  type TableRecords,
} from './data/assemble-model.ts';
import { parseBaciFlows } from './data/baci-trade.ts';
import { parseComtradeImports } from './data/comtrade-trade.ts';
import { formatProblemsForConsole } from './data/console-problems.ts';
import { readCountryTable } from './data/country-table.ts';
import {
  readBgsCompiledShares,
  readUsgsOutlookShares,
  shareTableRecords,
} from './data/share-tables.ts';
import { parseIeaSupply } from './data/iea-explorer.ts';
import { parseMcs2025RareEarths } from './data/mcs2025-facts.ts';
import { parseUsgsSalientPrices } from './data/usgs-salient.ts';
import { parseUsgsWorldCsv } from './data/usgs-mcs-world.ts';
import {
  SALIENT_PRICE_COLUMNS,
  USGS_COMMODITIES,
  USGS_EDITIONS,
  usgsSource,
  usgsWorldFileName,
} from './data/usgs-tables.ts';

/**
 * npm run data:build [-- --raw <folder>] regenerates data/model.json and data/trade.json from the
 * official tables (folder layout as in shared/data/raw) and the hand-kept files in data/curated.
 */
const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: '../shared/data/raw' },
    facts: { type: 'string', default: '../shared/data/facts.csv' },
    curated: { type: 'string', default: 'data/curated' },
    out: { type: 'string', default: 'data' },
  },
});

const raw = (...parts: string[]) => join(values.raw, ...parts);
const readText = (path: string) => readFileSync(path, 'utf8');
const readJson = (path: string): unknown => JSON.parse(readText(path));
const curatedFile = (name: string) => readJson(join(resolve(values.curated), `${name}.json`));

const curated = {
  edition: curatedFile('edition'),
  countries: curatedFile('countries'),
  groups: curatedFile('groups'),
  minerals: curatedFile('minerals'),
  sources: curatedFile('sources'),
  events: curatedFile('events'),
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

const iea = parseIeaSupply(
  readJson(raw('iea', 'barrytho_ukcmd__iea_cm_data_explorer.json')),
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

const mcs2025 = parseMcs2025RareEarths(readText(values.facts), resolveCountry);
requireAllKnown('facts.csv', mcs2025.unknownNames);
tables.push(mcs2025);

const baciCodes = {
  '850511': ['rare-earths'],
  '811292': ['gallium', 'germanium'],
  '250490': ['graphite'],
};
const baciYears = [2022, 2024];
const trade = baciYears.flatMap((year) => {
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
  projections: iea.projections,
  trade,
  partnerGroups: curatedFile('partner-groups') as Extras['partnerGroups'],
  describeCountry: countryTable.describe,
};
const { model, trade: tradeFlows } = assembleModel(curated, tables, extras);

const validation = validateModel(model);
if (!validation.ok) {
  console.error(formatProblemsForConsole(validation.problems.slice(0, 40)));
  process.exit(1);
}
const tradeFile: TradeFile = { schemaVersion: 1, trade: tradeFlows };
const tradeValidation = validateTradeFile(tradeFile, model);
if (!tradeValidation.ok) {
  console.error(formatProblemsForConsole(tradeValidation.problems.slice(0, 40)));
  process.exit(1);
}
writeFileSync(join(values.out, 'model.json'), `${JSON.stringify(model, null, 1)}\n`);
writeFileSync(join(values.out, 'trade.json'), `${JSON.stringify(tradeFile)}\n`);
const count = (items: unknown[]) => items.length.toLocaleString('en-US');
const sourceIds = (sources: Source[]) => sources.map((source) => source.id);
console.log(
  `Wrote ${values.out}/model.json (${count(model.supply)} supply, ${count(model.worldTotals)} world totals, ` +
    `${count(model.reserves)} reserves, ${count(model.prices)} prices, ${count(model.capacities)} capacities, ` +
    `${count(model.projections)} projections, ${count(model.countries)} countries, ${count(sourceIds(model.sources))} sources) ` +
    `and ${values.out}/trade.json (${count(tradeFlows)} flows).`,
);
