import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateModel } from '../domain/validate-model';
import type { Language } from '../i18n/i18n';
import { ProblemList } from './problem-list';

/** Lists what is wrong with a model file, each problem with its JSON path, in the active language. */
export function ModelProblems({ raw, language }: { raw: unknown; language: Language }) {
  const { t } = useTranslation();
  const validation = useMemo(() => validateModel(raw, language), [raw, language]);
  return (
    <div role="alert" className="model-problems">
      <h2>{t('errors.modelInvalid')}</h2>
      <p>{t('errors.modelInvalidHelp')}</p>
      <ProblemList problems={validation.ok ? [] : validation.problems} />
    </div>
  );
}
