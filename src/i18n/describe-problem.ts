import type { ModelProblem } from '../domain/validate-model';
import type { Translate } from './i18n';

/** `supply[12].country: "XXX" is not a known country`, in the active language. */
export function describeProblem(problem: ModelProblem, t: Translate): string {
  if (problem.kind === 'file') {
    const detail = t(`problems.file.${problem.problem}`, {
      value: problem.value ?? '',
      line: problem.line ?? '',
      column: problem.column ?? '',
    });
    return `${problem.path}: ${detail}`;
  }
  if (problem.kind === 'rule') {
    const detail = t(`problems.rule.${problem.rule}`, {
      value: problem.value,
      expected: problem.expected ?? '',
    });
    return `${problem.path}: ${detail}`;
  }
  const detail = problem.pattern ? t(`problems.pattern.${problem.pattern}`) : problem.message;
  return `${problem.path}: ${detail}`;
}
