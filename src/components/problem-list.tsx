import { useTranslation } from 'react-i18next';
import type { ModelProblem } from '../domain/validate-model';
import { describeProblem } from '../i18n/describe-problem';
import { formatNumber } from '../lib/format';
import { useAppState } from '../store/store-context';

export const PROBLEMS_SHOWN = 10;

/**
 * Up to ten problems of a file, each with its JSON path, and how many there are in all (at least
 * that many when the reader stopped listing them: `unlisted` counts those it found past its limit).
 */
export function ProblemList({
  problems,
  unlisted = 0,
}: {
  problems: readonly ModelProblem[];
  unlisted?: number | undefined;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const shown = Math.min(problems.length, PROBLEMS_SHOWN);
  const count = problems.length + unlisted;
  return (
    <>
      <ul>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
          <li key={i}>
            <code>{describeProblem(problem, t)}</code>
          </li>
        ))}
      </ul>
      {unlisted > 0 ? (
        <p>{t('errors.problemsShownAtLeast', { shown, count: formatNumber(count, language) })}</p>
      ) : count > shown ? (
        <p>{t('errors.problemsShown', { shown, count: formatNumber(count, language) })}</p>
      ) : null}
    </>
  );
}
