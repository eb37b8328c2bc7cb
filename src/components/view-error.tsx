import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';

export function ViewError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="view-error">
      <p>{t('errors.viewCrashed', { message: error.message })}</p>
      <button type="button" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/** Code loaded on demand, with a loading line meanwhile and its own error boundary (one per view). */
export function LoadedOnDemand({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      key={resetKey}
      fallback={(error, retry) => <ViewError error={error} retry={retry} />}
    >
      <Suspense
        fallback={
          <p role="status" className="loading">
            {t('app.loadingView')}
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
