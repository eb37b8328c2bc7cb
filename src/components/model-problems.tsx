import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateModel } from '../domain/validate-model';
import { describeProblem } from '../i18n/describe-problem';
import type { Language } from '../i18n/i18n';

export const PROBLEMS_SHOWN = 10;

/** Lists what is wrong with a model file, each problem with its JSON path, in the active language. */
export function ModelProblems({ raw, language }: { raw: unknown; language: Language }) {
  const { t } = useTranslation();
  const validation = useMemo(() => validateModel(raw, language), [raw, language]);
  const problems = validation.ok ? [] : validation.problems;
  return (
    <div role="alert" className="model-problems">
      <h2>{t('errors.modelInvalid')}</h2>
      <p>{t('errors.modelInvalidHelp')}</p>
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
    </div>
  );
}
