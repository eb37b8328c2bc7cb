import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';

function ProblemWithRetry({ message, retry }: { message: ReactNode; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="view-error">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

export function ViewError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <ProblemWithRetry message={t('errors.viewCrashed', { message: error.message })} retry={retry} />
  );
}

/**
 * A file that could not be fetched: a network error (fetch's TypeError, worded by the browser in
 * English) is said in the reader's language; any other reason is quoted as it came.
 */
export function LoadFailed({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof TypeError ? (
      t('errors.unreachable')
    ) : (
      <>
        {t('errors.loadFailed')} <span lang="en">{error.message}</span>
      </>
    );
  return <ProblemWithRetry message={message} retry={retry} />;
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
