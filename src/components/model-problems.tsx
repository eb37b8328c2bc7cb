import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { loadModelFile } from '../data/load-model-file';
import type { Language } from '../i18n/i18n';
import { ProblemList } from './problem-list';

/** Lists what is wrong with a model file, each problem with its JSON path, in the active language. */
export function ModelProblems({ file, language }: { file: Blob; language: Language }) {
  const { t } = useTranslation();
  // The file is checked again in the reader's language (in the file worker), on each switch.
  const problems = useQuery({
    queryKey: ['model-problems', language],
    queryFn: async ({ signal }) => {
      const load = await loadModelFile(file, { language, signal });
      return load.ok ? { problems: [], unlisted: 0 } : load;
    },
    staleTime: Infinity,
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
