import { createI18n } from '../../src/i18n/i18n.ts';
import { describeProblem } from '../../src/i18n/describe-problem.ts';
import type { ModelProblem } from '../../src/domain/validate-model.ts';

const english = createI18n('en');

/** Problems as the app's error screen words them, one a line. */
export function formatProblemsForConsole(problems: ModelProblem[]): string {
  return problems.map((problem) => `  ${describeProblem(problem, english.t)}`).join('\n');
}
