import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelProblems } from '../components/model-problems';
import { ModelContext } from '../data/model-context';
import { builtInModelQuery, ModelValidationError } from '../data/model-query';
import { createModelIndex } from '../domain/model-index';
import { useAppState } from '../store/store-context';

/** Loads the model; shows progress or a clear error, and renders its children once it is usable. */
export function ModelGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery(builtInModelQuery);
  const language = useAppState((state) => state.language);
  const reconciled = useAppState((state) => state.reconciled);
  const reconcile = useAppState((state) => state.reconcile);
  const index = useMemo(() => (query.data ? createModelIndex(query.data) : null), [query.data]);

  // Link parameters can only be checked against ids once the model is there.
  useEffect(() => {
    if (query.data && !reconciled) reconcile(query.data);
  }, [query.data, reconciled, reconcile]);

  if (query.error instanceof ModelValidationError) {
    return <ModelProblems raw={query.error.raw} language={language} />;
  }
  if (query.error) {
    return (
      <p role="alert" className="model-problems">
        {t('errors.loadFailed', { message: query.error.message })}
      </p>
    );
  }
  if (!index || !reconciled) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return <ModelContext.Provider value={index}>{children}</ModelContext.Provider>;
}
