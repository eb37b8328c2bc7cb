import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateModel } from '../src/domain/validate-model.ts';
import {
  assembleModel,
  countryResolver,
  type CuratedInputs,
  type TableRecords,
} from './data/assemble-model.ts';
import { parseUsgsWorldCsv } from './data/usgs-mcs-world.ts';
import {
  USGS_COMMODITIES,
  USGS_EDITIONS,
  usgsSource,
  usgsWorldFileName,
} from './data/usgs-tables.ts';
import { formatProblemsForConsole } from './data/console-problems.ts';

/**
 * npm run data:build -- --usgs <folder with mcs20XX/ subfolders> [--out data/model.json]
 * Regenerates the built-in model from the official tables plus the curated files in data/curated.
 */
const { values } = parseArgs({
  options: {
    usgs: { type: 'string', default: '../shared/data/raw/usgs_mcs' },
    curated: { type: 'string', default: 'data/curated' },
    out: { type: 'string', default: 'data/model.json' },
  },
});

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const curatedDir = resolve(values.curated);
const curated = {
  edition: readJson(join(curatedDir, 'edition.json')),
  countries: readJson(join(curatedDir, 'countries.json')),
  groups: readJson(join(curatedDir, 'groups.json')),
  minerals: readJson(join(curatedDir, 'minerals.json')),
  sources: readJson(join(curatedDir, 'sources.json')),
  events: readJson(join(curatedDir, 'events.json')),
  partnerships: readJson(join(curatedDir, 'partnerships.json')),
} as CuratedInputs;

const resolveCountry = countryResolver(curated.countries);
const tables: TableRecords[] = USGS_EDITIONS.map((edition) => {
  const merged: TableRecords = { sources: [], supply: [], worldTotals: [], reserves: [] };
  for (const commodity of USGS_COMMODITIES) {
    const source = usgsSource(edition, commodity);
    const file = join(
      values.usgs,
      `mcs${edition.year}`,
      usgsWorldFileName(edition.year, commodity.code),
    );
    const records = parseUsgsWorldCsv(
      readFileSync(file, 'utf8'),
      { ...commodity.table, source: source.id },
      resolveCountry,
    );
    if (records.unknownNames.length > 0) {
      throw new Error(
        `${file}: unknown country names ${records.unknownNames.join(', ')}; add them to data/curated/countries.json`,
      );
    }
    merged.sources.push(source);
    merged.supply.push(...records.supply);
    merged.worldTotals.push(...records.worldTotals);
    merged.reserves.push(...records.reserves);
  }
  return merged;
});

const model = assembleModel(curated, tables);
const validation = validateModel(model);
if (!validation.ok) {
  console.error(formatProblemsForConsole(validation.problems));
  process.exit(1);
}
writeFileSync(values.out, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `Wrote ${values.out}: ${model.supply.length} supply records, ${model.worldTotals.length} world totals, ${model.reserves.length} reserves.`,
);
