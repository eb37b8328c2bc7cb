import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelProblems } from './model-problems';
import { ModelContext } from '../data/model-context';
import { activeModelQuery, ModelValidationError } from '../data/model-query';
import { noteKeptModel } from '../data/saved-model';
import { createModelIndex } from '../domain/model-index';
import { useAppState } from '../store/store-context';
import { LoadFailed } from '../components/view-error';

/** Loads the model in use; shows progress or a clear error, and renders its children once usable. */
export function ModelGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery(activeModelQuery);
  const language = useAppState((state) => state.language);
  const reconciledWith = useAppState((state) => state.reconciledWith);
  const reconcile = useAppState((state) => state.reconcile);
  const active = query.data;
  const value = useMemo(
    () => (active ? { index: createModelIndex(active.model), active } : null),
    [active],
  );
  const ready = value && reconciledWith === value.active.model ? value : null;
  // The views are mounted in a transition: React renders them in slices of a few milliseconds, so
  // a model of 100,000 rows does not hold the page still while every view is built for it.
  const [mounted, setMounted] = useState(ready);
  useEffect(() => {
    if (ready !== mounted) startTransition(() => setMounted(ready));
  }, [ready, mounted]);

  useEffect(() => {
    if (active) noteKeptModel(active.origin === 'custom' && active.persisted);
  }, [active]);

  // Link parameters can only be checked against ids once a model is there, and again when the
  // reader switches to another model or opens a slide.
  useEffect(() => {
    if (active && reconciledWith !== active.model) reconcile(active.model);
  }, [active, reconciledWith, reconcile]);

  if (query.error instanceof ModelValidationError) {
    return <ModelProblems file={query.error.file} language={language} />;
  }
  if (query.error) {
    return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  }
  if (!ready || ready !== mounted) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return <ModelContext.Provider value={ready}>{children}</ModelContext.Provider>;
}
