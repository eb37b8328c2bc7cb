import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateModel } from '../src/domain/validate-model.ts';
import { formatProblemsForConsole } from './data/console-problems.ts';
import { coverageTable } from './data/coverage.ts';

/** npm run data:check [-- --model path.json]: validates a model and prints its coverage. */
const { values } = parseArgs({
  options: { model: { type: 'string', default: 'data/model.json' } },
});
const raw: unknown = JSON.parse(readFileSync(values.model, 'utf8'));
const validation = validateModel(raw);
if (!validation.ok) {
  console.error(`${values.model}: ${validation.problems.length} problem(s)`);
  console.error(formatProblemsForConsole(validation.problems));
  process.exit(1);
}
console.log(`${values.model}: valid`);
console.log(coverageTable(validation.model));
