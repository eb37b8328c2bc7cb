import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { modelProblemsQuery } from '../data/model-query';
import type { Language } from '../domain/language';
import { ProblemList } from '../components/problem-list';

/** Lists what is wrong with a model file, each problem with its JSON path, in the active language. */
export function ModelProblems({ file, language }: { file: Blob; language: Language }) {
  const { t } = useTranslation();
  // The file is checked again in the reader's language (in the file worker), on each switch.
  const problems = useQuery({
    ...modelProblemsQuery(file, language),
    // The problems in the language before stay up until they are worded in the new one.
    placeholderData: (previous) => previous,
  });
  return (
    <div role="alert" className="model-problems">
      <h2>{t('errors.modelInvalid')}</h2>
      <p>{t('errors.modelInvalidHelp')}</p>
      <ProblemList problems={problems.data?.problems ?? []} unlisted={problems.data?.unlisted} />
    </div>
  );
}
