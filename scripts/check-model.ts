import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateModel, validateTradeFile } from '../src/domain/validate-model.ts';
import { formatProblemsForConsole } from './data/console-problems.ts';
import { alternativesTable, coverageTable, tradeCoverageTable } from './data/coverage.ts';
import { seriesBreakTable } from './data/series-breaks.ts';

/**
 * npm run data:check [-- --model path.json --trade path.json]: validates a model (and the trade
 * file that goes with it, data/trade.json for the built-in one) and prints what it covers.
 */
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'data/model.json' },
    trade: { type: 'string' },
  },
});
const tradePath =
  values.trade ?? (values.model === 'data/model.json' ? 'data/trade.json' : undefined);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const validation = validateModel(readJson(values.model));
if (!validation.ok) {
  console.error(`${values.model}: ${validation.problems.length} problem(s)`);
  console.error(formatProblemsForConsole(validation.problems));
  process.exit(1);
}
console.log(`${values.model}: valid`);
console.log(coverageTable(validation.model));
console.log(`\n${seriesBreakTable(validation.model)}`);
console.log(`\n${alternativesTable(validation.model)}`);

if (tradePath && existsSync(tradePath)) {
  const trade = validateTradeFile(readJson(tradePath), validation.model);
  if (!trade.ok) {
    console.error(`${tradePath}: ${trade.problems.length} problem(s)`);
    console.error(formatProblemsForConsole(trade.problems));
    process.exit(1);
  }
  console.log(`\n${tradePath}: valid`);
  console.log(tradeCoverageTable(trade.trade));
}
