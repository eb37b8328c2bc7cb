import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TRADE_SCHEMA_VERSION, type TradeFile } from '../src/domain/model-schema.ts';
import { validateModel, validateTradeFile } from '../src/domain/validate-model.ts';
import { buildModel } from './data/build.ts';
import { formatProblemsForConsole } from './data/console-problems.ts';

/**
 * npm run data:build [-- --raw <folder> --facts <facts.csv>] regenerates data/model.json and
 * data/trade.json from the official tables (folder layout as in shared/data/raw) and the hand-kept
 * files in data/curated.
 */
const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: '../shared/data/raw' },
    facts: { type: 'string', default: '../shared/data/facts.csv' },
    curated: { type: 'string', default: 'data/curated' },
    out: { type: 'string', default: 'data' },
  },
});

const { model, trade: tradeFlows } = buildModel(values);
const validation = validateModel(model);
if (!validation.ok) {
  console.error(formatProblemsForConsole(validation.problems.slice(0, 40)));
  process.exit(1);
}
const tradeFile: TradeFile = { schemaVersion: TRADE_SCHEMA_VERSION, trade: tradeFlows };
const tradeValidation = validateTradeFile(tradeFile, model);
if (!tradeValidation.ok) {
  console.error(formatProblemsForConsole(tradeValidation.problems.slice(0, 40)));
  process.exit(1);
}
writeFileSync(join(values.out, 'model.json'), `${JSON.stringify(model, null, 1)}\n`);
writeFileSync(join(values.out, 'trade.json'), `${JSON.stringify(tradeFile)}\n`);
const count = (items: unknown[]) => items.length.toLocaleString('en-US');
console.log(
  `Wrote ${values.out}/model.json (${count(model.supply)} supply, ${count(model.worldTotals)} world totals, ` +
    `${count(model.reserves)} reserves, ${count(model.prices)} prices, ${count(model.capacities)} capacities, ` +
    `${count(model.projections)} projections, ${count(model.countries)} countries, ${count(model.sources)} sources) ` +
    `and ${values.out}/trade.json (${count(tradeFlows)} flows).`,
);
