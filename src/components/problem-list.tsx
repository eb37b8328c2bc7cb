import { useTranslation } from 'react-i18next';
import type { ModelProblem } from '../domain/validate-model';
import { describeProblem } from '../i18n/describe-problem';

export const PROBLEMS_SHOWN = 10;

/** Up to ten problems of a file, each with its JSON path, and how many there are in all. */
export function ProblemList({ problems }: { problems: readonly ModelProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <ul>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
          <li key={i}>
            <code>{describeProblem(problem, t)}</code>
          </li>
        ))}
      </ul>
      {problems.length > PROBLEMS_SHOWN ? (
        <p>{t('errors.problemsShown', { shown: PROBLEMS_SHOWN, count: problems.length })}</p>
      ) : null}
    </>
  );
}
